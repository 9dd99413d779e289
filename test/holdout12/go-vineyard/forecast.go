package main

import (
	"math"
	"math/rand"
	"sort"
	"sync"
)

// Forecast is the predicted harvest window of one block.
type Forecast struct {
	Block      int
	PickDay    int // day index at which the target is reached
	EarlyDay   int // 10th percentile of the bootstrap
	LateDay    int // 90th percentile
	BrixNow    float64
	TAatPick   float64
	Tonnes     float64
	Confidence float64
}

type point struct{ x, y, w float64 }

// fitLine performs a weighted least-squares fit y = a + b x.
func fitLine(pts []point) (a, b float64) {
	var sw, sx, sy, sxx, sxy float64
	for _, p := range pts {
		sw += p.w
		sx += p.w * p.x
		sy += p.w * p.y
		sxx += p.w * p.x * p.x
		sxy += p.w * p.x * p.y
	}
	den := sw*sxx - sx*sx
	if den == 0 {
		return sy / sw, 0
	}
	b = (sw*sxy - sx*sy) / den
	a = (sy - b*sx) / sw
	return a, b
}

func crossingDay(a, b, target float64) float64 {
	if b <= 1e-6 {
		return math.Inf(1)
	}
	return (target - a) / b
}

// forecastRipeness fits a Brix trend per block and bootstraps the day on
// which the varietal target is reached. Blocks are split across workers.
func forecastRipeness(e *Estate, s Series, days, workers int) []Forecast {
	parts := make([][]Forecast, workers)
	var wg sync.WaitGroup
	chunk := (len(e.Blocks) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, (w+1)*chunk
		if hi > len(e.Blocks) {
			hi = len(e.Blocks)
		}
		wg.Add(1)
		go func(w, lo, hi int) {
			defer wg.Done()
			parts[w] = forecastBlocks(e, s, days, lo, hi, rand.New(rand.NewSource(int64(7+w))))
		}(w, lo, hi)
	}
	wg.Wait()
	var out []Forecast
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func forecastBlocks(e *Estate, s Series, days, lo, hi int, rng *rand.Rand) []Forecast {
	const resamples = 4000
	out := make([]Forecast, 0, hi-lo)
	pts := make([]point, 0, days)
	boot := make([]point, days)
	crossings := make([]float64, resamples)
	for bi := lo; bi < hi; bi++ {
		blk := &e.Blocks[bi]
		v := varietals[blk.Varietal]
		pts = pts[:0]
		var taPts []point
		for d, st := range s[bi] {
			if st.N == 0 {
				continue
			}
			n := float64(st.N)
			pts = append(pts, point{float64(d), st.Brix / n, n})
			taPts = append(taPts, point{float64(d), st.TA / n, n})
		}
		if len(pts) < 5 {
			continue
		}
		a, b := fitLine(pts)
		ta, tb := fitLine(taPts)
		for r := 0; r < resamples; r++ {
			boot = boot[:len(pts)]
			for k := range boot {
				boot[k] = pts[rng.Intn(len(pts))]
			}
			ba, bb := fitLine(boot)
			crossings[r] = crossingDay(ba, bb, v.TargetBrix)
		}
		sort.Float64s(crossings)
		pick := crossingDay(a, b, v.TargetBrix)
		if math.IsInf(pick, 0) {
			continue
		}
		// do not wait past the acid floor
		if acidDay := crossingDay(-ta, -tb, -v.MinTA); acidDay < pick {
			pick = acidDay
		}
		early := crossings[resamples/10]
		late := crossings[resamples*9/10]
		out = append(out, Forecast{
			Block:      bi,
			PickDay:    int(math.Round(pick)),
			EarlyDay:   int(math.Floor(early)),
			LateDay:    int(math.Ceil(late)),
			BrixNow:    a + b*float64(days-1),
			TAatPick:   ta + tb*pick,
			Tonnes:     blk.Hectares * v.TonsPerHa,
			Confidence: 1 / (1 + (late-early)/7),
		})
	}
	return out
}
