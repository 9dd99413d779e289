package main

import (
	"math"
	"math/rand"
)

// winterSurvival estimates the probability a colony makes it to spring by
// simulating stores consumption and cluster losses week by week.
func winterSurvival(h *Hive, rng *rand.Rand, trials int) float64 {
	if len(h.Observations) == 0 {
		return 0
	}
	last := h.Observations[len(h.Observations)-1]
	stores := last.WeightKg - 24 // boxes, frames, comb and bees
	bees := float64(last.Frames) * 2200
	mites := float64(last.Mites)
	survived := 0
	for t := 0; t < trials; t++ {
		s, b, m := stores, bees, mites
		alive := true
		for week := 0; week < 22; week++ {
			cold := 0.6 + 0.4*math.Sin(float64(week)/22*math.Pi) + rng.NormFloat64()*0.15
			s -= 0.9 * cold * (b / 20000)
			m *= 1.02 + rng.Float64()*0.03
			b *= 0.985 - 0.0015*m - 0.01*math.Max(0, cold-1)
			if s <= 0 || b < 4000 {
				alive = false
				break
			}
		}
		if alive {
			survived++
		}
	}
	return float64(survived) / float64(trials)
}
