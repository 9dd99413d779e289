package main

import (
	"math"
	"math/rand"
	"sort"
)

// Query is one passenger's trip request from the origin-destination survey.
type Query struct {
	ID     int
	Origin int32
	Dest   int32
	Depart int32
}

// DemandModel draws origin/destination pairs in proportion to stop weights
// and departure times from a two-peak daily profile.
type DemandModel struct {
	cum []float64
	rng *rand.Rand
}

func NewDemandModel(n *Network, seed int64) *DemandModel {
	d := &DemandModel{rng: rand.New(rand.NewSource(seed))}
	d.cum = make([]float64, len(n.Stops))
	total := 0.0
	for i, s := range n.Stops {
		total += s.Weight
		d.cum[i] = total
	}
	for i := range d.cum {
		d.cum[i] /= total
	}
	return d
}

func (d *DemandModel) pickStop() int32 {
	u := d.rng.Float64()
	return int32(sort.SearchFloat64s(d.cum, u))
}

func (d *DemandModel) pickTime() int32 {
	var h float64
	switch r := d.rng.Float64(); {
	case r < 0.3:
		h = 8 + d.rng.NormFloat64()*0.8
	case r < 0.6:
		h = 17.25 + d.rng.NormFloat64()*1.0
	default:
		h = 6 + d.rng.Float64()*16.5
	}
	h = math.Max(5.25, math.Min(23.5, h))
	return int32(h * 3600)
}

func (d *DemandModel) Generate(n int) []Query {
	qs := make([]Query, 0, n)
	for len(qs) < n {
		o, t := d.pickStop(), d.pickStop()
		if o == t {
			continue
		}
		qs = append(qs, Query{ID: len(qs), Origin: o, Dest: t, Depart: d.pickTime()})
	}
	return qs
}
