package main

import (
	"math"
	"sort"
)

const unreached = int32(math.MaxInt32)

func sqrt(x float64) float64 { return math.Sqrt(x) }

// Journey is the answer to one planning request.
type Journey struct {
	Found     bool
	Arrival   int32
	Duration  int32
	Vehicles  int
	WalkLegs  int
	Scanned   int
	FirstTrip int32
}

// Planner runs earliest-arrival queries with the connection scan
// algorithm. A planner is used by one goroutine and reuses its arrays
// between queries.
type Planner struct {
	tt       *Timetable
	arrival  []int32
	inConn   []int32 // connection that reached the stop, -1 for walking
	walkFrom []int32
	boarded  []int32 // first connection used on a trip, -1 if not boarded
	touchedS []int32
	touchedT []int32
}

// NewPlanner allocates the per-worker state.
func NewPlanner(tt *Timetable) *Planner {
	p := &Planner{
		tt:       tt,
		arrival:  make([]int32, len(tt.Stops)),
		inConn:   make([]int32, len(tt.Stops)),
		walkFrom: make([]int32, len(tt.Stops)),
		boarded:  make([]int32, len(tt.Trips)),
	}
	for i := range p.arrival {
		p.arrival[i] = unreached
		p.inConn[i] = -1
		p.walkFrom[i] = -1
	}
	for i := range p.boarded {
		p.boarded[i] = -1
	}
	return p
}

func (p *Planner) reset() {
	for _, s := range p.touchedS {
		p.arrival[s] = unreached
		p.inConn[s] = -1
		p.walkFrom[s] = -1
	}
	for _, t := range p.touchedT {
		p.boarded[t] = -1
	}
	p.touchedS = p.touchedS[:0]
	p.touchedT = p.touchedT[:0]
}

func (p *Planner) improve(stop, t, conn, walkFrom int32) {
	if p.arrival[stop] == unreached {
		p.touchedS = append(p.touchedS, stop)
	}
	p.arrival[stop] = t
	p.inConn[stop] = conn
	p.walkFrom[stop] = walkFrom
}

func (p *Planner) walk(from int32) {
	t := p.arrival[from]
	for _, fp := range p.tt.Footpaths[from] {
		if t+fp.Secs < p.arrival[fp.To] {
			p.improve(fp.To, t+fp.Secs, -1, from)
		}
	}
}

// Plan finds the earliest arrival at dst when leaving src at dep.
func (p *Planner) Plan(src, dst, dep int32) Journey {
	p.reset()
	conns := p.tt.Connections
	p.improve(src, dep, -1, -1)
	p.walk(src)
	start := sort.Search(len(conns), func(i int) bool { return conns[i].Dep >= dep })
	scanned := 0
	for i := start; i < len(conns); i++ {
		c := &conns[i]
		if p.arrival[dst] <= c.Dep {
			break
		}
		scanned++
		onTrip := p.boarded[c.Trip] >= 0
		if !onTrip && p.arrival[c.From] > c.Dep {
			continue
		}
		if !onTrip {
			p.boarded[c.Trip] = int32(i)
			p.touchedT = append(p.touchedT, c.Trip)
		}
		if c.Arr < p.arrival[c.To] {
			p.improve(c.To, c.Arr, int32(i), -1)
			p.walk(c.To)
		}
	}
	j := Journey{Scanned: scanned, FirstTrip: -1}
	if p.arrival[dst] == unreached {
		return j
	}
	j.Found = true
	j.Arrival = p.arrival[dst]
	j.Duration = j.Arrival - dep
	// walk back along the journey pointers to count vehicles and walks
	stop := dst
	for steps := 0; stop != src && steps < 64; steps++ {
		if w := p.walkFrom[stop]; w >= 0 {
			j.WalkLegs++
			stop = w
			continue
		}
		ci := p.inConn[stop]
		if ci < 0 {
			break
		}
		c := conns[ci]
		j.Vehicles++
		first := conns[p.boarded[c.Trip]]
		j.FirstTrip = c.Trip
		stop = first.From
	}
	return j
}
