package main

import (
	"math"
	"math/rand"
	"sort"
)

// Uncertainty summarises the bootstrap of the glacier-wide balance.
type Uncertainty struct {
	Draws  int
	StdDev float64
	P05    float64
	P95    float64
}

// Bootstrap resamples the stake network with replacement and recomputes the
// glacier-wide balance, reusing one grid for every draw.
func Bootstrap(seed int64, dem *DEM, stakes []StakeBalance, draws int) Uncertainty {
	r := rand.New(rand.NewSource(seed))
	grid := NewBalanceGrid(dem)
	sample := make([]StakeBalance, len(stakes))
	results := make([]float64, draws)
	for d := 0; d < draws; d++ {
		for i := range sample {
			sample[i] = stakes[r.Intn(len(stakes))]
		}
		grid.Interpolate(dedupeStakes(sample), 2.0)
		results[d] = grid.GlacierWide()
	}
	var mean float64
	for _, v := range results {
		mean += v
	}
	mean /= float64(draws)
	var ss float64
	for _, v := range results {
		ss += (v - mean) * (v - mean)
	}
	sort.Float64s(results)
	return Uncertainty{
		Draws:  draws,
		StdDev: math.Sqrt(ss / float64(draws-1)),
		P05:    results[int(0.05*float64(draws-1))],
		P95:    results[int(0.95*float64(draws-1))],
	}
}

// dedupeStakes drops repeated draws of the same stake: a stake sampled twice
// sits at the same point and would only double its weight.
func dedupeStakes(sample []StakeBalance) []StakeBalance {
	seen := make(map[string]struct{}, len(sample))
	out := sample[:0:0]
	for _, s := range sample {
		if _, ok := seen[s.Stake]; ok {
			continue
		}
		seen[s.Stake] = struct{}{}
		out = append(out, s)
	}
	return out
}
