package main

import (
	"math"
	"time"
)

type dayKey struct {
	hive string
	day  int
}

// DayStats summarises one hive-day.
type DayStats struct {
	Samples      int
	FirstWeight  float64
	LastWeight   float64
	MinWeight    float64
	MaxWeight    float64
	MorningKg    float64 // weight at 09:00 (foragers leaving)
	EveningKg    float64 // weight at 20:00 (foragers home)
	BroodSum     float64
	BroodSumSq   float64
	MinBattery   float64
	HumiditySum  float64
	HumMean      float64
	morningFound bool
	eveningFound bool
}

// Rollup aggregates readings into per-hive daily statistics.
type Rollup struct {
	season time.Time
	days   map[dayKey]*DayStats
	last   map[string]*DayStats
}

func NewRollup(season time.Time) *Rollup {
	return &Rollup{season: season, days: make(map[dayKey]*DayStats), last: make(map[string]*DayStats)}
}

func (r *Rollup) Add(h *Hive, rd *Reading) {
	day := int(rd.At.Sub(r.season) / (24 * time.Hour))
	k := dayKey{h.ID, day}
	st := r.days[k]
	if st == nil {
		st = &DayStats{FirstWeight: rd.WeightKg, MinWeight: math.Inf(1), MaxWeight: math.Inf(-1), MinBattery: math.Inf(1)}
		r.days[k] = st
	}
	st.Samples++
	st.LastWeight = rd.WeightKg
	st.MinWeight = math.Min(st.MinWeight, rd.WeightKg)
	st.MaxWeight = math.Max(st.MaxWeight, rd.WeightKg)
	hour := rd.At.Hour()
	if hour == 9 && !st.morningFound {
		st.MorningKg, st.morningFound = rd.WeightKg, true
	}
	if hour == 20 && !st.eveningFound {
		st.EveningKg, st.eveningFound = rd.WeightKg, true
	}
	st.BroodSum += rd.BroodTempC
	st.BroodSumSq += rd.BroodTempC * rd.BroodTempC
	st.MinBattery = math.Min(st.MinBattery, rd.BatteryV)
	st.HumiditySum += rd.HumidityPct
	var hum float64
	for _, b := range rd.Acoustic[2:6] {
		hum += b
	}
	st.HumMean += (hum/4 - st.HumMean) / float64(st.Samples)
	r.last[h.ID] = st
}

// NetGain is the weight change from the start of the first to the end of
// the last recorded day, ignoring days on which the hive was opened.
func (r *Rollup) HiveSeason(h *Hive, days int) (gain float64, bestDay int, bestFlow float64, broodStable int) {
	bestDay = -1
	for d := 0; d < days; d++ {
		st := r.days[dayKey{h.ID, d}]
		if st == nil || st.Samples < 12 {
			continue
		}
		// An inspection lifts the supers; such days show a deep minimum.
		if st.MaxWeight-st.MinWeight > 5 {
			continue
		}
		delta := st.LastWeight - st.FirstWeight
		gain += delta
		if st.morningFound && st.eveningFound {
			flow := st.EveningKg - st.MorningKg
			if flow > bestFlow {
				bestFlow, bestDay = flow, d
			}
		}
		mean := st.BroodSum / float64(st.Samples)
		sd := math.Sqrt(math.Max(0, st.BroodSumSq/float64(st.Samples)-mean*mean))
		if mean > 33.5 && mean < 36 && sd < 0.6 {
			broodStable++
		}
	}
	return
}
