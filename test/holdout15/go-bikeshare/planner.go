package main

import (
	"container/heap"
	"sort"
)

// Move is one van job: carry bikes from a surplus station to a deficit one.
type Move struct {
	From, To int
	Bikes    int
	Km       float64
}

// Planner assigns overnight rebalancing moves to vans.
type Planner struct {
	net       *Network
	vans      int
	vanCap    int
	radiusKm  float64
	neighbour [][]int // precomputed candidate stations within radius
}

func NewPlanner(net *Network, vans int) *Planner {
	p := &Planner{net: net, vans: vans, vanCap: 20, radiusKm: 2.5}
	p.neighbour = make([][]int, len(net.Stations))
	scratch := make([]int, 0, 64)
	for i := range net.Stations {
		scratch = net.Neighbours(i, p.radiusKm, scratch)
		p.neighbour[i] = append([]int(nil), scratch...)
	}
	return p
}

type candidate struct {
	score float64
	from  int
	to    int
	bikes int
	km    float64
}

type candHeap []candidate

func (h candHeap) Len() int            { return len(h) }
func (h candHeap) Less(i, j int) bool  { return h[i].score > h[j].score }
func (h candHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *candHeap) Push(x interface{}) { *h = append(*h, x.(candidate)) }
func (h *candHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Plan produces the rebalancing moves for the night given the fill ratios.
func (p *Planner) Plan(fill []float64) []Move {
	n := len(fill)
	surplus := make([]int, n)
	for i := range fill {
		docks := p.net.Stations[i].Docks
		target := docks / 2
		surplus[i] = int(fill[i]*float64(docks)) - target
	}
	// iterate: each round the vans take the best-scoring moves, then the
	// surpluses are updated and candidates rescored.
	var moves []Move
	h := make(candHeap, 0, 4096)
	for round := 0; round < 40; round++ {
		h = h[:0]
		for i := 0; i < n; i++ {
			if surplus[i] <= 2 {
				continue
			}
			for _, j := range p.neighbour[i] {
				if surplus[j] >= -2 {
					continue
				}
				b := min3(surplus[i], -surplus[j], p.vanCap)
				km := p.net.Distance(i, j)
				h = append(h, candidate{score: float64(b) / (0.5 + km), from: i, to: j, bikes: b, km: km})
			}
		}
		if len(h) == 0 {
			break
		}
		heap.Init(&h)
		used := make(map[int]bool, 2*p.vans)
		assigned := 0
		for h.Len() > 0 && assigned < p.vans {
			c := heap.Pop(&h).(candidate)
			if used[c.from] || used[c.to] {
				continue
			}
			used[c.from], used[c.to] = true, true
			surplus[c.from] -= c.bikes
			surplus[c.to] += c.bikes
			moves = append(moves, Move{From: c.from, To: c.to, Bikes: c.bikes, Km: c.km})
			assigned++
		}
	}
	sort.Slice(moves, func(a, b int) bool { return moves[a].Km < moves[b].Km })
	return moves
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}
