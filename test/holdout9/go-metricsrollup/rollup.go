package main

import (
	"math"
	"sort"
	"time"
)

type bucket struct {
	count    int
	sum      float64
	min, max float64
	sketch   []float64 // reservoir for percentile estimation
}

type seriesRollup struct {
	buckets map[int64]*bucket
}

type RollupStore struct {
	window int64
	series map[string]*seriesRollup
	names  map[string]int
}

const reservoirSize = 16

func NewRollupStore(window time.Duration) *RollupStore {
	return &RollupStore{window: window.Milliseconds(), series: make(map[string]*seriesRollup), names: make(map[string]int)}
}

func (s *RollupStore) Observe(sm Sample) {
	sr := s.series[sm.Series]
	if sr == nil {
		sr = &seriesRollup{buckets: make(map[int64]*bucket)}
		s.series[sm.Series] = sr
		s.names[sm.Name]++
	}
	slot := sm.TsMs / s.window
	b := sr.buckets[slot]
	if b == nil {
		b = &bucket{min: math.Inf(1), max: math.Inf(-1), sketch: make([]float64, 0, reservoirSize)}
		sr.buckets[slot] = b
	}
	b.count++
	b.sum += sm.Value
	if sm.Value < b.min {
		b.min = sm.Value
	}
	if sm.Value > b.max {
		b.max = sm.Value
	}
	if len(b.sketch) < reservoirSize {
		b.sketch = append(b.sketch, sm.Value)
	} else {
		// deterministic reservoir replacement keyed on the running count
		j := int(uint64(b.count) * 2654435761 % uint64(b.count))
		if j < reservoirSize {
			b.sketch[j] = sm.Value
		}
	}
}

func (s *RollupStore) Merge(o *RollupStore) {
	for key, osr := range o.series {
		sr := s.series[key]
		if sr == nil {
			s.series[key] = osr
			continue
		}
		for slot, ob := range osr.buckets {
			b := sr.buckets[slot]
			if b == nil {
				sr.buckets[slot] = ob
				continue
			}
			b.count += ob.count
			b.sum += ob.sum
			b.min = math.Min(b.min, ob.min)
			b.max = math.Max(b.max, ob.max)
			b.sketch = append(b.sketch, ob.sketch...)
		}
	}
	for n, c := range o.names {
		s.names[n] += c
	}
}

type SeriesSummary struct {
	Series   string
	Points   int
	Mean     float64
	P50, P95 float64
	Max      float64
}

func percentile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	idx := int(math.Ceil(q*float64(len(sorted)))) - 1
	if idx < 0 {
		idx = 0
	}
	return sorted[idx]
}

func (s *RollupStore) Summaries() []SeriesSummary {
	out := make([]SeriesSummary, 0, len(s.series))
	scratch := make([]float64, 0, 4*reservoirSize)
	for key, sr := range s.series {
		var sum SeriesSummary
		sum.Series = key
		sum.Max = math.Inf(-1)
		var total float64
		scratch = scratch[:0]
		for _, b := range sr.buckets {
			sum.Points += b.count
			total += b.sum
			sum.Max = math.Max(sum.Max, b.max)
			scratch = append(scratch, b.sketch...)
		}
		sort.Float64s(scratch)
		sum.Mean = total / float64(sum.Points)
		sum.P50 = percentile(scratch, 0.50)
		sum.P95 = percentile(scratch, 0.95)
		out = append(out, sum)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].P95 > out[j].P95 })
	return out
}
