package main

import (
	"container/heap"
	"math"
	"math/rand"
)

// NodeKind classifies a point of the haul road network.
type NodeKind int

const (
	Junction NodeKind = iota
	LoadingFace
	Crusher
	WasteDump
)

// Node is a point of the haul road network.
type Node struct {
	Name      string
	Kind      NodeKind
	Elevation float64 // metres above datum
	Ore       bool    // loading face in ore (to crusher) or waste (to dump)
}

// Segment is a one-way stretch of haul road.
type Segment struct {
	From, To   int
	Length     float64 // metres
	Grade      float64 // percent, positive when climbing from From to To
	Rolling    float64 // rolling resistance, percent
	SpeedLimit float64 // metres per second
}

// Pit is the road network of the mine.
type Pit struct {
	Nodes    []Node
	Segments []Segment
	Out      [][]int
	Shovels  []int
	Crusher  int
	Dump     int
}

// Route is the haul and return path between a loading face and its
// destination.
type Route struct {
	Shovel, Destination int
	Haul, Return        []int // segment indices
	HaulLength          float64
	Lift                float64
}

func (p *Pit) addNode(n Node) int {
	p.Nodes = append(p.Nodes, n)
	p.Out = append(p.Out, nil)
	return len(p.Nodes) - 1
}

func (p *Pit) addRoad(a, b int, rolling, limit float64) {
	na, nb := p.Nodes[a], p.Nodes[b]
	dz := nb.Elevation - na.Elevation
	// Ramps are built at about 8-10 % grade; flat roads are measured.
	length := math.Abs(dz) / 0.09
	if length < 250 {
		length = 250 + math.Abs(dz)*3
	}
	grade := dz / length * 100
	p.Segments = append(p.Segments, Segment{From: a, To: b, Length: length, Grade: grade, Rolling: rolling, SpeedLimit: limit})
	p.Out[a] = append(p.Out[a], len(p.Segments)-1)
	p.Segments = append(p.Segments, Segment{From: b, To: a, Length: length, Grade: -grade, Rolling: rolling, SpeedLimit: limit})
	p.Out[b] = append(p.Out[b], len(p.Segments)-1)
}

// BuildPit lays out a benched pit with a spiral ramp, a primary crusher on
// the rim and an ex-pit waste dump.
func BuildPit(seed int64) *Pit {
	r := rand.New(rand.NewSource(seed))
	p := &Pit{}
	rim := 420.0
	const benches = 9
	p.Crusher = p.addNode(Node{Name: "PC01", Kind: Crusher, Elevation: rim + 6})
	p.Dump = p.addNode(Node{Name: "WD-North", Kind: WasteDump, Elevation: rim + 35})
	top := p.addNode(Node{Name: "RAMP-TOP", Kind: Junction, Elevation: rim})
	p.addRoad(top, p.Crusher, 2.0, 13)
	dumpJ := p.addNode(Node{Name: "DUMP-J", Kind: Junction, Elevation: rim + 10})
	p.addRoad(top, dumpJ, 2.5, 13)
	p.addRoad(dumpJ, p.Dump, 3.5, 9)
	prev := top
	ramp := []int{top}
	for b := 1; b <= benches; b++ {
		elev := rim - float64(b)*15
		j := p.addNode(Node{Name: "RAMP-" + string(rune('A'+b)), Kind: Junction, Elevation: elev})
		p.addRoad(prev, j, 2.0+r.Float64(), 11)
		prev = j
		ramp = append(ramp, j)
		if b >= 3 && b%2 == 1 || b == benches {
			faces := 1
			if b == benches {
				faces = 2
			}
			for f := 0; f < faces; f++ {
				face := p.addNode(Node{
					Name: "SH" + string(rune('0'+len(p.Shovels)+1)), Kind: LoadingFace,
					Elevation: elev - r.Float64()*3, Ore: b >= 5,
				})
				p.addRoad(j, face, 3.0+2*r.Float64(), 7)
				p.Shovels = append(p.Shovels, face)
			}
		}
	}
	// A second, steeper access ramp on the east wall shortens some hauls.
	east := p.addNode(Node{Name: "EAST-J", Kind: Junction, Elevation: rim - 75})
	p.addRoad(top, east, 2.5, 10)
	p.addRoad(east, ramp[6], 3.0, 10)
	return p
}

type pqItem struct {
	node int
	cost float64
}

type pqueue []pqItem

func (q pqueue) Len() int            { return len(q) }
func (q pqueue) Less(i, j int) bool  { return q[i].cost < q[j].cost }
func (q pqueue) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *pqueue) Push(x interface{}) { *q = append(*q, x.(pqItem)) }
func (q *pqueue) Pop() interface{} {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

// shortestPath finds the quickest path by nominal travel time.
func (p *Pit) shortestPath(from, to int, loaded bool) []int {
	dist := make([]float64, len(p.Nodes))
	via := make([]int, len(p.Nodes))
	for i := range dist {
		dist[i] = math.Inf(1)
		via[i] = -1
	}
	dist[from] = 0
	q := &pqueue{{from, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(pqItem)
		if it.cost > dist[it.node] {
			continue
		}
		if it.node == to {
			break
		}
		for _, si := range p.Out[it.node] {
			s := &p.Segments[si]
			c := it.cost + nominalTime(s, loaded)
			if c < dist[s.To] {
				dist[s.To] = c
				via[s.To] = si
				heap.Push(q, pqItem{s.To, c})
			}
		}
	}
	var path []int
	for n := to; n != from; {
		si := via[n]
		if si < 0 {
			return nil
		}
		path = append(path, si)
		n = p.Segments[si].From
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

func nominalTime(s *Segment, loaded bool) float64 {
	v := s.SpeedLimit
	eff := s.Grade + s.Rolling
	if loaded && eff > 0 {
		v = math.Min(v, 45/eff)
	}
	return s.Length / v
}

// PlanRoutes computes the haul and return roads for every loading face.
func (p *Pit) PlanRoutes() []Route {
	var routes []Route
	for _, sh := range p.Shovels {
		dest := p.Dump
		if p.Nodes[sh].Ore {
			dest = p.Crusher
		}
		rt := Route{Shovel: sh, Destination: dest,
			Haul: p.shortestPath(sh, dest, true), Return: p.shortestPath(dest, sh, false)}
		for _, si := range rt.Haul {
			rt.HaulLength += p.Segments[si].Length
		}
		rt.Lift = p.Nodes[dest].Elevation - p.Nodes[sh].Elevation
		routes = append(routes, rt)
	}
	return routes
}
