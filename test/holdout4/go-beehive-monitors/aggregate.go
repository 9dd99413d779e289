package main

import (
	"math"
	"sort"
)

type hourKey struct {
	hive string
	hour int64
}

type hourStats struct {
	n                int
	tempSum, tempMin float64
	tempMax          float64
	dewSum           float64
	traffic          []float64
	weightSum        float64
}

type HiveSummary struct {
	Hours       int
	MaxTemp     float64
	P95Traffic  float64
	MeanDew     float64
	WeightTrend float64
}

type Aggregator struct {
	open  map[hourKey]*hourStats
	hives map[string]*HiveSummary
	hours int
	spare []*hourStats
}

func NewAggregator() *Aggregator {
	return &Aggregator{open: make(map[hourKey]*hourStats), hives: make(map[string]*HiveSummary)}
}

// dewPoint uses the Magnus formula.
func dewPoint(t, rh float64) float64 {
	const a, b = 17.27, 237.7
	g := a*t/(b+t) + math.Log(rh/100)
	return b * g / (a - g)
}

func (a *Aggregator) Add(r Reading) {
	k := hourKey{r.Hive, r.Minute / 60}
	h := a.open[k]
	if h == nil {
		if n := len(a.spare); n > 0 {
			h = a.spare[n-1]
			a.spare = a.spare[:n-1]
		} else {
			h = &hourStats{traffic: make([]float64, 0, 8)}
		}
		h.tempMin, h.tempMax = math.Inf(1), math.Inf(-1)
		a.open[k] = h
	}
	h.n++
	h.tempSum += r.TempC
	h.tempMin = math.Min(h.tempMin, r.TempC)
	h.tempMax = math.Max(h.tempMax, r.TempC)
	h.dewSum += dewPoint(r.TempC, r.Humidity)
	h.traffic = append(h.traffic, r.Traffic)
	h.weightSum += r.WeightKg
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	idx := p * float64(len(sorted)-1)
	lo := int(math.Floor(idx))
	hi := int(math.Ceil(idx))
	frac := idx - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

// Rollup folds the open hourly buckets into per-hive summaries.
func (a *Aggregator) Rollup() {
	for k, h := range a.open {
		s := a.hives[k.hive]
		if s == nil {
			s = &HiveSummary{MaxTemp: math.Inf(-1)}
			a.hives[k.hive] = s
		}
		sort.Float64s(h.traffic)
		s.Hours++
		s.MaxTemp = math.Max(s.MaxTemp, h.tempMax)
		s.P95Traffic = math.Max(s.P95Traffic, percentile(h.traffic, 0.95))
		s.MeanDew += (h.dewSum/float64(h.n) - s.MeanDew) / float64(s.Hours)
		s.WeightTrend = 0.9*s.WeightTrend + 0.1*(h.weightSum/float64(h.n))
		a.hours++
		*h = hourStats{traffic: h.traffic[:0]}
		a.spare = append(a.spare, h)
		delete(a.open, k)
	}
}
