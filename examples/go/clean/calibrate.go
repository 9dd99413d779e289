package main

import "math"

// calibrate runs `rounds` rounds of a calibration that multiplies the
// sensor cross-correlation matrix by the current gain matrix, and returns
// the trace of the result.
func calibrate(n, rounds int) float64 {
	a := make([]float64, n*n)
	g := make([]float64, n*n)
	out := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i*n+j] = math.Sin(float64(i*j%97)) / float64(n)
			if i == j {
				g[i*n+j] = 1
			}
		}
	}
	for r := 0; r < rounds; r++ {
		matMul(out, a, g, n)
		g, out = out, g
		normalise(g)
	}
	trace := 0.0
	for i := 0; i < n; i++ {
		trace += g[i*n+i]
	}
	return trace
}

// matMul sets out = a × b for n×n row-major matrices (i-k-j order, so the
// inner loop walks both b and out sequentially).
func matMul(out, a, b []float64, n int) {
	for i := range out {
		out[i] = 0
	}
	for i := 0; i < n; i++ {
		row := out[i*n : (i+1)*n]
		for k := 0; k < n; k++ {
			aik := a[i*n+k]
			bk := b[k*n : (k+1)*n]
			for j, v := range bk {
				row[j] += aik * v
			}
		}
	}
}

// normalise scales m so that its largest absolute entry is 1.
func normalise(m []float64) {
	max := 0.0
	for _, v := range m {
		if math.Abs(v) > max {
			max = math.Abs(v)
		}
	}
	if max == 0 {
		return
	}
	for i := range m {
		m[i] /= max
	}
}
