package main

import (
	"math"
	"sort"
)

// associate groups picks whose times are consistent with one source: picks
// are sorted by time and split where the gap exceeds the network's maximum
// moveout.
func associate(picks []phasePick, n *network, minStations int) [][]phasePick {
	if len(picks) == 0 {
		return nil
	}
	sort.Slice(picks, func(i, j int) bool { return picks[i].time < picks[j].time })
	span := math.Hypot(n.maxX-n.minX, n.maxY-n.minY) / vp
	var groups [][]phasePick
	start := 0
	for i := 1; i <= len(picks); i++ {
		if i == len(picks) || picks[i].time-picks[start].time > span {
			if i-start >= minStations {
				groups = append(groups, picks[start:i])
			}
			start = i
		}
	}
	return groups
}

// locationGrid holds precomputed travel-time tables for a regular grid of
// trial hypocentres.
type locationGrid struct {
	xs, ys, zs []float64
	tt         [][]float64 // [node][station]
}

func newLocationGrid(n *network, stepKm, stepZ float64) *locationGrid {
	g := &locationGrid{}
	for x := n.minX - 10; x <= n.maxX+10; x += stepKm {
		g.xs = append(g.xs, x)
	}
	for y := n.minY - 10; y <= n.maxY+10; y += stepKm {
		g.ys = append(g.ys, y)
	}
	for z := 0.0; z <= 24; z += stepZ {
		g.zs = append(g.zs, z)
	}
	g.tt = make([][]float64, 0, len(g.xs)*len(g.ys)*len(g.zs))
	for _, x := range g.xs {
		for _, y := range g.ys {
			for _, z := range g.zs {
				row := make([]float64, len(n.stations))
				for si := range n.stations {
					row[si] = travelTime(&n.stations[si], x, y, z)
				}
				g.tt = append(g.tt, row)
			}
		}
	}
	return g
}

type solution struct {
	x, y, z, origin, rms float64
	nPicks               int
}

// locate finds the grid node with the smallest RMS residual, solving for the
// origin time analytically at each node (mean of pick minus travel time).
func (g *locationGrid) locate(picks []phasePick) solution {
	best := solution{rms: math.Inf(1), nPicks: len(picks)}
	nz, ny := len(g.zs), len(g.ys)
	for node, row := range g.tt {
		var mean float64
		for _, p := range picks {
			mean += p.time - row[p.station]
		}
		mean /= float64(len(picks))
		var ss float64
		for _, p := range picks {
			r := p.time - row[p.station] - mean
			ss += r * r
		}
		rms := math.Sqrt(ss / float64(len(picks)))
		if rms < best.rms {
			zi := node % nz
			yi := (node / nz) % ny
			xi := node / (nz * ny)
			best = solution{x: g.xs[xi], y: g.ys[yi], z: g.zs[zi], origin: mean, rms: rms, nPicks: len(picks)}
		}
	}
	return best
}
