package main

import "math"

const aisleWidthM = 3.2
const bayWidthM = 1.35
const crossAisleBays = 20

// walkDistance is the rectilinear walking distance between two pick faces in a
// layout with cross aisles every crossAisleBays bays.
func walkDistance(a, b Location) float64 {
	if a.Aisle == b.Aisle {
		return math.Abs(float64(a.Bay-b.Bay)) * bayWidthM
	}
	best := math.MaxFloat64
	for cross := 0; cross <= 60; cross += crossAisleBays {
		d := math.Abs(float64(a.Bay-cross))*bayWidthM + math.Abs(float64(b.Bay-cross))*bayWidthM
		if d < best {
			best = d
		}
	}
	return best + math.Abs(float64(a.Aisle-b.Aisle))*aisleWidthM
}

// planRoute orders the stops with nearest-neighbour then improves with 2-opt.
func planRoute(depot Location, stops []Location) ([]int, float64) {
	n := len(stops)
	pts := make([]Location, n+1)
	pts[0] = depot
	copy(pts[1:], stops)
	dist := make([][]float64, n+1)
	for i := range dist {
		dist[i] = make([]float64, n+1)
		for j := range dist[i] {
			dist[i][j] = walkDistance(pts[i], pts[j])
		}
	}
	tour := make([]int, 0, n+2)
	tour = append(tour, 0)
	used := make([]bool, n+1)
	used[0] = true
	cur := 0
	for len(tour) < n+1 {
		next, nd := -1, math.MaxFloat64
		for j := 1; j <= n; j++ {
			if !used[j] && dist[cur][j] < nd {
				next, nd = j, dist[cur][j]
			}
		}
		used[next] = true
		tour = append(tour, next)
		cur = next
	}
	tour = append(tour, 0)
	improved := true
	for improved {
		improved = false
		for i := 1; i < len(tour)-2; i++ {
			for k := i + 1; k < len(tour)-1; k++ {
				a, b := tour[i-1], tour[i]
				c, d := tour[k], tour[k+1]
				delta := dist[a][c] + dist[b][d] - dist[a][b] - dist[c][d]
				if delta < -1e-9 {
					for l, r := i, k; l < r; l, r = l+1, r-1 {
						tour[l], tour[r] = tour[r], tour[l]
					}
					improved = true
				}
			}
		}
	}
	total := 0.0
	for i := 0; i+1 < len(tour); i++ {
		total += dist[tour[i]][tour[i+1]]
	}
	order := make([]int, 0, n)
	for _, t := range tour[1 : len(tour)-1] {
		order = append(order, t-1)
	}
	return order, total
}
