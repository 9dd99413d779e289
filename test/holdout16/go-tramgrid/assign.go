package main

import (
	"sync"
)

// Outcome is the compact result of planning one query.
type Outcome struct {
	Query     int
	Reachable bool
	Minutes   int32
	Transfers int8
	WalkSecs  int32
	Wait      int32
}

// LoadTally accumulates how many planned passengers ride each line segment
// and board at each stop. Each worker owns one; they are merged at the end.
type LoadTally struct {
	Boardings  []int32
	LineRiders []int32
	Segments   map[[2]int32]int32
}

func newTally(n *Network) *LoadTally {
	return &LoadTally{
		Boardings:  make([]int32, len(n.Stops)),
		LineRiders: make([]int32, len(n.Lines)),
		Segments:   make(map[[2]int32]int32, 4096),
	}
}

func (t *LoadTally) merge(o *LoadTally) {
	for i, v := range o.Boardings {
		t.Boardings[i] += v
	}
	for i, v := range o.LineRiders {
		t.LineRiders[i] += v
	}
	for k, v := range o.Segments {
		t.Segments[k] += v
	}
}

// Assign plans every query on `workers` goroutines and returns outcomes in
// query order together with the merged load tally.
func Assign(n *Network, tt *Timetable, qs []Query, workers int) ([]Outcome, *LoadTally) {
	out := make([]Outcome, len(qs))
	tallies := make([]*LoadTally, workers)
	next := make(chan [2]int, 64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		tallies[w] = newTally(n)
		wg.Add(1)
		go func(tally *LoadTally) {
			defer wg.Done()
			p := NewPlanner(n, tt)
			for r := range next {
				for i := r[0]; i < r[1]; i++ {
					out[i] = planOne(p, tt, tally, qs[i])
				}
			}
		}(tallies[w])
	}
	const batch = 64
	for i := 0; i < len(qs); i += batch {
		end := i + batch
		if end > len(qs) {
			end = len(qs)
		}
		next <- [2]int{i, end}
	}
	close(next)
	wg.Wait()
	total := newTally(n)
	for _, t := range tallies {
		total.merge(t)
	}
	return out, total
}

func planOne(p *Planner, tt *Timetable, tally *LoadTally, q Query) Outcome {
	j, ok := p.Plan(q.Origin, q.Dest, q.Depart)
	o := Outcome{Query: q.ID, Reachable: ok}
	if !ok {
		return o
	}
	o.Minutes = (j.Arrive - j.Depart + 59) / 60
	o.Transfers = int8(j.Transfers())
	clock := j.Depart
	for _, leg := range j.Legs {
		if leg.Trip < 0 {
			o.WalkSecs += leg.Arr - leg.Dep
		} else {
			o.Wait += leg.Dep - clock
			tally.Boardings[leg.From]++
			tally.LineRiders[tt.Trips[leg.Trip].Line]++
			tally.Segments[[2]int32{leg.From, leg.To}]++
		}
		clock = leg.Arr
	}
	return o
}
