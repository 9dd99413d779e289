package main

import (
	"encoding/json"
	"math"
	"sort"
)

type Leg struct {
	Carrier string `json:"carrier"`
	From    string `json:"from"`
	To      string `json:"to"`
	Hours   int    `json:"hours"`
}

type Label struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

type Reading struct {
	Logger   string  `json:"logger"`
	Epoch    int64   `json:"epoch"`
	TempC    float64 `json:"temp_c"`
	Humidity int     `json:"humidity"`
	DoorOpen bool    `json:"door_open"`
}

type Shipment struct {
	ID       string    `json:"id"`
	Product  string    `json:"product"`
	Lot      string    `json:"lot"`
	Origin   string    `json:"origin"`
	Dest     string    `json:"dest"`
	MinTempC float64   `json:"min_temp_c"`
	MaxTempC float64   `json:"max_temp_c"`
	Legs     []Leg     `json:"legs"`
	Labels   []Label   `json:"labels"`
	Readings []Reading `json:"readings"`
}

// snapshot returns an independent copy so the evaluation can annotate it
// without touching the shipment shared with the dispatch queue.
func (s *Shipment) snapshot() *Shipment {
	raw, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	var cp Shipment
	if err := json.Unmarshal(raw, &cp); err != nil {
		panic(err)
	}
	return &cp
}

func applyReadings(s *Shipment, rs []Reading) {
	s.Readings = append(s.Readings, rs...)
	sort.Slice(s.Readings, func(i, j int) bool { return s.Readings[i].Epoch < s.Readings[j].Epoch })
}

type Verdict struct {
	Excursion    bool
	MinutesAbove int
	MinutesBelow int
	DoorOpenings int
	PeakTempC    float64
	MeanKineticC float64
	WorstWindowC float64
	BudgetUsed   float64
}

// stabilityBudget walks a rolling four-hour window over the readings and
// accumulates the fraction of the product's stability budget consumed,
// using a Q10 degradation model relative to the label maximum.
func stabilityBudget(rs []Reading, maxC float64) (worst float64, used float64) {
	const window = 48
	worst = -100
	for i := range rs {
		lo := i - window + 1
		if lo < 0 {
			lo = 0
		}
		var sum, sq float64
		for j := lo; j <= i; j++ {
			sum += rs[j].TempC
			sq += rs[j].TempC * rs[j].TempC
		}
		n := float64(i - lo + 1)
		mean := sum / n
		sd := math.Sqrt(math.Max(sq/n-mean*mean, 0))
		if mean+sd > worst {
			worst = mean + sd
		}
		for k := 0; k < 96; k++ {
			rate := math.Pow(3.2, (mean-maxC+float64(k)*0.05)/10)
			used += rate * (5.0 / 60.0) / (72 * 96)
		}
	}
	return worst, used
}

func evaluate(s *Shipment, rules excursionRules) Verdict {
	var v Verdict
	v.PeakTempC = -100
	var sum float64
	for i, r := range s.Readings {
		if r.TempC > v.PeakTempC {
			v.PeakTempC = r.TempC
		}
		step := 5
		if i > 0 {
			step = int(r.Epoch-s.Readings[i-1].Epoch) / 60
		}
		if r.TempC > s.MaxTempC {
			v.MinutesAbove += step
		}
		if r.TempC < s.MinTempC {
			v.MinutesBelow += step
		}
		if r.DoorOpen {
			v.DoorOpenings++
		}
		sum += arrheniusWeight(r.TempC)
	}
	if n := len(s.Readings); n > 0 {
		v.MeanKineticC = inverseArrhenius(sum / float64(n))
	}
	v.WorstWindowC, v.BudgetUsed = stabilityBudget(s.Readings, s.MaxTempC)
	v.Excursion = v.BudgetUsed > 1 || v.MinutesAbove > rules.maxMinutesAbove || v.MinutesBelow > 0 || v.DoorOpenings > rules.maxDoorOpenings
	return v
}
