package main

import "sort"

// Grade is a hardwood lumber grade in the clear-cutting system.
type Grade struct {
	Name string
	Rank int
}

var (
	GradeFAS   = Grade{"FAS", 0}
	GradeSel   = Grade{"Selects", 1}
	Grade1C    = Grade{"No.1 Common", 2}
	Grade2AC   = Grade{"No.2A Common", 3}
	Grade3AC   = Grade{"No.3A Common", 4}
	GradeBelow = Grade{"Below Grade", 5}
)

// gradeRule is the minimum yield and the cutting limits for one grade.
type gradeRule struct {
	grade        Grade
	minWidthIn   float64
	minLengthFt  int
	minYield     float64 // fraction of surface measure in clear cuttings
	maxCuttings  func(sm float64) int
	minCutWidth  float64
	minCutLength float64 // inches
}

// GradeRules grades boards from their scanned defect maps.
type GradeRules struct {
	rules []gradeRule
	grid  []bool
}

func StandardGradeRules() *GradeRules {
	return &GradeRules{rules: []gradeRule{
		{GradeFAS, 6, 8, 10.0 / 12, func(sm float64) int { return int(sm/4) + 1 }, 3, 60},
		{GradeSel, 4, 6, 10.0 / 12, func(sm float64) int { return int(sm/4) + 1 }, 3, 60},
		{Grade1C, 3, 4, 8.0 / 12, func(sm float64) int { return int(sm/3) + 1 }, 3, 36},
		{Grade2AC, 3, 4, 6.0 / 12, func(sm float64) int { return int(sm / 2) }, 3, 24},
		{Grade3AC, 3, 4, 4.0 / 12, func(sm float64) int { return int(sm) + 2 }, 1.5, 24},
	}}
}

const (
	cellIn    = 0.5 // grid resolution across the board, inches
	rowCellIn = 1.0 // grid resolution along the board, inches
)

// Grade returns the highest grade whose clear-cutting requirement the board's
// poor face meets.
func (g *GradeRules) Grade(b *Board) Grade {
	cols := int(b.WidthIn / cellIn)
	rows := int(float64(b.LengthFt*12) / rowCellIn)
	g.markDefects(b, rows, cols)
	sm := b.WidthIn * float64(b.LengthFt) / 12
	for _, r := range g.rules {
		if b.WidthIn < r.minWidthIn || b.LengthFt < r.minLengthFt {
			continue
		}
		units, cuts := g.clearCuttings(rows, cols, r.minCutWidth, r.minCutLength, r.maxCuttings(sm))
		if cuts > 0 && units >= r.minYield*sm*12 {
			return r.grade
		}
	}
	return GradeBelow
}

func (g *GradeRules) markDefects(b *Board, rows, cols int) {
	n := rows * cols
	if cap(g.grid) < n {
		g.grid = make([]bool, n)
	}
	g.grid = g.grid[:n]
	for i := range g.grid {
		g.grid[i] = false
	}
	for _, d := range b.Defects {
		r0, r1 := clampCell(d.X, rowCellIn, rows), clampCell(d.X+d.Length, rowCellIn, rows)
		c0, c1 := clampCell(d.Y, cellIn, cols), clampCell(d.Y+d.Width, cellIn, cols)
		for r := r0; r <= r1; r++ {
			row := g.grid[r*cols : (r+1)*cols]
			for c := c0; c <= c1; c++ {
				row[c] = true
			}
		}
	}
}

func clampCell(in, cell float64, n int) int {
	c := int(in / cell)
	if c < 0 {
		return 0
	}
	if c >= n {
		return n - 1
	}
	return c
}

type cutting struct {
	units float64
}

// clearCuttings finds the best set of clear cuttings, trying every rip strip
// that is at least minWidth wide, and returns the cutting units (width in
// inches times length in feet) of the best maxCuts cuttings.
func (g *GradeRules) clearCuttings(rows, cols int, minWidth, minLength float64, maxCuts int) (float64, int) {
	if maxCuts <= 0 {
		return 0, 0
	}
	minCols := int(minWidth / cellIn)
	minRows := int(minLength / rowCellIn)
	var best []cutting
	bestTotal := 0.0
	for left := 0; left+minCols <= cols; left += minCols {
		for right := cols; right-left >= minCols; right -= minCols {
			var cuts []cutting
			run := 0
			for r := 0; r < rows; r++ {
				clear := true
				row := g.grid[r*cols+left : r*cols+right]
				for _, d := range row {
					if d {
						clear = false
						break
					}
				}
				if clear {
					run++
					continue
				}
				if run >= minRows {
					cuts = append(cuts, cutting{float64(right-left) * cellIn * float64(run) * rowCellIn / 12})
				}
				run = 0
			}
			if run >= minRows {
				cuts = append(cuts, cutting{float64(right-left) * cellIn * float64(run) * rowCellIn / 12})
			}
			sort.Slice(cuts, func(i, j int) bool { return cuts[i].units > cuts[j].units })
			if len(cuts) > maxCuts {
				cuts = cuts[:maxCuts]
			}
			total := 0.0
			for _, c := range cuts {
				total += c.units
			}
			if total > bestTotal {
				bestTotal, best = total, cuts
			}
		}
	}
	return bestTotal, len(best)
}
