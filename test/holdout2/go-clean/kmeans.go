package main

import (
	"math"
	"strconv"
)

type kMeans struct {
	points  []Point
	centers []Point
	assign  []int32
	sumX    []float64
	sumY    []float64
	sumW    []float64
	count   []int
	inertia float64
}

func newKMeans(points []Point, k int) *kMeans {
	km := &kMeans{
		points:  points,
		centers: make([]Point, k),
		assign:  make([]int32, len(points)),
		sumX:    make([]float64, k),
		sumY:    make([]float64, k),
		sumW:    make([]float64, k),
		count:   make([]int, k),
	}
	// Deterministic spread-out seeding: farthest-point from the previous centres.
	km.centers[0] = points[0]
	minDist := make([]float64, len(points))
	for i := range minDist {
		minDist[i] = math.Inf(1)
	}
	for c := 1; c < k; c++ {
		best, bestD := 0, -1.0
		for i, p := range points {
			d := sq(p.X-km.centers[c-1].X) + sq(p.Y-km.centers[c-1].Y)
			if d < minDist[i] {
				minDist[i] = d
			}
			if minDist[i] > bestD {
				best, bestD = i, minDist[i]
			}
		}
		km.centers[c] = points[best]
	}
	return km
}

func sq(v float64) float64 { return v * v }

func (km *kMeans) fit(iterations int) {
	for it := 0; it < iterations; it++ {
		for c := range km.centers {
			km.sumX[c], km.sumY[c], km.sumW[c], km.count[c] = 0, 0, 0, 0
		}
		km.inertia = 0
		for i, p := range km.points {
			best, bestD := 0, math.Inf(1)
			for c, ctr := range km.centers {
				d := sq(p.X-ctr.X) + sq(p.Y-ctr.Y)
				if d < bestD {
					best, bestD = c, d
				}
			}
			km.assign[i] = int32(best)
			km.inertia += bestD * p.W
			km.sumX[best] += p.X * p.W
			km.sumY[best] += p.Y * p.W
			km.sumW[best] += p.W
			km.count[best]++
		}
		for c := range km.centers {
			if km.sumW[c] > 0 {
				km.centers[c] = Point{km.sumX[c] / km.sumW[c], km.sumY[c] / km.sumW[c], km.sumW[c]}
			}
		}
	}
}

// appendSummary appends one line describing cluster c to dst.
func (km *kMeans) appendSummary(dst []byte, c int) []byte {
	dst = append(dst, "k="...)
	dst = strconv.AppendInt(dst, int64(len(km.centers)), 10)
	dst = append(dst, " cluster="...)
	dst = strconv.AppendInt(dst, int64(c), 10)
	dst = append(dst, " centre="...)
	dst = strconv.AppendFloat(dst, km.centers[c].X, 'f', 3, 64)
	dst = append(dst, ',')
	dst = strconv.AppendFloat(dst, km.centers[c].Y, 'f', 3, 64)
	dst = append(dst, " points="...)
	dst = strconv.AppendInt(dst, int64(km.count[c]), 10)
	dst = append(dst, " weight="...)
	dst = strconv.AppendFloat(dst, km.sumW[c], 'f', 0, 64)
	return append(dst, '\n')
}
