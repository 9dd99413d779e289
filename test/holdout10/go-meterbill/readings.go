package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Reading is one half-hourly interval record from a smart meter.
type Reading struct {
	At      time.Time
	Slot    int     // settlement period 0..47
	Import  float64 // kWh drawn from the grid
	Export  float64 // kWh exported to the grid
	Quality byte    // A = actual, E = estimated by head-end, M = manually read
}

// blockHeader opens one meter-day block in the head-end interval export:
//
//	MTR-104521|2024-03-05|Z03|SP=1|n=48
//	00:00,0.412,0.000,A
//	00:30,0.398,0.000,A
//	...
type blockHeader struct {
	MeterID      string
	Day          time.Time
	Zone         string
	ProfileClass int
	Intervals    int
}

var errNotHeader = errors.New("not a block header")

func parseHeader(line string) (blockHeader, error) {
	re := regexp.MustCompile(`^(MTR-\d{6})\|(\d{4}-\d{2}-\d{2})\|(Z\d{2})\|SP=(\d)\|n=(\d{1,2})$`)
	m := re.FindStringSubmatch(line)
	if m == nil {
		return blockHeader{}, errNotHeader
	}
	day, err := time.Parse("2006-01-02", m[2])
	if err != nil {
		return blockHeader{}, fmt.Errorf("header %q: %w", line, err)
	}
	pc, _ := strconv.Atoi(m[4])
	n, _ := strconv.Atoi(m[5])
	return blockHeader{MeterID: m[1], Day: day, Zone: m[3], ProfileClass: pc, Intervals: n}, nil
}

// parseInterval decodes "HH:MM,import,export,Q".
func parseInterval(day time.Time, line string) (Reading, error) {
	if len(line) < 12 || line[2] != ':' || line[5] != ',' {
		return Reading{}, fmt.Errorf("bad interval %q", line)
	}
	hh := int(line[0]-'0')*10 + int(line[1]-'0')
	mm := int(line[3]-'0')*10 + int(line[4]-'0')
	rest := line[6:]
	c1 := strings.IndexByte(rest, ',')
	if c1 < 0 {
		return Reading{}, fmt.Errorf("bad interval %q", line)
	}
	c2 := strings.IndexByte(rest[c1+1:], ',')
	if c2 < 0 {
		return Reading{}, fmt.Errorf("bad interval %q", line)
	}
	c2 += c1 + 1
	imp, err := strconv.ParseFloat(rest[:c1], 64)
	if err != nil {
		return Reading{}, err
	}
	exp, err := strconv.ParseFloat(rest[c1+1:c2], 64)
	if err != nil {
		return Reading{}, err
	}
	q := byte('A')
	if c2+1 < len(rest) {
		q = rest[c2+1]
	}
	slot := hh*2 + mm/30
	return Reading{At: day.Add(time.Duration(slot) * 30 * time.Minute), Slot: slot, Import: imp, Export: exp, Quality: q}, nil
}

// zoneDay is the daily interval file the head-end system drops for one zone.
type zoneDay struct {
	zone string
	day  time.Time
	data string
}

// readingFeed simulates the head-end system's daily exports.
type readingFeed struct {
	registry *AccountRegistry
	start    time.Time
	days     int
	seed     int64
}

func newReadingFeed(r *AccountRegistry, start time.Time, days int, seed int64) *readingFeed {
	return &readingFeed{registry: r, start: start, days: days, seed: seed}
}

func (f *readingFeed) run(out chan<- zoneDay) {
	defer close(out)
	rng := rand.New(rand.NewSource(f.seed ^ 0x5eed))
	byZone := make(map[string][]*Account)
	for _, z := range f.registry.zones {
		byZone[z] = f.registry.InZone(z)
	}
	var buf []byte
	for d := 0; d < f.days; d++ {
		day := f.start.AddDate(0, 0, d)
		for _, z := range f.registry.zones {
			buf = buf[:0]
			for _, a := range byZone[z] {
				buf = append(buf, a.MeterID...)
				buf = append(buf, '|')
				buf = day.AppendFormat(buf, "2006-01-02")
				buf = append(buf, '|')
				buf = append(buf, z...)
				buf = append(buf, "|SP="...)
				buf = strconv.AppendInt(buf, int64(profileClass(a)), 10)
				buf = append(buf, "|n=48\n"...)
				for slot := 0; slot < 48; slot++ {
					imp, exp := simulateInterval(rng, a, day, slot)
					q := byte('A')
					if rng.Intn(60) == 0 {
						q = 'E'
					}
					buf = append(buf, byte('0'+slot/20), byte('0'+(slot/2)%10), ':', byte('0'+(slot%2)*3), '0', ',')
					buf = strconv.AppendFloat(buf, imp, 'f', 3, 64)
					buf = append(buf, ',')
					buf = strconv.AppendFloat(buf, exp, 'f', 3, 64)
					buf = append(buf, ',', q, '\n')
				}
				if rng.Intn(3000) == 0 {
					buf = append(buf, "MTR-??????|comms dropout\n"...)
				}
			}
			out <- zoneDay{zone: z, day: day, data: string(buf)}
		}
	}
}

func profileClass(a *Account) int {
	switch a.Plan {
	case "EV-NIGHT":
		return 2
	case "FLEX-TOU":
		return 3
	}
	return 1
}

// simulateInterval produces a plausible household load shape.
func simulateInterval(rng *rand.Rand, a *Account, day time.Time, slot int) (imp, exp float64) {
	h := float64(slot) / 2
	base := 0.12 + 0.18*math.Exp(-(h-8)*(h-8)/6) + 0.45*math.Exp(-(h-19)*(h-19)/5)
	if a.Plan == "EV-NIGHT" && slot < 10 {
		base += 1.4
	}
	if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
		base *= 1.15
	}
	load := base * (0.7 + 0.6*rng.Float64())
	if a.HasSolar {
		sun := math.Max(0, math.Sin((h-6)/12*math.Pi)) * 1.6 * (0.5 + 0.5*rng.Float64())
		if sun > load {
			return 0, sun - load
		}
		return load - sun, 0
	}
	return load, 0
}
