package main

import (
	"math"
	"sort"
)

// Surge is a meteorological event visible in the non-tidal residual.
type Surge struct {
	StartHour float64
	PeakHour  float64
	Hours     float64
	Peak      float64 // metres, negative for set-down
}

const (
	surgeThreshold = 0.30
	surgeMaxGapH   = 3.0
	smoothSamples  = 60 / SampleMinutes // one hour running mean
)

// findSurges smooths the residual with a centred one-hour running mean and
// groups the excursions beyond the threshold into events.
func findSurges(hours, resid []float64) ([]Surge, float64) {
	n := len(resid)
	cum := make([]float64, n+1)
	for i, r := range resid {
		cum[i+1] = cum[i] + r
	}
	var events []Surge
	var cur *Surge
	maxAbs := 0.0
	half := smoothSamples / 2
	for i := 0; i < n; i++ {
		lo, hi := max(0, i-half), min(n, i+half+1)
		sm := (cum[hi] - cum[lo]) / float64(hi-lo)
		maxAbs = math.Max(maxAbs, math.Abs(sm))
		if math.Abs(sm) < surgeThreshold {
			continue
		}
		h := hours[i]
		if cur != nil && h-(cur.StartHour+cur.Hours) <= surgeMaxGapH && sign(sm) == sign(cur.Peak) {
			cur.Hours = h - cur.StartHour
			if math.Abs(sm) > math.Abs(cur.Peak) {
				cur.Peak, cur.PeakHour = sm, h
			}
			continue
		}
		events = append(events, Surge{StartHour: h, PeakHour: h, Peak: sm})
		cur = &events[len(events)-1]
	}
	kept := events[:0]
	for _, e := range events {
		if e.Hours >= 1 {
			kept = append(kept, e)
		}
	}
	return kept, maxAbs
}

func sign(v float64) int {
	if v < 0 {
		return -1
	}
	return 1
}

// returnLevel estimates the level exceeded on average once in `years`
// years from a Gumbel fit (method of moments) to the monthly maxima.
func returnLevel(hours, level []float64, years float64) float64 {
	const monthH = 730.485
	maxima := map[int]float64{}
	for i, h := range hours {
		m := int(h / monthH)
		if v, ok := maxima[m]; !ok || level[i] > v {
			maxima[m] = level[i]
		}
	}
	xs := make([]float64, 0, len(maxima))
	for _, v := range maxima {
		xs = append(xs, v)
	}
	sort.Float64s(xs)
	if len(xs) < 3 {
		return math.NaN()
	}
	var mean, ss float64
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(ss / float64(len(xs)-1))
	beta := sd * math.Sqrt(6) / math.Pi
	mu := mean - 0.5772156649*beta
	p := 1 / (12 * years)
	return mu - beta*math.Log(-math.Log(1-p))
}
