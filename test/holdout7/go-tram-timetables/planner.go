package main

import (
	"math"
	"sort"
)

type Planner struct {
	net      *Network
	headways []int
	// scheduled[line][seq] offset from trip start
	offsets [][]int
	dist    [][]float64
	scratch []lineStats
}

func NewPlanner(n *Network) *Planner {
	p := &Planner{net: n}
	for li, line := range n.Lines {
		p.headways = append(p.headways, 300+60*(li%4))
		offs := make([]int, len(line.Stops))
		d := make([]float64, len(line.Stops))
		for s := 1; s < len(line.Stops); s++ {
			offs[s] = offs[s-1] + line.Run[s-1]
			a, b := n.Stops[line.Stops[s-1]], n.Stops[line.Stops[s]]
			d[s] = d[s-1] + math.Hypot(a.X-b.X, a.Y-b.Y)
		}
		p.offsets = append(p.offsets, offs)
		p.dist = append(p.dist, d)
	}
	p.scratch = make([]lineStats, len(n.Lines))
	return p
}

type lineStats struct {
	delays []int
	speed  float64
	n      int
}

// Reconcile matches a day of observed departures against the timetable.
func (p *Planner) Reconcile(feed []Departure) Punctuality {
	stats := p.scratch
	for i := range stats {
		stats[i].delays = stats[i].delays[:0]
		stats[i].speed, stats[i].n = 0, 0
	}
	for _, d := range feed {
		sched := d.Trip*p.headways[d.Line] + p.offsets[d.Line][d.StopSeq]
		delay := d.Observed - sched
		st := &stats[d.Line]
		st.delays = append(st.delays, delay)
		if d.StopSeq > 0 {
			elapsed := float64(d.Observed - d.Trip*p.headways[d.Line])
			if elapsed > 0 {
				st.speed += p.dist[d.Line][d.StopSeq] / elapsed
				st.n++
			}
		}
	}
	var out Punctuality
	out.ByLine = make(map[string]float64)
	for li := range stats {
		st := &stats[li]
		sort.Ints(st.delays)
		p95 := st.delays[len(st.delays)*95/100]
		sum := 0
		for _, x := range st.delays {
			sum += x
			if x > 180 {
				out.Late++
			}
		}
		out.Trips += len(st.delays)
		out.DelaySum += float64(sum)
		out.ByLine[p.net.Lines[li].Name] = float64(p95) + smoothness(st.delays)
	}
	return out
}

// smoothness is the mean absolute second difference of sorted delays,
// a cheap indicator of bunching.
func smoothness(xs []int) float64 {
	if len(xs) < 3 {
		return 0
	}
	acc := 0.0
	for i := 2; i < len(xs); i++ {
		acc += math.Abs(float64(xs[i] - 2*xs[i-1] + xs[i-2]))
	}
	return acc / float64(len(xs)-2)
}
