package main

import (
	"math"
	"math/rand"
	"strconv"
)

type Mode uint8

const (
	Bus Mode = iota
	Tram
	Rail
)

func (m Mode) String() string {
	switch m {
	case Bus:
		return "BUS"
	case Tram:
		return "TRAM"
	default:
		return "RAIL"
	}
}

type Stop struct {
	ID       string
	Index    int
	Zone     int
	Mode     Mode
	Operator int
	X, Y     float64
}

type Network struct {
	Stops     []Stop
	ByID      map[string]int
	Operators []string
	Zones     int
	railStops []int
	busStops  []int
}

func BuildNetwork(seed int64) *Network {
	r := rand.New(rand.NewSource(seed))
	n := &Network{ByID: map[string]int{}, Zones: 6,
		Operators: []string{"CityBus", "Northern Coaches", "MetroTram", "Regional Rail", "Airport Link"}}
	add := func(prefix string, count int, mode Mode, ops []int) {
		for i := 0; i < count; i++ {
			ang := r.Float64() * 2 * math.Pi
			rad := math.Sqrt(r.Float64()) * 30
			zone := int(rad / 5)
			s := Stop{
				ID:       prefix + strconv.Itoa(10000+i),
				Index:    len(n.Stops),
				Zone:     zone,
				Mode:     mode,
				Operator: ops[r.Intn(len(ops))],
				X:        rad * math.Cos(ang),
				Y:        rad * math.Sin(ang),
			}
			n.ByID[s.ID] = s.Index
			n.Stops = append(n.Stops, s)
			if mode == Rail {
				n.railStops = append(n.railStops, s.Index)
			} else {
				n.busStops = append(n.busStops, s.Index)
			}
		}
	}
	add("B", 3200, Bus, []int{0, 1})
	add("T", 260, Tram, []int{2})
	add("R", 140, Rail, []int{3, 4})
	return n
}

func (n *Network) Distance(a, b int) float64 {
	sa, sb := &n.Stops[a], &n.Stops[b]
	return math.Hypot(sa.X-sb.X, sa.Y-sb.Y)
}
