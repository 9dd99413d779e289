package main

import (
	"math"
	"sort"
)

type series struct {
	values []float64
	sum    float64
	max    float64
	score  float64
}

type seriesStore struct {
	byKey      map[string]*series
	alertCount int
	window     int
	flagged    int
}

func newSeriesStore() *seriesStore {
	return &seriesStore{byKey: make(map[string]*series), window: 256}
}

func (s *seriesStore) append(key string, r *Reading) {
	ser, ok := s.byKey[key]
	if !ok {
		ser = &series{max: math.Inf(-1)}
		s.byKey[key] = ser
	}
	if len(ser.values) >= s.window {
		ser.sum -= ser.values[0]
		copy(ser.values, ser.values[1:])
		ser.values = ser.values[:len(ser.values)-1]
	}
	ser.values = append(ser.values, r.Value)
	ser.sum += r.Value
	ser.max = math.Max(ser.max, r.Value)
	if n := len(ser.values); n >= 8 {
		mean := ser.sum / float64(n)
		var varsum float64
		for _, x := range ser.values {
			varsum += (x - mean) * (x - mean)
		}
		if sd := math.Sqrt(varsum / float64(n)); sd > 0 && math.Abs(r.Value-mean) > 3*sd {
			s.alertCount++
		}
	}
}

// rollup rescores every series window: robust spread (median/MAD),
// tail percentile and a least-squares trend.
func (s *seriesStore) rollup() {
	scratch := make([]float64, 0, s.window)
	dev := make([]float64, 0, s.window)
	s.flagged = 0
	for _, ser := range s.byKey {
		n := len(ser.values)
		if n < 16 {
			continue
		}
		scratch = append(scratch[:0], ser.values...)
		sort.Float64s(scratch)
		median := scratch[n/2]
		p99 := scratch[int(float64(n-1)*0.99)]
		dev = dev[:0]
		for _, v := range scratch {
			dev = append(dev, math.Abs(v-median))
		}
		sort.Float64s(dev)
		ser.score = math.Abs(trendSlope(ser.values)) * 10
		if mad := dev[n/2]; mad > 0 {
			ser.score += (p99 - median) / (mad * 1.4826)
		}
		if ser.score > 6 {
			s.flagged++
		}
	}
}

func trendSlope(ys []float64) float64 {
	n := float64(len(ys))
	var sx, sy, sxx, sxy float64
	for i, y := range ys {
		x := float64(i)
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	if d := n*sxx - sx*sx; d != 0 {
		return (n*sxy - sx*sy) / d
	}
	return 0
}
