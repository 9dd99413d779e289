package main

import "math"

// biquad is one second-order section in direct form II transposed.
type biquad struct {
	b0, b1, b2, a1, a2 float64
}

// bandpass is a 4th-order Butterworth band-pass made of a high-pass and a
// low-pass cascade, applied forwards and backwards for zero phase.
type bandpass struct {
	sections []biquad
}

func newBandpass(lowHz, highHz, fs float64) *bandpass {
	return &bandpass{sections: []biquad{
		highpassSection(lowHz, fs, 0.5412), highpassSection(lowHz, fs, 1.3066),
		lowpassSection(highHz, fs, 0.5412), lowpassSection(highHz, fs, 1.3066),
	}}
}

func lowpassSection(fc, fs, q float64) biquad {
	w := 2 * math.Pi * fc / fs
	alpha := math.Sin(w) / (2 * q)
	cw := math.Cos(w)
	a0 := 1 + alpha
	return biquad{b0: (1 - cw) / 2 / a0, b1: (1 - cw) / a0, b2: (1 - cw) / 2 / a0, a1: -2 * cw / a0, a2: (1 - alpha) / a0}
}

func highpassSection(fc, fs, q float64) biquad {
	w := 2 * math.Pi * fc / fs
	alpha := math.Sin(w) / (2 * q)
	cw := math.Cos(w)
	a0 := 1 + alpha
	return biquad{b0: (1 + cw) / 2 / a0, b1: -(1 + cw) / a0, b2: (1 + cw) / 2 / a0, a1: -2 * cw / a0, a2: (1 - alpha) / a0}
}

func (bp *bandpass) apply(x []float64) {
	for _, s := range bp.sections {
		s.run(x, false)
		s.run(x, true)
	}
}

func (s biquad) run(x []float64, reverse bool) {
	var z1, z2 float64
	n := len(x)
	for k := 0; k < n; k++ {
		i := k
		if reverse {
			i = n - 1 - k
		}
		in := x[i]
		out := s.b0*in + z1
		z1 = s.b1*in - s.a1*out + z2
		z2 = s.b2*in - s.a2*out
		x[i] = out
	}
}
