package main

import (
	"math"
	"math/rand"
)

// DEM is a surface elevation model of the glacier and its surroundings with a
// glacier outline mask, on a regular grid.
type DEM struct {
	Cols, Rows int
	CellM      float64
	Elev       []float64
	OnGlacier  []bool
}

func (d *DEM) At(c, r int) float64 { return d.Elev[r*d.Cols+c] }

// SynthesizeDEM builds a valley glacier flowing down the x axis: a tilted
// surface with a convex tongue, a cirque basin, and a little fractal noise.
func SynthesizeDEM(seed int64, cols, rows int, cellM float64) *DEM {
	r := rand.New(rand.NewSource(seed))
	d := &DEM{Cols: cols, Rows: rows, CellM: cellM, Elev: make([]float64, cols*rows), OnGlacier: make([]bool, cols*rows)}
	type wave struct{ kx, ky, ph, amp float64 }
	waves := make([]wave, 24)
	for i := range waves {
		k := float64(i+1) * 0.004
		waves[i] = wave{k * (r.Float64() - 0.5) * 2, k * (r.Float64() - 0.5) * 2, r.Float64() * 2 * math.Pi, 18 / float64(i+1)}
	}
	for y := 0; y < rows; y++ {
		for x := 0; x < cols; x++ {
			fx := float64(x) / float64(cols)
			fy := (float64(y) - float64(rows)/2) / float64(rows)
			z := 3350 - 1050*fx + 260*fy*fy
			for _, w := range waves {
				z += w.amp * math.Sin(w.kx*float64(x)*cellM/10+w.ky*float64(y)*cellM/10+w.ph)
			}
			d.Elev[y*cols+x] = z
			halfWidth := 0.38 - 0.22*fx
			d.OnGlacier[y*cols+x] = fx > 0.04 && fx < 0.93 && math.Abs(fy) < halfWidth
		}
	}
	return d
}

// SlopeAspect returns the surface slope and aspect (radians, aspect measured
// clockwise from north, y pointing south) at a cell by central differences.
func (d *DEM) SlopeAspect(idx int) (slope, aspect float64) {
	c, r := idx%d.Cols, idx/d.Cols
	cl, cr := max(c-1, 0), min(c+1, d.Cols-1)
	ru, rd := max(r-1, 0), min(r+1, d.Rows-1)
	dzdx := (d.At(cr, r) - d.At(cl, r)) / (float64(cr-cl) * d.CellM)
	dzdy := (d.At(c, rd) - d.At(c, ru)) / (float64(rd-ru) * d.CellM)
	slope = math.Atan(math.Hypot(dzdx, dzdy))
	aspect = math.Atan2(-dzdx, dzdy)
	if aspect < 0 {
		aspect += 2 * math.Pi
	}
	return
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
