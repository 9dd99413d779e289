package main

import (
	"container/heap"
	"math"
	"math/rand"
)

// Cycle is one completed haul cycle of a truck.
type Cycle struct {
	Truck        int
	Shovel       int
	Start        float64
	QueueAtFace  float64
	Loading      float64
	Haul         float64
	QueueAtDump  float64
	Dumping      float64
	Return       float64
	Payload      float64
	Fuel         float64
	HaulDistance float64
	Ore          bool
}

// ShiftResult is the outcome of one simulated shift.
type ShiftResult struct {
	Trucks       int
	Tonnes       float64
	OreTonnes    float64
	Fuel         float64
	Cycles       []Cycle
	ShovelIdle   []float64 // seconds each shovel waited for trucks
	CrusherIdle  float64
	TruckQueue   float64 // total truck seconds queued
	ShiftSeconds float64
}

type eventKind int

const (
	arriveFace eventKind = iota
	loaded
	arriveDest
	dumped
)

type event struct {
	at    float64
	truck int
	kind  eventKind
}

type eventQueue []event

func (q eventQueue) Len() int            { return len(q) }
func (q eventQueue) Less(i, j int) bool  { return q[i].at < q[j].at }
func (q eventQueue) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *eventQueue) Push(x interface{}) { *q = append(*q, x.(event)) }
func (q *eventQueue) Pop() interface{} {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type truckState struct {
	route     int
	cycle     Cycle
	arrivedAt float64
	speed     float64 // operator speed factor
}

type server struct {
	freeAt   float64
	idle     float64
	queueLen int
}

// Simulate runs one shift with the given number of trucks. Trucks are
// dispatched to the face with the lowest expected cycle time on each
// return from the destination.
func Simulate(p *Pit, routes []Route, m TruckModel, trucks int, shift float64, seed int64) ShiftResult {
	r := rand.New(rand.NewSource(seed))
	res := ShiftResult{Trucks: trucks, ShovelIdle: make([]float64, len(routes)), ShiftSeconds: shift}
	res.Cycles = make([]Cycle, 0, trucks*40)
	faces := make([]server, len(routes))
	crusher, dump := server{}, server{}
	state := make([]truckState, trucks)
	q := make(eventQueue, 0, trucks*2)

	// Nominal leg times per route, for dispatch decisions only.
	nominal := make([]float64, len(routes))
	for i := range routes {
		full := m.Drive(p, routes[i].Haul, m.RatedPayload, 1)
		empty := m.Drive(p, routes[i].Return, 0, 1)
		nominal[i] = full.Seconds + empty.Seconds
	}
	loadTime := m.SpotTime + math.Ceil(m.RatedPayload/m.BucketPayload)*m.PassTime

	dispatch := func(now float64) int {
		best, bestCost := 0, math.Inf(1)
		for i := range routes {
			wait := math.Max(0, faces[i].freeAt-now) + float64(faces[i].queueLen)*loadTime
			cost := nominal[i] + wait
			if cost < bestCost {
				best, bestCost = i, cost
			}
		}
		return best
	}

	for t := 0; t < trucks; t++ {
		state[t].speed = 0.88 + 0.2*r.Float64()
		// Trucks leave the go-line at staggered times at shift change.
		start := float64(t) * 45
		rt := dispatch(start)
		faces[rt].queueLen++
		state[t].route = rt
		state[t].cycle = Cycle{Truck: t, Shovel: rt, Start: start}
		leg := m.Drive(p, routes[rt].Return, 0, state[t].speed)
		heap.Push(&q, event{at: start + leg.Seconds, truck: t, kind: arriveFace})
	}

	for q.Len() > 0 {
		e := heap.Pop(&q).(event)
		if e.at > shift {
			continue
		}
		ts := &state[e.truck]
		rt := &routes[ts.route]
		switch e.kind {
		case arriveFace:
			f := &faces[ts.route]
			begin := math.Max(e.at, f.freeAt)
			if f.freeAt < e.at {
				f.idle += e.at - f.freeAt
			}
			ts.cycle.QueueAtFace = begin - e.at
			passes := 0
			payload := 0.0
			for passes < 8 {
				bucket := m.BucketPayload * (0.85 + 0.25*r.Float64())
				if passes > 0 && payload+bucket > m.RatedPayload*1.1 {
					break // the operator holds the last pass back
				}
				payload += bucket
				passes++
				if payload >= m.RatedPayload*0.95 {
					break
				}
			}
			ts.cycle.Payload = payload
			ts.cycle.Loading = m.SpotTime + float64(passes)*m.PassTime*(0.9+0.2*r.Float64())
			f.freeAt = begin + ts.cycle.Loading
			heap.Push(&q, event{at: f.freeAt, truck: e.truck, kind: loaded})
		case loaded:
			faces[ts.route].queueLen--
			leg := m.Drive(p, rt.Haul, ts.cycle.Payload, ts.speed)
			ts.cycle.Haul = leg.Seconds
			ts.cycle.Fuel += leg.Fuel
			ts.cycle.HaulDistance = leg.Metres
			heap.Push(&q, event{at: e.at + leg.Seconds, truck: e.truck, kind: arriveDest})
		case arriveDest:
			srv := &dump
			ore := p.Nodes[rt.Shovel].Ore
			if ore {
				srv = &crusher
			}
			begin := math.Max(e.at, srv.freeAt)
			if srv.freeAt < e.at {
				srv.idle += e.at - srv.freeAt
			}
			ts.cycle.QueueAtDump = begin - e.at
			ts.cycle.Dumping = m.DumpTime * (0.9 + 0.2*r.Float64())
			ts.cycle.Ore = ore
			if ore {
				srv.freeAt = begin + ts.cycle.Dumping + 25 // crusher pocket clearance
			} else {
				srv.freeAt = begin + 10 // several tip points at the dump
			}
			heap.Push(&q, event{at: begin + ts.cycle.Dumping, truck: e.truck, kind: dumped})
		case dumped:
			next := dispatch(e.at)
			leg := m.Drive(p, routes[next].Return, 0, ts.speed)
			c := ts.cycle
			c.Return = leg.Seconds
			c.Fuel += leg.Fuel
			res.Cycles = append(res.Cycles, c)
			res.Tonnes += c.Payload
			if c.Ore {
				res.OreTonnes += c.Payload
			}
			res.Fuel += c.Fuel
			res.TruckQueue += c.QueueAtFace + c.QueueAtDump
			faces[next].queueLen++
			ts.route = next
			ts.cycle = Cycle{Truck: e.truck, Shovel: next, Start: e.at}
			heap.Push(&q, event{at: e.at + leg.Seconds, truck: e.truck, kind: arriveFace})
		}
	}
	for i := range faces {
		res.ShovelIdle[i] = faces[i].idle
	}
	res.CrusherIdle = crusher.idle
	return res
}
