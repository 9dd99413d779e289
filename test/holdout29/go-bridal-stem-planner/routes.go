package main

import (
	"math"
	"math/rand"
	"sort"
)

// Venue is a wedding venue the vans deliver to.
type Venue struct {
	X, Y float64 // km from the studio
}

// assignVenues places each wedding at a venue within the delivery area.
func assignVenues(rng *rand.Rand, book []Wedding, venues int) ([]Venue, []int) {
	vs := make([]Venue, venues)
	for i := range vs {
		r := 5 + 55*math.Sqrt(rng.Float64())
		a := rng.Float64() * 2 * math.Pi
		vs[i] = Venue{r * math.Cos(a), r * math.Sin(a)}
	}
	at := make([]int, len(book))
	for i := range book {
		at[i] = rng.Intn(venues)
	}
	return vs, at
}

// DayRoutes is the van plan for one wedding day.
type DayRoutes struct {
	Day   int
	Vans  [][]int // venue indices in visiting order
	Km    float64
	Stops int
}

func dist(a, b Venue) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// planDeliveries splits each day's venues between vans by sweep angle and
// orders each van's stops with nearest-neighbour plus 2-opt.
func planDeliveries(book []Wedding, venues []Venue, at []int, vans int) []DayRoutes {
	byDay := map[int][]int{}
	for i := range book {
		byDay[book[i].Day] = append(byDay[book[i].Day], at[i])
	}
	days := make([]int, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	sort.Ints(days)
	depot := Venue{}
	out := make([]DayRoutes, 0, len(days))
	for _, d := range days {
		stops := dedupe(byDay[d])
		sort.Slice(stops, func(i, j int) bool {
			a, b := venues[stops[i]], venues[stops[j]]
			return math.Atan2(a.Y, a.X) < math.Atan2(b.Y, b.X)
		})
		dr := DayRoutes{Day: d, Stops: len(stops)}
		per := (len(stops) + vans - 1) / vans
		for v := 0; v < vans && v*per < len(stops); v++ {
			hi := (v + 1) * per
			if hi > len(stops) {
				hi = len(stops)
			}
			route := nearestNeighbour(venues, depot, stops[v*per:hi])
			twoOpt(venues, depot, route)
			dr.Km += routeLength(venues, depot, route)
			dr.Vans = append(dr.Vans, route)
		}
		out = append(out, dr)
	}
	return out
}

func dedupe(xs []int) []int {
	seen := make(map[int]bool, len(xs))
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func nearestNeighbour(vs []Venue, depot Venue, stops []int) []int {
	left := append([]int(nil), stops...)
	route := make([]int, 0, len(stops))
	cur := depot
	for len(left) > 0 {
		best, bd := 0, math.MaxFloat64
		for i, s := range left {
			if d := dist(cur, vs[s]); d < bd {
				best, bd = i, d
			}
		}
		route = append(route, left[best])
		cur = vs[left[best]]
		left[best] = left[len(left)-1]
		left = left[:len(left)-1]
	}
	return route
}

func point(vs []Venue, depot Venue, route []int, i int) Venue {
	if i < 0 || i >= len(route) {
		return depot
	}
	return vs[route[i]]
}

func twoOpt(vs []Venue, depot Venue, route []int) {
	improved := true
	for improved {
		improved = false
		for i := 0; i < len(route)-1; i++ {
			for j := i + 1; j < len(route); j++ {
				a, b := point(vs, depot, route, i-1), point(vs, depot, route, i)
				c, d := point(vs, depot, route, j), point(vs, depot, route, j+1)
				if dist(a, c)+dist(b, d) < dist(a, b)+dist(c, d)-1e-9 {
					for l, r := i, j; l < r; l, r = l+1, r-1 {
						route[l], route[r] = route[r], route[l]
					}
					improved = true
				}
			}
		}
	}
}

func routeLength(vs []Venue, depot Venue, route []int) float64 {
	km := 0.0
	prev := depot
	for _, s := range route {
		km += dist(prev, vs[s])
		prev = vs[s]
	}
	return km + dist(prev, depot)
}
