package main

import (
	"math"
	"sort"
)

// PastSale is a historical result used as a comparable.
type PastSale struct {
	Category string
	Year     int
	Weight   float64
	Price    int64
}

// Valuer estimates lot values with a kernel-weighted comparable model.
type Valuer struct {
	byCategory map[string][]PastSale
}

func NewValuer(history []PastSale) *Valuer {
	v := &Valuer{byCategory: make(map[string][]PastSale)}
	for _, s := range history {
		v.byCategory[s.Category] = append(v.byCategory[s.Category], s)
	}
	for _, list := range v.byCategory {
		sort.Slice(list, func(i, j int) bool { return list[i].Year < list[j].Year })
	}
	return v
}

// Estimate returns a fair-value estimate in pence.
func (v *Valuer) Estimate(l *Lot) int64 {
	comps := v.byCategory[l.Category]
	var num, den float64
	for i := range comps {
		c := &comps[i]
		dy := float64(c.Year-l.Year) / 25
		dw := (c.Weight - l.Weight) / 6
		k := math.Exp(-0.5 * (dy*dy + dw*dw))
		if k < 1e-6 {
			continue
		}
		num += k * math.Log(float64(c.Price))
		den += k
	}
	if den == 0 {
		return l.LowEstimate
	}
	return int64(math.Exp(num / den))
}
