package main

import (
	"math"
	"math/rand"
	"sort"
)

// Action is a balancing offer (increase generation) or bid (reduce it).
type Action struct {
	Unit     int32
	VolumeMW float64 // MWh in the period
	Price    float64 // GBP/MWh
	System   bool    // taken for a system (locational) reason
}

type byPrice []Action

func (a byPrice) Len() int           { return len(a) }
func (a byPrice) Less(i, j int) bool { return a[i].Price < a[j].Price }
func (a byPrice) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// BalancingMarket holds the offer and bid stacks of every period.
type BalancingMarket struct {
	seed       int64
	days       int
	stackSize  int
	parVolume  float64
	deMinimis  float64
	genErrorMW []float64 // extra imbalance from generation forecast error, per period
}

func NewBalancingMarket(seed int64, days int) *BalancingMarket {
	rng := rand.New(rand.NewSource(seed))
	m := &BalancingMarket{seed: seed, days: days, stackSize: 4000, parVolume: 50, deMinimis: 1}
	m.genErrorMW = make([]float64, days*periodsPerDay)
	drift := 0.0
	for i := range m.genErrorMW {
		drift = 0.9*drift + rng.NormFloat64()*60
		m.genErrorMW[i] = drift
	}
	return m
}

// Stack generates the submitted offers and bids for a period.
func (m *BalancingMarket) Stack(day, period int) (offers, bids []Action) {
	rng := rand.New(rand.NewSource(m.seed*7919 + int64(day*periodsPerDay+period)))
	peak := 1 + 0.6*math.Exp(-math.Pow((float64(period)/2-17.5)/2.5, 2))
	offers = make([]Action, m.stackSize)
	bids = make([]Action, m.stackSize)
	for i := range offers {
		offers[i] = Action{Unit: int32(i), VolumeMW: 0.3 + rng.ExpFloat64()*12,
			Price: (45 + rng.ExpFloat64()*70) * peak, System: rng.Intn(40) == 0}
		bids[i] = Action{Unit: int32(i), VolumeMW: 0.3 + rng.ExpFloat64()*12,
			Price: 55 - rng.ExpFloat64()*60, System: rng.Intn(40) == 0}
	}
	return offers, bids
}

// ImbalancePrice prices a period's net imbalance volume (MWh, positive when the
// system is short) as the volume-weighted average of the last parVolume MWh of
// the actions that would be accepted to resolve it.
func (m *BalancingMarket) ImbalancePrice(day, period int, niv float64) float64 {
	offers, bids := m.Stack(day, period)
	var stack []Action
	if niv >= 0 {
		stack = offers
		sort.Sort(byPrice(stack))
	} else {
		stack = bids
		sort.Sort(sort.Reverse(byPrice(stack)))
		niv = -niv
	}
	// De minimis and system-flagged actions are not price-setting.
	kept := stack[:0]
	for _, a := range stack {
		if a.VolumeMW >= m.deMinimis && !a.System {
			kept = append(kept, a)
		}
	}
	accepted := 0
	covered := 0.0
	for accepted < len(kept) && covered < niv {
		covered += kept[accepted].VolumeMW
		accepted++
	}
	if accepted == 0 {
		return kept[0].Price
	}
	var vol, cost float64
	for i := accepted - 1; i >= 0 && vol < m.parVolume; i-- {
		take := math.Min(kept[i].VolumeMW, m.parVolume-vol)
		vol += take
		cost += take * kept[i].Price
	}
	return cost / vol
}
