package main

import (
	"math"
	"math/rand"
	"strconv"
)

// Stop is a tram platform pair (both directions share one stop id).
type Stop struct {
	ID     int
	Name   string
	X, Y   float64 // metres on the city grid
	Weight float64 // relative passenger demand
}

// Line is an ordered sequence of stops served by one tram route.
type Line struct {
	ID       int
	Name     string
	Stops    []int
	SpeedKmh float64
	Headway  [2]int // peak, off-peak headway in seconds
}

// Footpath is a walking transfer between two nearby stops.
type Footpath struct {
	To      int
	Seconds int32
}

type Network struct {
	Stops     []Stop
	Lines     []Line
	Footpaths [][]Footpath
}

const (
	cityWidth   = 18000.0
	mergeRadius = 180.0
	walkRadius  = 450.0
	walkSpeed   = 1.3 // m/s, with detours
)

var streetNames = []string{
	"Market", "Cathedral", "Mill", "Harbour", "Station", "Linden", "Quarry",
	"Brewery", "Tannery", "Observatory", "Canal", "Foundry", "Orchard", "Bastion",
}

type grid struct {
	cell  float64
	cells map[[2]int][]int
}

func (g *grid) key(x, y float64) [2]int {
	return [2]int{int(math.Floor(x / g.cell)), int(math.Floor(y / g.cell))}
}

func (g *grid) add(id int, x, y float64) {
	k := g.key(x, y)
	g.cells[k] = append(g.cells[k], id)
}

func (g *grid) near(x, y, r float64, fn func(id int)) {
	k := g.key(x, y)
	span := int(math.Ceil(r / g.cell))
	for dx := -span; dx <= span; dx++ {
		for dy := -span; dy <= span; dy++ {
			for _, id := range g.cells[[2]int{k[0] + dx, k[1] + dy}] {
				fn(id)
			}
		}
	}
}

// BuildNetwork lays out tram lines as noisy radial and tangential routes
// through a city and merges stops that fall on top of each other.
func BuildNetwork(nLines int, seed int64) *Network {
	rng := rand.New(rand.NewSource(seed))
	n := &Network{}
	idx := &grid{cell: 500, cells: map[[2]int][]int{}}

	stopAt := func(x, y float64) int {
		best, bestD := -1, mergeRadius
		idx.near(x, y, mergeRadius, func(id int) {
			s := &n.Stops[id]
			if d := math.Hypot(s.X-x, s.Y-y); d < bestD {
				best, bestD = id, d
			}
		})
		if best >= 0 {
			n.Stops[best].Weight += 0.6
			return best
		}
		id := len(n.Stops)
		name := streetNames[rng.Intn(len(streetNames))] + " " + strconv.Itoa(id)
		centre := math.Hypot(x-cityWidth/2, y-cityWidth/2)
		n.Stops = append(n.Stops, Stop{ID: id, Name: name, X: x, Y: y, Weight: 1 + 3*math.Exp(-centre/3000)})
		idx.add(id, x, y)
		return id
	}

	for l := 0; l < nLines; l++ {
		line := Line{ID: l, Name: "T" + strconv.Itoa(l+1), SpeedKmh: 17 + rng.Float64()*8}
		if l%3 == 2 {
			line.Headway = [2]int{600, 900}
		} else {
			line.Headway = [2]int{300, 600}
		}
		var x, y, heading float64
		if l%4 == 3 {
			// tangential line: starts on a ring around the centre
			a := rng.Float64() * 2 * math.Pi
			x = cityWidth/2 + 5000*math.Cos(a)
			y = cityWidth/2 + 5000*math.Sin(a)
			heading = a + math.Pi/2
		} else {
			// radial line: from one edge through the centre to another
			a := rng.Float64() * 2 * math.Pi
			x = cityWidth/2 + 8500*math.Cos(a)
			y = cityWidth/2 + 8500*math.Sin(a)
			heading = a + math.Pi + (rng.Float64()-0.5)*0.5
		}
		nStops := 26 + rng.Intn(14)
		for s := 0; s < nStops; s++ {
			id := stopAt(x, y)
			if k := len(line.Stops); k == 0 || line.Stops[k-1] != id {
				line.Stops = append(line.Stops, id)
			}
			step := 420 + rng.Float64()*260
			if l%4 == 3 {
				heading += 0.11 + (rng.Float64()-0.5)*0.08
			} else {
				heading += (rng.Float64() - 0.5) * 0.22
			}
			x = math.Max(0, math.Min(cityWidth, x+step*math.Cos(heading)))
			y = math.Max(0, math.Min(cityWidth, y+step*math.Sin(heading)))
		}
		n.Lines = append(n.Lines, line)
	}

	n.Footpaths = make([][]Footpath, len(n.Stops))
	for i := range n.Stops {
		s := &n.Stops[i]
		idx.near(s.X, s.Y, walkRadius, func(j int) {
			if j == i {
				return
			}
			d := math.Hypot(n.Stops[j].X-s.X, n.Stops[j].Y-s.Y)
			if d <= walkRadius {
				n.Footpaths[i] = append(n.Footpaths[i], Footpath{To: j, Seconds: int32(60 + d/walkSpeed)})
			}
		})
	}
	return n
}

func (n *Network) Distance(a, b int) float64 {
	return math.Hypot(n.Stops[a].X-n.Stops[b].X, n.Stops[a].Y-n.Stops[b].Y)
}
