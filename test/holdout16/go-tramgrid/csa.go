package main

const infinity = int32(1 << 30)

// Leg is one part of a journey: either a tram ride or a walk.
type Leg struct {
	Trip     int32 // -1 for walking
	From, To int32
	Dep, Arr int32
}

type Journey struct {
	Origin, Dest int32
	Depart       int32
	Arrive       int32
	Legs         []Leg
}

func (j *Journey) Transfers() int {
	rides := 0
	for _, l := range j.Legs {
		if l.Trip >= 0 {
			rides++
		}
	}
	if rides == 0 {
		return 0
	}
	return rides - 1
}

// Planner runs earliest-arrival connection scans. One planner per worker;
// its arrays are reset lazily through the touched lists.
type Planner struct {
	net *Network
	tt  *Timetable

	arrival     []int32
	inConn      []int32 // connection that reached the stop, or -1
	walkFrom    []int32 // stop we walked from, or -1
	tripEntered []int32 // connection where a trip was boarded, or -1
	touched     []int32
	tripsUsed   []int32
}

func NewPlanner(n *Network, tt *Timetable) *Planner {
	p := &Planner{net: n, tt: tt}
	p.arrival = make([]int32, len(n.Stops))
	p.inConn = make([]int32, len(n.Stops))
	p.walkFrom = make([]int32, len(n.Stops))
	for i := range p.arrival {
		p.arrival[i] = infinity
		p.inConn[i] = -1
		p.walkFrom[i] = -1
	}
	p.tripEntered = make([]int32, len(tt.Trips))
	for i := range p.tripEntered {
		p.tripEntered[i] = -1
	}
	return p
}

func (p *Planner) reset() {
	for _, s := range p.touched {
		p.arrival[s] = infinity
		p.inConn[s] = -1
		p.walkFrom[s] = -1
	}
	p.touched = p.touched[:0]
	for _, t := range p.tripsUsed {
		p.tripEntered[t] = -1
	}
	p.tripsUsed = p.tripsUsed[:0]
}

func (p *Planner) improve(stop int32, t int32, conn int32, walk int32) {
	if p.arrival[stop] == infinity {
		p.touched = append(p.touched, stop)
	}
	p.arrival[stop] = t
	p.inConn[stop] = conn
	p.walkFrom[stop] = walk
}

// Plan returns the earliest-arrival journey, or ok=false if the destination
// cannot be reached before the end of service.
func (p *Planner) Plan(origin, dest int32, depart int32) (Journey, bool) {
	p.reset()
	p.improve(origin, depart, -1, -1)
	for _, fp := range p.net.Footpaths[origin] {
		t := depart + fp.Seconds
		if t < p.arrival[fp.To] {
			p.improve(int32(fp.To), t, -1, origin)
		}
	}
	conns := p.tt.Conns
	start := p.tt.FirstAfter[depart/60]
	for ci := start; ci < int32(len(conns)); ci++ {
		c := &conns[ci]
		if c.Dep >= p.arrival[dest] {
			break
		}
		reachable := p.tripEntered[c.Trip] >= 0
		if !reachable && p.arrival[c.From] <= c.Dep {
			p.tripEntered[c.Trip] = ci
			p.tripsUsed = append(p.tripsUsed, c.Trip)
			reachable = true
		}
		if !reachable || c.Arr >= p.arrival[c.To] {
			continue
		}
		p.improve(c.To, c.Arr, ci, -1)
		for _, fp := range p.net.Footpaths[c.To] {
			t := c.Arr + fp.Seconds
			if t < p.arrival[fp.To] {
				p.improve(int32(fp.To), t, -1, c.To)
			}
		}
	}
	if p.arrival[dest] == infinity {
		return Journey{}, false
	}
	return p.reconstruct(origin, dest, depart), true
}

func (p *Planner) reconstruct(origin, dest, depart int32) Journey {
	j := Journey{Origin: origin, Dest: dest, Depart: depart, Arrive: p.arrival[dest]}
	stop := dest
	for steps := 0; stop != origin && steps < 64; steps++ {
		if w := p.walkFrom[stop]; w >= 0 {
			j.Legs = append(j.Legs, Leg{Trip: -1, From: w, To: stop, Dep: p.arrival[w], Arr: p.arrival[stop]})
			stop = w
			continue
		}
		ci := p.inConn[stop]
		if ci < 0 {
			break
		}
		c := &p.tt.Conns[ci]
		board := &p.tt.Conns[p.tripEntered[c.Trip]]
		j.Legs = append(j.Legs, Leg{Trip: c.Trip, From: board.From, To: stop, Dep: board.Dep, Arr: c.Arr})
		stop = board.From
	}
	for i, k := 0, len(j.Legs)-1; i < k; i, k = i+1, k-1 {
		j.Legs[i], j.Legs[k] = j.Legs[k], j.Legs[i]
	}
	return j
}
