package main

import (
	"container/heap"
	"fmt"
	"math"
	"math/rand"
	"sort"
)

// Lot is a clock-auction lot: buckets of one variety from one grower.
type Lot struct {
	Variety int
	Grower  int
	Buckets int
	Price   float64 // per stem
	Quality int     // 1 = A1, 2 = A2
	Freight float64 // per bucket
}

func (l Lot) landed(c *Catalogue) float64 {
	return l.Price + l.Freight/float64(c.Varieties[l.Variety].Stems)
}

// simulateMarket generates the lots offered on each market day, with a
// seasonal price curve (peonies in May-June, roses dearer in high summer).
func simulateMarket(rng *rand.Rand, c *Catalogue, days int) [][]Lot {
	market := make([][]Lot, days)
	for day := 0; day < days; day++ {
		season := math.Sin(float64(day) / 180 * math.Pi)
		lots := make([]Lot, 0, 1200)
		for v := range c.Varieties {
			n := 12 + rng.Intn(24)
			for k := 0; k < n; k++ {
				p := c.Varieties[v].BasePrice * (0.8 + 0.5*season + rng.NormFloat64()*0.08)
				q := 1
				if rng.Intn(4) == 0 {
					q = 2
					p *= 0.82
				}
				lots = append(lots, Lot{Variety: v, Grower: rng.Intn(400), Buckets: 1 + rng.Intn(30), Price: math.Max(p, 0.05), Quality: q, Freight: 0.9 + rng.Float64()*1.6})
			}
		}
		market[day] = lots
	}
	return market
}

func countLots(m [][]Lot) int {
	n := 0
	for _, d := range m {
		n += len(d)
	}
	return n
}

type lotHeap struct {
	lots []Lot
	cat  *Catalogue
}

func (h lotHeap) Len() int            { return len(h.lots) }
func (h lotHeap) Less(i, j int) bool  { return h.lots[i].landed(h.cat) < h.lots[j].landed(h.cat) }
func (h lotHeap) Swap(i, j int)       { h.lots[i], h.lots[j] = h.lots[j], h.lots[i] }
func (h *lotHeap) Push(x interface{}) { h.lots = append(h.lots, x.(Lot)) }
func (h *lotHeap) Pop() interface{} {
	old := h.lots
	x := old[len(old)-1]
	h.lots = old[:len(old)-1]
	return x
}

// Plan is the purchasing result for the season.
type Plan struct {
	stemsBought   int
	substitutions int
	shortfall     int
	spend         float64
	unitCost      []float64 // [day*varieties+variety] average landed cost per stem
}

// buyStems fills each day's demand from the cheapest landed lots, first in
// the requested variety, then from the same substitution family.
func buyStems(c *Catalogue, d *Demand, market [][]Lot) *Plan {
	nv := len(c.Varieties)
	p := &Plan{unitCost: make([]float64, d.days*nv)}
	byVariety := make([]lotHeap, nv)
	for day := 0; day < d.days; day++ {
		for v := range byVariety {
			byVariety[v] = lotHeap{lots: byVariety[v].lots[:0], cat: c}
		}
		for _, l := range market[day] {
			byVariety[l.Variety].lots = append(byVariety[l.Variety].lots, l)
		}
		for v := range byVariety {
			heap.Init(&byVariety[v])
		}
		for v := 0; v < nv; v++ {
			need := *d.at(day, v)
			if need == 0 {
				continue
			}
			var spent float64
			got := 0
			take := func(h *lotHeap) {
				for got < need && h.Len() > 0 {
					lot := heap.Pop(h).(Lot)
					per := c.Varieties[lot.Variety].Stems
					buckets := (need - got + per - 1) / per
					if buckets > lot.Buckets {
						buckets = lot.Buckets
					}
					stems := buckets * per
					spent += float64(stems)*lot.Price + float64(buckets)*lot.Freight
					got += stems
					if lot.Buckets > buckets {
						lot.Buckets -= buckets
						heap.Push(h, lot)
					}
				}
			}
			take(&byVariety[v])
			if got < need {
				family := c.byFamily[c.Varieties[v].Family]
				for _, alt := range family {
					if alt != v && got < need {
						before := got
						take(&byVariety[alt])
						if got > before {
							p.substitutions++
						}
					}
				}
			}
			if got < need {
				p.shortfall += need - got
			}
			p.stemsBought += got
			p.spend += spent
			if got > 0 {
				p.unitCost[day*nv+v] = spent / float64(got)
			}
		}
	}
	return p
}

// WeddingCost is the priced cost of one wedding.
type WeddingCost struct {
	id           int
	cost, budget float64
}

func priceWeddings(c *Catalogue, book []Wedding, p *Plan) []WeddingCost {
	nv := len(c.Varieties)
	out := make([]WeddingCost, 0, len(book))
	for i := range book {
		w := &book[i]
		day := w.Day - 3
		if day < 0 {
			day = 0
		}
		var cost, labour float64
		for _, l := range w.Lines {
			des := &c.Designs[l.Design]
			for _, comp := range des.Recipe {
				u := p.unitCost[day*nv+comp.Variety]
				if u == 0 {
					u = c.Varieties[comp.Variety].BasePrice * 1.4
				}
				cost += u * float64(comp.Stems*l.Qty)
			}
			labour += des.Labour * float64(l.Qty)
		}
		cost = cost*1.08 + labour/60*28
		out = append(out, WeddingCost{w.ID, cost, w.Budget})
	}
	return out
}

// priceSensitivity re-runs the purchase plan under perturbed market prices
// to show how exposed the season's margin is to auction price swings.
func priceSensitivity(rng *rand.Rand, c *Catalogue, book []Wedding, market [][]Lot, runs int) []string {
	demand := expandDemand(c, book)
	shocked := make([][]Lot, len(market))
	margins := make([]float64, 0, runs)
	for r := 0; r < runs; r++ {
		shock := 0.85 + 0.35*rng.Float64()
		for day := range market {
			lots := shocked[day][:0]
			for _, l := range market[day] {
				l.Price *= shock * (1 + rng.NormFloat64()*0.05)
				lots = append(lots, l)
			}
			shocked[day] = lots
		}
		plan := buyStems(c, demand, shocked)
		costs := priceWeddings(c, book, plan)
		var m float64
		for _, wc := range costs {
			m += wc.budget - wc.cost
		}
		margins = append(margins, m/float64(len(costs)))
	}
	sort.Float64s(margins)
	q := func(f float64) float64 { return margins[int(f*float64(len(margins)-1))] }
	return []string{
		fmt.Sprintf("margin_p05=%.2f margin_p50=%.2f margin_p95=%.2f", q(0.05), q(0.5), q(0.95)),
	}
}
