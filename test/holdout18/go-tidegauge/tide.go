package main

import "math"

// astronomicalTide evaluates the harmonic prediction (metres about datum) at unix time t.
func astronomicalTide(st *gaugeStation, t int64) float64 {
	hours := float64(t-epochStart) / 3600
	var h float64
	for _, c := range st.Constituents {
		arg := (c.speedDegH*hours - c.phaseDeg) * math.Pi / 180
		h += c.amplitude * math.Cos(arg)
	}
	return h
}

// residualFilter is a Godin-style cascade of running means used to take the
// remaining seiche and wind chop out of the surge residual.
type residualFilter struct {
	windows [3][]float64
	pos     [3]int
	sums    [3]float64
	filled  [3]int
}

func newResidualFilter() *residualFilter {
	f := &residualFilter{}
	for i, n := range []int{25, 25, 24} {
		f.windows[i] = make([]float64, n)
	}
	return f
}

func (f *residualFilter) push(v float64) float64 {
	for i := range f.windows {
		w := f.windows[i]
		f.sums[i] += v - w[f.pos[i]]
		w[f.pos[i]] = v
		f.pos[i] = (f.pos[i] + 1) % len(w)
		if f.filled[i] < len(w) {
			f.filled[i]++
		}
		v = f.sums[i] / float64(f.filled[i])
	}
	return v
}
