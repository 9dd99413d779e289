package main

import (
	"math"
	"math/rand"
	"sort"
	"sync"
)

const (
	truckCapacity = 16.0 // tonnes of picking bins per trip
	truckKmh      = 28.0
	loadHours     = 0.35 // loading time per stop
)

type pickJob struct {
	Block  int
	Tonnes float64
}

// Trip is one loop from the crush pad through some blocks and back.
type Trip struct {
	Truck  int
	Jobs   []pickJob
	Tonnes float64
	Km     float64
}

// DayPlan is the routing of one harvest day.
type DayPlan struct {
	Day       int
	Trips     []Trip
	Km        float64
	Tonnes    float64
	TruckHrs  []float64
	Unplanned int
}

// HarvestPlan covers the whole season.
type HarvestPlan struct {
	Days []DayPlan
}

func planHarvest(e *Estate, forecasts []Forecast, trucks, workers int) *HarvestPlan {
	byDay := make(map[int][]pickJob)
	for _, f := range forecasts {
		day := f.PickDay
		if day < 0 {
			day = 0
		}
		left := f.Tonnes
		for left > 0 {
			t := math.Min(left, truckCapacity)
			byDay[day] = append(byDay[day], pickJob{Block: f.Block, Tonnes: t})
			left -= t
		}
	}
	days := make([]int, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	sort.Ints(days)

	plan := &HarvestPlan{Days: make([]DayPlan, len(days))}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				plan.Days[i] = routeDay(e, days[i], byDay[days[i]], trucks)
			}
		}()
	}
	for i := range days {
		next <- i
	}
	close(next)
	wg.Wait()
	return plan
}

type router struct {
	e      *Estate
	jobs   []pickJob
	routes [][]int // indices into jobs
	load   []float64
}

func (r *router) legKm(a, b int) float64 {
	switch {
	case a < 0 && b < 0:
		return 0
	case a < 0:
		return r.e.depot[r.jobs[b].Block]
	case b < 0:
		return r.e.depot[r.jobs[a].Block]
	}
	return r.e.dist[r.jobs[a].Block][r.jobs[b].Block]
}

func (r *router) at(route []int, i int) int {
	if i < 0 || i >= len(route) {
		return -1
	}
	return route[i]
}

func (r *router) routeKm(route []int) float64 {
	km := 0.0
	prev := -1
	for _, j := range route {
		km += r.legKm(prev, j)
		prev = j
	}
	return km + r.legKm(prev, -1)
}

// initial builds trips greedily by nearest neighbour until the bins are full.
func (r *router) initial() {
	used := make([]bool, len(r.jobs))
	remaining := len(r.jobs)
	for remaining > 0 {
		var route []int
		load := 0.0
		cur := -1
		for {
			best, bestKm := -1, math.Inf(1)
			for j := range r.jobs {
				if used[j] || load+r.jobs[j].Tonnes > truckCapacity {
					continue
				}
				if km := r.legKm(cur, j); km < bestKm {
					best, bestKm = j, km
				}
			}
			if best < 0 {
				break
			}
			used[best] = true
			remaining--
			route = append(route, best)
			load += r.jobs[best].Tonnes
			cur = best
		}
		r.routes = append(r.routes, route)
		r.load = append(r.load, load)
	}
}

// improve runs a simulated-annealing relocate search between trips.
func (r *router) improve(rng *rand.Rand, iters int) {
	temp := 2.0
	cool := math.Pow(0.01/temp, 1/float64(iters))
	for it := 0; it < iters; it++ {
		temp *= cool
		a := rng.Intn(len(r.routes))
		if len(r.routes[a]) == 0 {
			continue
		}
		b := rng.Intn(len(r.routes))
		i := rng.Intn(len(r.routes[a]))
		job := r.routes[a][i]
		if a != b && r.load[b]+r.jobs[job].Tonnes > truckCapacity {
			continue
		}
		ra := r.routes[a]
		prev, next := r.at(ra, i-1), r.at(ra, i+1)
		removeGain := r.legKm(prev, job) + r.legKm(job, next) - r.legKm(prev, next)
		rb := r.routes[b]
		if a == b {
			rb = append(append([]int(nil), ra[:i]...), ra[i+1:]...)
		}
		j := rng.Intn(len(rb) + 1)
		p2, n2 := r.at(rb, j-1), r.at(rb, j)
		insertCost := r.legKm(p2, job) + r.legKm(job, n2) - r.legKm(p2, n2)
		delta := insertCost - removeGain
		if delta > 0 && rng.Float64() >= math.Exp(-delta/temp) {
			continue
		}
		if a == b {
			rb = append(rb, 0)
			copy(rb[j+1:], rb[j:])
			rb[j] = job
			r.routes[a] = rb
			continue
		}
		r.routes[a] = append(ra[:i], ra[i+1:]...)
		rb = append(rb, 0)
		copy(rb[j+1:], rb[j:])
		rb[j] = job
		r.routes[b] = rb
		r.load[a] -= r.jobs[job].Tonnes
		r.load[b] += r.jobs[job].Tonnes
	}
}

// twoOpt polishes every trip independently.
func (r *router) twoOpt() {
	for _, route := range r.routes {
		improved := true
		for improved {
			improved = false
			for i := 0; i < len(route)-1; i++ {
				for k := i + 1; k < len(route); k++ {
					a, b := r.at(route, i-1), route[i]
					c, d := route[k], r.at(route, k+1)
					if r.legKm(a, c)+r.legKm(b, d) < r.legKm(a, b)+r.legKm(c, d)-1e-9 {
						for x, y := i, k; x < y; x, y = x+1, y-1 {
							route[x], route[y] = route[y], route[x]
						}
						improved = true
					}
				}
			}
		}
	}
}

func routeDay(e *Estate, day int, jobs []pickJob, trucks int) DayPlan {
	r := &router{e: e, jobs: jobs}
	r.initial()
	rng := rand.New(rand.NewSource(int64(day) * 7919))
	r.improve(rng, 80000*len(r.routes))
	r.twoOpt()

	dp := DayPlan{Day: day, TruckHrs: make([]float64, trucks)}
	type trip struct {
		idx int
		hrs float64
	}
	var order []trip
	for _, route := range r.routes {
		if len(route) == 0 {
			continue
		}
		t := Trip{Truck: -1}
		for _, j := range route {
			t.Jobs = append(t.Jobs, jobs[j])
			t.Tonnes += jobs[j].Tonnes
		}
		t.Km = r.routeKm(route)
		dp.Trips = append(dp.Trips, t)
		order = append(order, trip{len(dp.Trips) - 1, t.Km/truckKmh + loadHours*float64(len(route))})
	}
	// longest trips first onto the least busy truck
	sort.Slice(order, func(i, j int) bool { return order[i].hrs > order[j].hrs })
	for _, o := range order {
		best := 0
		for k := 1; k < trucks; k++ {
			if dp.TruckHrs[k] < dp.TruckHrs[best] {
				best = k
			}
		}
		if dp.TruckHrs[best]+o.hrs > 14 {
			dp.Unplanned++
			continue
		}
		dp.TruckHrs[best] += o.hrs
		dp.Trips[o.idx].Truck = best
		dp.Km += dp.Trips[o.idx].Km
		dp.Tonnes += dp.Trips[o.idx].Tonnes
	}
	return dp
}
