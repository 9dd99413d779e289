package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

const ringLen = 36 // six hours of ten-minute samples

// Ring keeps the most recent samples of one sensor.
type Ring struct {
	Vals []float64 `json:"vals"`
	Next int       `json:"next"`
	Full bool      `json:"full"`
}

func newRing() Ring { return Ring{Vals: make([]float64, ringLen)} }

func (r *Ring) Push(v float64) {
	r.Vals[r.Next] = v
	r.Next++
	if r.Next == len(r.Vals) {
		r.Next = 0
		r.Full = true
	}
}

// Ordered returns the samples oldest first.
func (r *Ring) Ordered(dst []float64) []float64 {
	dst = dst[:0]
	if r.Full {
		dst = append(dst, r.Vals[r.Next:]...)
	}
	return append(dst, r.Vals[:r.Next]...)
}

func (r *Ring) Last() float64 {
	if r.Next == 0 {
		if !r.Full {
			return math.NaN()
		}
		return r.Vals[len(r.Vals)-1]
	}
	return r.Vals[r.Next-1]
}

// HiveState is the live view of one colony.
type HiveState struct {
	ID            string    `json:"id"`
	Apiary        string    `json:"apiary"`
	LastSeen      int64     `json:"last_seen"`
	Weight        Ring      `json:"weight"`
	BroodTemp     Ring      `json:"brood_temp"`
	Acoustic      Ring      `json:"acoustic"`
	Humidity      float64   `json:"humidity"`
	Battery       float64   `json:"battery"`
	DayOpenWeight float64   `json:"day_open_weight"`
	DayOpened     bool      `json:"day_opened"`
	DailyGain     []float64 `json:"daily_gain"`
	Readings      int       `json:"readings"`
}

// FleetState is what the checkpointing and alerting side works on.
type FleetState struct {
	AsOf  int64                 `json:"as_of"`
	Hives map[string]*HiveState `json:"hives"`
}

// SeriesStats accumulates one sensor of one hive over one day (Welford).
type SeriesStats struct {
	Hive string
	Kind string
	Day  int
	N    int
	Mean float64
	M2   float64
	Min  float64
	Max  float64
}

func (s *SeriesStats) Add(v float64) {
	s.N++
	d := v - s.Mean
	s.Mean += d / float64(s.N)
	s.M2 += d * (v - s.Mean)
	if v < s.Min {
		s.Min = v
	}
	if v > s.Max {
		s.Max = v
	}
}

func (s *SeriesStats) StdDev() float64 {
	if s.N < 2 {
		return 0
	}
	return math.Sqrt(s.M2 / float64(s.N-1))
}

// DaySummary is the fleet-wide rollup of one closed day for one sensor kind.
type DaySummary struct {
	Day       int
	Kind      string
	Hives     int
	MeanOfAvg float64
	MaxSpread float64
	WorstHive string
}

type Ingestor struct {
	fleet      *Fleet
	state      *FleetState
	series     map[string]*SeriesStats
	closed     []DaySummary
	currentDay int
	accepted   int
	rejected   int
	short      int
	lowBattery map[string]int
	firmware   map[string][3]int
}

func NewIngestor(f *Fleet) *Ingestor {
	ing := &Ingestor{
		fleet:      f,
		state:      &FleetState{Hives: make(map[string]*HiveState, len(f.Hives))},
		series:     make(map[string]*SeriesStats, len(f.Hives)*len(sensorKinds)*2),
		lowBattery: map[string]int{},
		firmware:   map[string][3]int{},
	}
	for _, h := range f.Hives {
		ing.state.Hives[h.ID] = &HiveState{
			ID: h.ID, Apiary: h.Apiary,
			Weight: newRing(), BroodTemp: newRing(), Acoustic: newRing(),
		}
	}
	return ing
}

func seriesKey(hive, kind string, day int) string {
	return fmt.Sprintf("%s/%s/d%03d", hive, kind, day)
}

func (ing *Ingestor) Ingest(up Upload) error {
	body := string(up.Body)
	headerLine, rest, _ := strings.Cut(body, "\n")
	hdr, err := parseHeader(headerLine)
	if err != nil {
		return err
	}
	if hdr.Gateway != up.Gateway {
		return fmt.Errorf("upload for %s carries header of %s", up.Gateway, hdr.Gateway)
	}
	ing.firmware[hdr.Gateway] = [3]int{hdr.FwMajor, hdr.FwMinor, hdr.FwPatch}
	day := int((hdr.Time - epoch) / 86400)
	if day != ing.currentDay {
		ing.CloseDay()
		ing.currentDay = day
	}
	n := 0
	for len(rest) > 0 {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		r, err := parseReading(line)
		if err != nil {
			ing.rejected++
			continue
		}
		if _, ok := ing.fleet.Lookup(r.Hive); !ok {
			ing.rejected++
			continue
		}
		ing.apply(r, day)
		n++
	}
	if n != hdr.Readings {
		ing.short++
	}
	ing.state.AsOf = hdr.Time
	return nil
}

func (ing *Ingestor) apply(r Reading, day int) {
	key := seriesKey(r.Hive, r.Kind, day)
	s := ing.series[key]
	if s == nil {
		s = &SeriesStats{Hive: r.Hive, Kind: r.Kind, Day: day, Min: math.Inf(1), Max: math.Inf(-1)}
		ing.series[key] = s
	}
	s.Add(r.Value)
	ing.accepted++

	hs := ing.state.Hives[r.Hive]
	hs.LastSeen = r.Time
	hs.Readings++
	hs.Battery = r.Battery
	if r.Battery < 3.4 {
		ing.lowBattery[r.Hive]++
	}
	switch r.Kind {
	case KindWeight:
		if !hs.DayOpened {
			hs.DayOpenWeight = r.Value
			hs.DayOpened = true
		}
		hs.Weight.Push(r.Value)
	case KindBroodT:
		hs.BroodTemp.Push(r.Value)
	case KindAcoustic:
		hs.Acoustic.Push(r.Value)
	case KindHumidity:
		hs.Humidity = r.Value
	}
}

// CloseDay folds the finished day's series into fleet summaries and records
// each colony's net weight change.
func (ing *Ingestor) CloseDay() {
	day := ing.currentDay
	byKind := map[string][]*SeriesStats{}
	for key, s := range ing.series {
		if s.Day != day {
			continue
		}
		byKind[s.Kind] = append(byKind[s.Kind], s)
		delete(ing.series, key)
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		list := byKind[k]
		sum := DaySummary{Day: day, Kind: k, Hives: len(list)}
		worst := -1.0
		for _, s := range list {
			sum.MeanOfAvg += s.Mean
			if spread := s.Max - s.Min; spread > worst {
				worst = spread
				sum.WorstHive = s.Hive
			}
		}
		sum.MeanOfAvg /= float64(len(list))
		sum.MaxSpread = worst
		ing.closed = append(ing.closed, sum)
	}
	for _, hs := range ing.state.Hives {
		if !hs.DayOpened {
			continue
		}
		hs.DailyGain = append(hs.DailyGain, hs.Weight.Last()-hs.DayOpenWeight)
		hs.DayOpened = false
	}
}
