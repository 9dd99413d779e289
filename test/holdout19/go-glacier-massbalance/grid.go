package main

import (
	"math"
	"sort"
)

// BalanceGrid is the distributed annual balance over the glacier cells.
type BalanceGrid struct {
	dem          *DEM
	cells        []int // indices of glacier cells in the DEM
	balance      []float64
	glacierCells int
}

func NewBalanceGrid(dem *DEM) *BalanceGrid {
	g := &BalanceGrid{dem: dem}
	for i, on := range dem.OnGlacier {
		if on {
			g.cells = append(g.cells, i)
		}
	}
	g.glacierCells = len(g.cells)
	g.balance = make([]float64, len(g.cells))
	return g
}

// Interpolate spreads the stake balances over the glacier with an inverse
// distance weighting after removing the balance gradient with elevation, so
// that unsampled cells keep the vertical gradient of the network.
func (g *BalanceGrid) Interpolate(stakes []StakeBalance, power float64) {
	slope, icept := balanceGradient(stakes)
	resid := make([]float64, len(stakes))
	for i, s := range stakes {
		resid[i] = s.Annual - (icept + slope*s.Elev)
	}
	cols := g.dem.Cols
	cell := g.dem.CellM
	for k, idx := range g.cells {
		x := float64(idx%cols) * cell
		y := float64(idx/cols) * cell
		var num, den float64
		exact := false
		for i, s := range stakes {
			dx, dy := x-s.X, y-s.Y
			d2 := dx*dx + dy*dy
			if d2 < 1e-6 {
				num, den, exact = resid[i], 1, true
				break
			}
			w := 1 / math.Pow(d2, power/2)
			num += w * resid[i]
			den += w
		}
		_ = exact
		z := g.dem.Elev[idx]
		g.balance[k] = icept + slope*z + num/den
	}
}

// balanceGradient is the least-squares fit of annual balance on elevation.
func balanceGradient(stakes []StakeBalance) (slope, icept float64) {
	var sx, sy, sxx, sxy float64
	n := float64(len(stakes))
	for _, s := range stakes {
		sx += s.Elev
		sy += s.Annual
		sxx += s.Elev * s.Elev
		sxy += s.Elev * s.Annual
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icept = (sy - slope*sx) / n
	return
}

// GlacierWide is the area-averaged annual balance, m w.e.
func (g *BalanceGrid) GlacierWide() float64 {
	var sum float64
	for _, b := range g.balance {
		sum += b
	}
	return sum / float64(len(g.balance))
}

// Band is the balance of one elevation band.
type Band struct {
	Lower, Upper float64
	AreaKm2      float64
	Balance      float64
}

// Bands aggregates the grid into elevation bands of the given height.
func (g *BalanceGrid) Bands(step float64) []Band {
	byLower := map[float64]*Band{}
	cellKm2 := g.dem.CellM * g.dem.CellM / 1e6
	for k, idx := range g.cells {
		lower := math.Floor(g.dem.Elev[idx]/step) * step
		b := byLower[lower]
		if b == nil {
			b = &Band{Lower: lower, Upper: lower + step}
			byLower[lower] = b
		}
		b.AreaKm2 += cellKm2
		b.Balance += g.balance[k] * cellKm2
	}
	out := make([]Band, 0, len(byLower))
	for _, b := range byLower {
		b.Balance /= b.AreaKm2
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Lower < out[j].Lower })
	return out
}

// EquilibriumLine is the altitude where the band balance crosses zero,
// interpolated between band mid-points.
func EquilibriumLine(bands []Band) float64 {
	for i := 1; i < len(bands); i++ {
		a, b := bands[i-1], bands[i]
		if a.Balance < 0 && b.Balance >= 0 {
			za, zb := (a.Lower+a.Upper)/2, (b.Lower+b.Upper)/2
			return za + (zb-za)*(-a.Balance)/(b.Balance-a.Balance)
		}
	}
	return math.NaN()
}
