package main

import (
	"math"
	"math/rand"
	"sort"
)

// ColonyHealth summarises one hive at the end of the season.
type ColonyHealth struct {
	Tag          string
	Yard         string
	MiteTrend    float64
	SwarmRisk    float64
	ForecastKg   float64
	Temperament  float64
	NeedsRequeen bool
	WinterOdds   float64
}

var temperScore = map[string]float64{"calm": 0, "nervous": 0.4, "runny": 0.6, "defensive": 1}

// miteTrend fits a least-squares slope through the mite counts.
func miteTrend(obs []Observation) float64 {
	n := float64(len(obs))
	if n < 2 {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for i, o := range obs {
		x := float64(i)
		y := float64(o.Mites)
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
	}
	return (n*sxy - sx*sy) / (n*sxx - sx*sx)
}

// forecastWeight runs double exponential smoothing over the weight series,
// grid-searching the smoothing constants for the best in-sample fit.
func forecastWeight(obs []Observation, horizon int) float64 {
	if len(obs) < 3 {
		return 0
	}
	best := math.Inf(1)
	bestForecast := 0.0
	for a := 0.02; a < 1; a += 0.02 {
		for b := 0.02; b < 1; b += 0.02 {
			level := obs[0].WeightKg
			trend := obs[1].WeightKg - obs[0].WeightKg
			sse := 0.0
			for i := 1; i < len(obs); i++ {
				pred := level + trend
				e := obs[i].WeightKg - pred
				sse += e * e
				newLevel := a*obs[i].WeightKg + (1-a)*(level+trend)
				trend = b*(newLevel-level) + (1-b)*trend
				level = newLevel
			}
			if sse < best {
				best = sse
				bestForecast = level + float64(horizon)*trend
			}
		}
	}
	return bestForecast
}

// swarmRisk is a logistic score from brood pressure and crowding.
func swarmRisk(h *Hive) float64 {
	if len(h.Observations) == 0 {
		return 0
	}
	recent := h.Observations
	if len(recent) > 6 {
		recent = recent[len(recent)-6:]
	}
	var pressure float64
	for i, o := range recent {
		w := math.Exp(float64(i-len(recent)) / 3)
		pressure += w * (float64(o.Brood)/float64(o.Frames) + 0.1*float64(o.Honey))
	}
	crowd := float64(recent[len(recent)-1].Frames) / float64(10*h.Supers)
	z := 2.2*pressure + 1.5*crowd - 3
	return 1 / (1 + math.Exp(-z))
}

func assess(a *Apiary) []ColonyHealth {
	rng := rand.New(rand.NewSource(7))
	out := make([]ColonyHealth, 0, len(a.hives))
	for i := range a.hives {
		h := &a.hives[i]
		var temper float64
		for _, o := range h.Observations {
			temper += temperScore[o.Temper]
		}
		if len(h.Observations) > 0 {
			temper /= float64(len(h.Observations))
		}
		out = append(out, ColonyHealth{
			Tag:          h.Tag,
			Yard:         h.Yard,
			MiteTrend:    miteTrend(h.Observations),
			SwarmRisk:    swarmRisk(h),
			ForecastKg:   forecastWeight(h.Observations, 4),
			Temperament:  temper,
			NeedsRequeen: h.Queen.Supersede || temper > 0.5 || h.Queen.Year < 2021,
			WinterOdds:   winterSurvival(h, rng, 600),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SwarmRisk > out[j].SwarmRisk })
	return out
}
