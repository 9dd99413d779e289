package main

import "math"

type onset struct {
	time float64
	snr  float64
}

type phasePick struct {
	station int
	time    float64
	snr     float64
}

// picker is a classic recursive STA/LTA trigger with an AIC refinement of the
// onset inside the triggered window.
type picker struct {
	fs            float64
	staN, ltaN    int
	triggerRatio  float64
	refineSamples int
}

func newPicker(fs, staSec, ltaSec, ratio float64) *picker {
	return &picker{fs: fs, staN: int(staSec * fs), ltaN: int(ltaSec * fs), triggerRatio: ratio, refineSamples: int(2 * fs)}
}

func (p *picker) pick(x, cf []float64) (onset, bool) {
	var sta, lta float64
	cs, cl := 1/float64(p.staN), 1/float64(p.ltaN)
	trig := -1
	best := 0.0
	for i, v := range x {
		e := v * v
		sta += (e - sta) * cs
		lta += (e - lta) * cl
		r := 0.0
		if i > p.ltaN && lta > 0 {
			r = sta / lta
		}
		cf[i] = r
		if trig < 0 && r > p.triggerRatio {
			trig = i
		}
		if trig >= 0 && r > best {
			best = r
		}
	}
	if trig < 0 {
		return onset{}, false
	}
	lo := trig - p.refineSamples
	if lo < 1 {
		lo = 1
	}
	hi := trig + p.refineSamples/4
	if hi > len(x)-1 {
		hi = len(x) - 1
	}
	return onset{time: float64(p.aicMinimum(x[lo:hi])+lo) / p.fs, snr: best}, true
}

// aicMinimum returns the index minimising the Akaike information criterion
// of a two-segment variance model (Maeda 1985).
func (p *picker) aicMinimum(w []float64) int {
	n := len(w)
	prefix := make([]float64, n+1)
	prefixSq := make([]float64, n+1)
	for i, v := range w {
		prefix[i+1] = prefix[i] + v
		prefixSq[i+1] = prefixSq[i] + v*v
	}
	bestK, bestAIC := 1, math.Inf(1)
	for k := 2; k < n-2; k++ {
		v1 := variance(prefix[k], prefixSq[k], k)
		v2 := variance(prefix[n]-prefix[k], prefixSq[n]-prefixSq[k], n-k)
		if v1 <= 0 || v2 <= 0 {
			continue
		}
		aic := float64(k)*math.Log(v1) + float64(n-k-1)*math.Log(v2)
		if aic < bestAIC {
			bestK, bestAIC = k, aic
		}
	}
	return bestK
}

func variance(sum, sumSq float64, n int) float64 {
	m := sum / float64(n)
	return sumSq/float64(n) - m*m
}
