package main

// Tower describes a building served by one elevator group.
type Tower struct {
	Name       string
	Floors     int
	Cars       int
	Population int
}

type Direction int8

const (
	Idle Direction = 0
	Up   Direction = 1
	Down Direction = -1
)

// Passenger is a single hall call with its destination.
type Passenger struct {
	Origin, Dest int
	ArrivedAt    int // simulation second
	BoardedAt    int
}

func (p *Passenger) dir() Direction {
	if p.Dest > p.Origin {
		return Up
	}
	return Down
}

// Car is one elevator.
type Car struct {
	Floor    int
	Dir      Direction
	DoorTime int // remaining seconds doors stay open
	Capacity int
	Riders   []Passenger
	Stops    []bool // per-floor stop requests
	Assigned []int  // hall call floors assigned by dispatcher (queue)
}

func newCar(floors, capacity int) *Car {
	return &Car{
		Capacity: capacity,
		Riders:   make([]Passenger, 0, capacity),
		Stops:    make([]bool, floors),
		Assigned: make([]int, 0, 16),
	}
}

func (c *Car) hasWork() bool {
	if len(c.Riders) > 0 || len(c.Assigned) > 0 {
		return true
	}
	for _, s := range c.Stops {
		if s {
			return true
		}
	}
	return false
}

// nextTarget returns the closest floor in the current direction that the car
// must visit, or -1.
func (c *Car) nextTarget() int {
	best, bestDist := -1, 1<<30
	for f, s := range c.Stops {
		if !s {
			continue
		}
		d := f - c.Floor
		if c.Dir == Up && d < 0 || c.Dir == Down && d > 0 {
			d = abs(d) + 2*len(c.Stops)
		}
		if abs(d) < bestDist {
			best, bestDist = f, abs(d)
		}
	}
	loaded := len(c.Riders) > 0
	for _, f := range c.Assigned {
		// a loaded car delivers its riders before reopening on this floor
		if loaded && f == c.Floor {
			continue
		}
		d := abs(f - c.Floor)
		if d < bestDist {
			best, bestDist = f, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
