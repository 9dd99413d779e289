package main

import (
	"math"
	"math/rand"
)

const daySeconds = 12 * 3600 // 07:00 - 19:00

// Result aggregates the outcome of one tower/policy simulation.
type Result struct {
	Tower, Policy string
	Served        int
	WaitHist      [121]int // 1-second buckets, last is overflow
	JourneySum    float64
	WaitSum       float64
	MaxWait       int
}

func (r *Result) percentile(p float64) int {
	target := int(math.Ceil(p * float64(r.Served)))
	acc := 0
	for i, n := range r.WaitHist {
		acc += n
		if acc >= target {
			return i
		}
	}
	return len(r.WaitHist) - 1
}

// arrivalRate returns expected new calls per second at time t of day.
func arrivalRate(t int, population int) (rate, upShare, lobbyShare float64) {
	h := float64(t) / 3600
	base := float64(population) / 40000
	morning := math.Exp(-math.Pow((h-1.5)/0.6, 2))
	lunch := math.Exp(-math.Pow((h-5.5)/0.7, 2))
	evening := math.Exp(-math.Pow((h-10.5)/0.6, 2))
	rate = base * (0.4 + 5*morning + 2.5*lunch + 5*evening)
	upShare = (0.5*morning + 0.5*lunch + 0.1) / (morning + lunch + evening + 0.2)
	lobbyShare = 0.6
	return
}

// demandProfile caches the per-second arrival parameters for one tower.
type demandProfile struct {
	expNeg, upShare []float64
	lobbyShare      float64
}

func buildProfile(population int) *demandProfile {
	dp := &demandProfile{expNeg: make([]float64, daySeconds), upShare: make([]float64, daySeconds)}
	for s := 0; s < daySeconds; s++ {
		var rate float64
		rate, dp.upShare[s], dp.lobbyShare = arrivalRate(s, population)
		dp.expNeg[s] = math.Exp(-rate)
	}
	return dp
}

type hallQueue struct {
	waiting  []Passenger
	assigned bool
}

// dispatch hands an unanswered hall call to the policy's chosen car.
func dispatch(p Policy, cars []*Car, q *hallQueue, floor int, dir Direction, floors int) {
	if q.assigned || len(q.waiting) == 0 {
		return
	}
	ci := p.Choose(cars, floor, dir, floors)
	cars[ci].Assigned = append(cars[ci].Assigned, floor)
	q.assigned = true
}

func simulate(t Tower, p Policy, days, reps int, seed int64) Result {
	res := Result{Tower: t.Name, Policy: p.Name()}
	dp := buildProfile(t.Population)
	for r := 0; r < reps; r++ {
		replicate(t, p, dp, days, seed*1000+int64(r), &res)
	}
	return res
}

func replicate(t Tower, p Policy, dp *demandProfile, days int, seed int64, res *Result) {
	rng := rand.New(rand.NewSource(seed))
	cars := make([]*Car, t.Cars)
	for i := range cars {
		cars[i] = newCar(t.Floors, 16)
	}
	up := make([]hallQueue, t.Floors)
	down := make([]hallQueue, t.Floors)

	for d := 0; d < days; d++ {
		for s := 0; s < daySeconds; s++ {
			clock := d*daySeconds + s
			expNeg, upShare, lobby := dp.expNeg[s], dp.upShare[s], dp.lobbyShare
			// Poisson arrivals via Bernoulli split per second
			for k := poisson(rng, expNeg); k > 0; k-- {
				var o, dst int
				if rng.Float64() < upShare {
					if rng.Float64() < lobby {
						o = 0
					} else {
						o = rng.Intn(t.Floors - 1)
					}
					dst = o + 1 + rng.Intn(t.Floors-o-1)
				} else {
					o = 1 + rng.Intn(t.Floors-1)
					if rng.Float64() < lobby {
						dst = 0
					} else {
						dst = rng.Intn(o)
					}
				}
				pass := Passenger{Origin: o, Dest: dst, ArrivedAt: clock}
				q := &up[o]
				if pass.dir() == Down {
					q = &down[o]
				}
				q.waiting = append(q.waiting, pass)
				dispatch(p, cars, q, o, pass.dir(), t.Floors)
			}
			if s%5 == 0 {
				for f := 0; f < t.Floors; f++ {
					dispatch(p, cars, &up[f], f, Up, t.Floors)
					dispatch(p, cars, &down[f], f, Down, t.Floors)
				}
			}
			for _, c := range cars {
				stepCar(c, up, down, clock, res)
			}
		}
	}
}

// poisson draws a Poisson variate given l = exp(-lambda) (Knuth).
func poisson(rng *rand.Rand, l float64) int {
	k, prod := 0, rng.Float64()
	for prod > l {
		k++
		prod *= rng.Float64()
	}
	return k
}

func stepCar(c *Car, up, down []hallQueue, clock int, res *Result) {
	if c.DoorTime > 0 {
		c.DoorTime--
		return
	}
	if !c.hasWork() {
		c.Dir = Idle
		return
	}
	target := c.nextTarget()
	if target < 0 {
		c.Dir = Idle
		return
	}
	if target == c.Floor {
		serveFloor(c, up, down, clock, res)
		return
	}
	if target > c.Floor {
		c.Dir = Up
		c.Floor++
	} else {
		c.Dir = Down
		c.Floor--
	}
	if c.Stops[c.Floor] || containsFloor(c.Assigned, c.Floor) {
		serveFloor(c, up, down, clock, res)
	}
}

func containsFloor(fs []int, f int) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

func serveFloor(c *Car, up, down []hallQueue, clock int, res *Result) {
	f := c.Floor
	c.DoorTime = 6
	// alight
	kept := c.Riders[:0]
	for _, r := range c.Riders {
		if r.Dest == f {
			res.JourneySum += float64(clock - r.ArrivedAt)
			continue
		}
		kept = append(kept, r)
	}
	c.Riders = kept
	if len(kept) > 0 {
		c.Dir = kept[0].dir()
	}
	c.Stops[f] = false
	// drop assignment
	as := c.Assigned[:0]
	for _, a := range c.Assigned {
		if a != f {
			as = append(as, a)
		}
	}
	c.Assigned = as
	// any call at this floor will be re-dispatched if people are left behind
	up[f].assigned = false
	down[f].assigned = false
	// board: prefer current direction
	board := func(q *hallQueue) {
		n := 0
		for n < len(q.waiting) && len(c.Riders) < c.Capacity {
			pass := q.waiting[n]
			w := clock - pass.ArrivedAt
			res.Served++
			res.WaitSum += float64(w)
			if w > res.MaxWait {
				res.MaxWait = w
			}
			if w > 120 {
				w = 120
			}
			res.WaitHist[w]++
			pass.BoardedAt = clock
			c.Riders = append(c.Riders, pass)
			c.Stops[pass.Dest] = true
			n++
		}
		rest := copy(q.waiting, q.waiting[n:])
		q.waiting = q.waiting[:rest]
	}
	if c.Dir == Down {
		board(&down[f])
		if len(c.Riders) == 0 {
			board(&up[f])
		}
	} else {
		board(&up[f])
		if len(c.Riders) == 0 {
			board(&down[f])
		}
	}
}
