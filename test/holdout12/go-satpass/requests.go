package main

import (
	"errors"
	"fmt"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Request is one tracking request submitted by a mission operator.
type Request struct {
	ID       string
	Day      string
	SatName  string
	Station  string
	Priority int
	MinElDeg float64
	MinDur   float64 // seconds of contact needed
	Customer string
	Seq      int // arrival order
}

// ResolvedRequest is a request bound to catalog and network indices.
type ResolvedRequest struct {
	Request
	Sat     int
	Station int
}

var errMalformed = errors.New("malformed request line")

// generateRequestFeed produces the text feed the operations portal exports
// every night, one request per line.
func generateRequestFeed(rng *rand.Rand, cat *Catalog, stations []Station, n int) []string {
	lines := make([]string, 0, n)
	for i := 0; i < n; i++ {
		s := cat.Sats[rng.Intn(len(cat.Sats))]
		name := s.Name
		switch rng.Intn(10) {
		case 0:
			name = strings.ToLower(name)
		case 1:
			if rng.Intn(4) == 0 {
				name = fmt.Sprintf("DEBRIS-%04d", rng.Intn(9000))
			}
		}
		st := stations[rng.Intn(len(stations))]
		line := fmt.Sprintf("REQ-%06d|2024-05-01|sat=%s;station=%s;prio=%d;minel=%.1f;dur=%d;cust=%s",
			i, name, st.Code, 1+rng.Intn(5), 5+rng.Float64()*30, 60*(2+rng.Intn(7)), s.Operator)
		if rng.Intn(150) == 0 {
			line = strings.Replace(line, "prio=", "priority:", 1)
		}
		lines = append(lines, line)
	}
	return lines
}

func parseRequestLine(line string) (Request, error) {
	re := regexp.MustCompile(`^(REQ-\d{6})\|(\d{4}-\d{2}-\d{2})\|sat=([A-Za-z0-9_-]+);station=([A-Z]{3});prio=([1-5]);minel=(\d+(?:\.\d+)?);dur=(\d+);cust=([\w.-]+)$`)
	m := re.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return Request{}, errMalformed
	}
	prio, _ := strconv.Atoi(m[5])
	minel, err := strconv.ParseFloat(m[6], 64)
	if err != nil {
		return Request{}, err
	}
	dur, err := strconv.ParseFloat(m[7], 64)
	if err != nil {
		return Request{}, err
	}
	seq, _ := strconv.Atoi(strings.TrimPrefix(m[1], "REQ-"))
	return Request{
		ID:       m[1],
		Day:      m[2],
		SatName:  strings.ToUpper(m[3]),
		Station:  m[4],
		Priority: prio,
		MinElDeg: minel,
		MinDur:   dur,
		Customer: m[8],
		Seq:      seq,
	}, nil
}

// ingestRequests parses the feed in parallel chunks and keeps arrival order.
func ingestRequests(lines []string, workers int) ([]Request, int) {
	if workers < 1 {
		workers = 1
	}
	chunk := (len(lines) + workers - 1) / workers
	parts := make([][]Request, workers)
	bad := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, (w+1)*chunk
		if hi > len(lines) {
			hi = len(lines)
		}
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(w int, part []string) {
			defer wg.Done()
			out := make([]Request, 0, len(part))
			for _, l := range part {
				r, err := parseRequestLine(l)
				if err != nil {
					bad[w]++
					continue
				}
				out = append(out, r)
			}
			parts[w] = out
		}(w, lines[lo:hi])
	}
	wg.Wait()
	var all []Request
	rejected := 0
	for w := range parts {
		all = append(all, parts[w]...)
		rejected += bad[w]
	}
	return all, rejected
}

// mergeResubmissions folds requests that operators submitted more than once
// for the same satellite, station and customer into the first submission,
// keeping the strictest constraints and the highest priority.
func mergeResubmissions(reqs []Request) ([]Request, int) {
	merged := make([]Request, 0, len(reqs))
	folded := 0
	for _, r := range reqs {
		dup := -1
		for i := range merged {
			if merged[i].SatName == r.SatName && merged[i].Station == r.Station && merged[i].Customer == r.Customer {
				dup = i
				break
			}
		}
		if dup < 0 {
			merged = append(merged, r)
			continue
		}
		m := &merged[dup]
		if r.Priority > m.Priority {
			m.Priority = r.Priority
		}
		if r.MinElDeg > m.MinElDeg {
			m.MinElDeg = r.MinElDeg
		}
		if r.MinDur > m.MinDur {
			m.MinDur = r.MinDur
		}
		folded++
	}
	return merged, folded
}

// resolveRequests binds each request to its satellite and station, dropping
// requests for objects that are not in the catalog.
func resolveRequests(cat *Catalog, stations []Station, reqs []Request) []ResolvedRequest {
	stIdx := make(map[string]int, len(stations))
	for i, s := range stations {
		stIdx[s.Code] = i
	}
	out := make([]ResolvedRequest, 0, len(reqs))
	for _, r := range reqs {
		si, ok := stIdx[r.Station]
		if !ok {
			continue
		}
		sat, ok := cat.Lookup(r.SatName)
		if !ok {
			continue
		}
		out = append(out, ResolvedRequest{Request: r, Sat: sat, Station: si})
	}
	return out
}
