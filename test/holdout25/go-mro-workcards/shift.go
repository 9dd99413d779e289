package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"sync"
	"time"
)

// ShiftStats summarises the simulated shift.
type ShiftStats struct {
	Packages, Accepted, Rejected, StatusPolls, DueSoon, Errors int
}

// engineerTerminal is one engineer's hand-held terminal with its own view
// of the aircraft it is assigned to.
type engineerTerminal struct {
	id      int
	base    string
	client  *http.Client
	rng     *rand.Rand
	records map[string]*Aircraft
	tails   []string
	station string
	licence string
}

// RunShift drives the service with engineers submitting work packages and
// maintenance control polling status, and waits for all of them to finish.
func RunShift(base string, tails []string, packages, engineers int, seed int64) ShiftStats {
	// The terminals start from the same technical records extract.
	extract := NewFleet(seed, len(tails))
	client := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: engineers * 2},
	}
	stations := []string{"LGW", "MAN", "EDI", "BRS", "BFS", "GLA"}
	var (
		mu    sync.Mutex
		total ShiftStats
		wg    sync.WaitGroup
	)
	for e := 0; e < engineers; e++ {
		t := &engineerTerminal{
			id: e, base: base, client: client,
			rng:     rand.New(rand.NewSource(seed + int64(e)*7919)),
			records: make(map[string]*Aircraft),
			station: stations[e%len(stations)],
			licence: fmt.Sprintf("UK.66.B1%04d", 1000+e*37),
		}
		for i, tail := range tails {
			if i%engineers == e {
				t.tails = append(t.tails, tail)
				t.records[tail] = extract.aircraft[tail]
			}
		}
		share := packages / engineers
		if e < packages%engineers {
			share++
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := t.work(share)
			mu.Lock()
			total.Packages += s.Packages
			total.Accepted += s.Accepted
			total.Rejected += s.Rejected
			total.StatusPolls += s.StatusPolls
			total.DueSoon += s.DueSoon
			total.Errors += s.Errors
			mu.Unlock()
		}()
	}
	wg.Wait()
	client.CloseIdleConnections()
	return total
}

func catalogueFor(c *Component) *catalogueItem {
	for i := range catalogue {
		if catalogue[i].description == c.Description {
			return &catalogue[i]
		}
	}
	return nil
}

func (t *engineerTerminal) work(packages int) ShiftStats {
	var s ShiftStats
	for n := 0; n < packages; n++ {
		tail := t.tails[t.rng.Intn(len(t.tails))]
		if t.rng.Intn(10) < 4 {
			horizon := []int{30, 90, 180}[t.rng.Intn(3)]
			var rep StatusReport
			if err := t.get(fmt.Sprintf("/aircraft/%s/status?horizon=%d", tail, horizon), &rep); err != nil {
				s.Errors++
				continue
			}
			s.StatusPolls++
			for _, d := range rep.Due {
				if d.DueInDays <= 30 {
					s.DueSoon++
				}
			}
			continue
		}
		wp := t.buildPackage(tail)
		var res PackageResult
		if err := t.post("/aircraft/"+tail+"/workpackages", wp, &res); err != nil {
			s.Errors++
			continue
		}
		s.Packages++
		s.Accepted += res.Accepted
		s.Rejected += res.Rejected
	}
	return s
}

func (t *engineerTerminal) buildPackage(tail string) *WorkPackage {
	a := t.records[tail]
	wp := &WorkPackage{
		Tail: tail, Station: t.station,
		FlightHours:  a.DailyHours * (0.5 + t.rng.Float64()),
		FlightCycles: 1 + t.rng.Intn(int(a.DailyCycles)+1),
		Days:         1,
	}
	nCards := 12 + t.rng.Intn(16)
	for i := 0; i < nCards; i++ {
		c := &a.Components[t.rng.Intn(len(a.Components))]
		card := TaskCard{
			TaskID:   fmt.Sprintf("%s-%03d-%02d", c.ATA, t.rng.Intn(1000), t.rng.Intn(100)),
			ATA:      c.ATA,
			Position: c.Position,
			ManHours: 0.25 + float64(t.rng.Intn(24))*0.25,
			Licence:  t.licence,
		}
		switch roll := t.rng.Intn(20); {
		case roll < 5:
			item := catalogueFor(c)
			card.Action = "REPLACE"
			card.PartOff, card.SerialOff = c.PartNumber, c.Serial
			card.PartOn, card.SerialOn = item.partNumber(t.rng), item.serial(t.rng)
			card.DualInspector = "UK.66.B1" + fmt.Sprint(2000+t.rng.Intn(100))
			if t.rng.Intn(15) == 0 {
				card.SerialOn = "TBA"
			} else {
				c.PartNumber, c.Serial = card.PartOn, card.SerialOn
			}
		case roll < 13:
			card.Action = "INSPECT"
		case roll < 16:
			card.Action = "LUBRICATE"
		case roll < 18:
			card.Action = "REPAIR"
		default:
			card.Action = "DEFER"
		}
		if t.rng.Intn(40) == 0 {
			card.Licence = "66-PENDING"
		}
		wp.Cards = append(wp.Cards, card)
	}
	return wp
}

func (t *engineerTerminal) get(path string, out interface{}) error {
	resp, err := t.client.Get(t.base + path)
	if err != nil {
		return err
	}
	return decodeReply(resp, out)
}

func (t *engineerTerminal) post(path string, body interface{}, out interface{}) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return err
	}
	resp, err := t.client.Post(t.base+path, "application/json", bytes.NewReader(raw))
	if err != nil {
		return err
	}
	return decodeReply(resp, out)
}

func decodeReply(resp *http.Response, out interface{}) error {
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, resp.Body)
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
