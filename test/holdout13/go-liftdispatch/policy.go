package main

// Policy picks the car that should answer a new hall call.
type Policy interface {
	Name() string
	Choose(cars []*Car, floor int, dir Direction, floors int) int
}

type NearestCar struct{}

func (NearestCar) Name() string { return "nearest-car" }

func (NearestCar) Choose(cars []*Car, floor int, dir Direction, floors int) int {
	best, bestScore := 0, 1<<30
	for i, c := range cars {
		score := abs(c.Floor-floor) * 2
		if c.Dir != Idle && c.Dir != dir {
			score += floors
		}
		score += len(c.Assigned)
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// EstimatedTimeOfArrival estimates travel plus door dwell for every pending stop.
type EstimatedTimeOfArrival struct{}

func (EstimatedTimeOfArrival) Name() string { return "eta" }

func (EstimatedTimeOfArrival) Choose(cars []*Car, floor int, dir Direction, floors int) int {
	const travel, dwell = 2, 8
	best, bestETA := 0, 1<<30
	for i, c := range cars {
		pos := c.Floor
		eta := c.DoorTime
		// walk the car's pending stops in order of proximity
		for f, s := range c.Stops {
			if s && between(pos, f, floor) {
				eta += dwell
			}
		}
		for _, a := range c.Assigned {
			if between(pos, a, floor) {
				eta += dwell
			}
		}
		eta += abs(pos-floor) * travel
		if c.Dir != Idle && ((c.Dir == Up && floor < pos) || (c.Dir == Down && floor > pos)) {
			eta += 2 * floors * travel
		}
		if len(c.Riders) >= c.Capacity {
			eta += 60
		}
		if eta < bestETA {
			best, bestETA = i, eta
		}
	}
	return best
}

func between(a, x, b int) bool {
	if a > b {
		a, b = b, a
	}
	return x > a && x < b
}

// ZonedUpPeak splits upper floors between cars, falling back to ETA for down calls.
type ZonedUpPeak struct{}

func (ZonedUpPeak) Name() string { return "zoned" }

func (ZonedUpPeak) Choose(cars []*Car, floor int, dir Direction, floors int) int {
	if dir == Up && floor == 0 {
		return EstimatedTimeOfArrival{}.Choose(cars, floor, dir, floors)
	}
	zone := floor * len(cars) / floors
	if zone >= len(cars) {
		zone = len(cars) - 1
	}
	c := cars[zone]
	if len(c.Riders) < c.Capacity && len(c.Assigned) < 6 {
		return zone
	}
	return EstimatedTimeOfArrival{}.Choose(cars, floor, dir, floors)
}
