package main

import (
	"container/heap"
	"math"
	"time"
)

// roadNetwork is the hub-to-hub graph used for line-haul routing. Each edge
// carries its base distance; travel time depends on the departure hour
// (rush-hour congestion) and on the vehicle class needed for the parcel.
type roadNetwork struct {
	hubs  []Hub
	index map[string]int
	adj   [][]edge
}

type edge struct {
	to int
	km float64
	// tolled edges are avoided by heavy trucks when possible
	tolled bool
}

const maxDirectLegKm = 480.0

// regionalDepots spreads cross-dock depots over the service area on a
// jittered grid; line-haul trucks may only drive between nearby depots.
func regionalDepots(hubs []Hub) []Hub {
	out := append([]Hub(nil), hubs...)
	id := 0
	for lat := 38.5; lat <= 56.0; lat += 2.0 {
		for lon := -9.0; lon <= 22.0; lon += 2.9 {
			jl := math.Sin(lat*7+lon) * 0.3
			jo := math.Cos(lat*3-lon*5) * 0.4
			id++
			out = append(out, Hub{Code: depotCode(id), City: "depot", Lat: lat + jl, Lon: lon + jo})
		}
	}
	return out
}

func depotCode(id int) string {
	const digits = "0123456789"
	return "D" + string(digits[id/100%10]) + string(digits[id/10%10]) + string(digits[id%10])
}

func buildRoadNetwork(hubs []Hub) *roadNetwork {
	hubs = regionalDepots(hubs)
	n := &roadNetwork{hubs: hubs, index: make(map[string]int, len(hubs)), adj: make([][]edge, len(hubs))}
	for i, h := range hubs {
		n.index[h.Code] = i
	}
	for i := range hubs {
		for j := range hubs {
			if i == j {
				continue
			}
			km := haversineKm(hubs[i], hubs[j]) * 1.25
			if km <= maxDirectLegKm {
				n.adj[i] = append(n.adj[i], edge{to: j, km: km, tolled: (i+j)%3 == 0})
			}
		}
	}
	return n
}

type pqItem struct {
	node int
	cost float64
	at   float64 // hours since midnight at arrival
}

type pq []pqItem

func (q pq) Len() int            { return len(q) }
func (q pq) Less(i, j int) bool  { return q[i].cost < q[j].cost }
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x interface{}) { *q = append(*q, x.(pqItem)) }
func (q *pq) Pop() interface{} {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

// congestion returns a speed factor for the given clock hour.
func congestion(hour float64) float64 {
	h := math.Mod(hour, 24)
	morning := math.Exp(-(h - 8) * (h - 8) / 2)
	evening := math.Exp(-(h - 17.5) * (h - 17.5) / 2.5)
	return 1 + 0.6*morning + 0.7*evening
}

// Route finds the quickest hub path for a shipment departing at booking
// time, returning the path length in km and the transit time in hours.
func (n *roadNetwork) Route(from, to string, departure time.Time, weightKg float64) (float64, float64, []int) {
	src, dst := n.index[from], n.index[to]
	heavy := weightKg > 120
	speed := 78.0
	if heavy {
		speed = 68.0
	}
	start := float64(departure.Hour()) + float64(departure.Minute())/60

	best := make([]float64, len(n.hubs))
	dist := make([]float64, len(n.hubs))
	prev := make([]int, len(n.hubs))
	for i := range best {
		best[i] = math.Inf(1)
		prev[i] = -1
	}
	best[src] = 0
	q := &pq{{node: src, cost: 0, at: start}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(pqItem)
		if cur.cost > best[cur.node] {
			continue
		}
		if cur.node == dst {
			break
		}
		for _, e := range n.adj[cur.node] {
			hours := e.km / speed * congestion(cur.at)
			if heavy && e.tolled {
				hours *= 1.15
			}
			// transfer penalty at intermediate hubs
			if cur.node != src {
				hours += 1.5
			}
			c := cur.cost + hours
			if c < best[e.to] {
				best[e.to] = c
				dist[e.to] = dist[cur.node] + e.km
				prev[e.to] = cur.node
				heap.Push(q, pqItem{node: e.to, cost: c, at: cur.at + hours})
			}
		}
	}
	var path []int
	for v := dst; v != -1; v = prev[v] {
		path = append([]int{v}, path...)
	}
	return dist[dst], best[dst], path
}
