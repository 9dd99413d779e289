package main

import (
	"math"
	"math/rand"
)

const (
	sampleRate    = 100.0
	windowSeconds = 90
	windowSamples = int(windowSeconds * sampleRate)
)

type hypocentre struct {
	x, y, depth float64
	origin      float64 // seconds after window start
	magnitude   float64
}

// synthesizer produces waveform windows for each station: microseismic noise
// plus a damped P and S wavelet at the modelled arrival times.
type synthesizer struct {
	net   *network
	rng   *rand.Rand
	noise []float64 // per-station noise level
}

func newSynthesizer(n *network, seed int64) *synthesizer {
	s := &synthesizer{net: n, rng: rand.New(rand.NewSource(seed))}
	for i := range n.stations {
		s.noise = append(s.noise, 0.15+0.05*float64(i%4))
	}
	return s
}

func (s *synthesizer) nextEvent() hypocentre {
	return hypocentre{
		x:         s.net.minX + s.rng.Float64()*(s.net.maxX-s.net.minX),
		y:         s.net.minY + s.rng.Float64()*(s.net.maxY-s.net.minY),
		depth:     2 + s.rng.Float64()*18,
		origin:    10 + s.rng.Float64()*20,
		magnitude: 1.8 + s.rng.ExpFloat64()*0.5,
	}
}

func (s *synthesizer) waveform(h hypocentre, si int, out []float64) {
	st := &s.net.stations[si]
	tp := h.origin + travelTime(st, h.x, h.y, h.depth)
	ts := h.origin + travelTime(st, h.x, h.y, h.depth)*1.73
	dist := math.Hypot(st.x-h.x, st.y-h.y) + h.depth
	amp := 2 * math.Pow(10, h.magnitude) / dist
	level := s.noise[si]
	// Ocean microseism (0.2 Hz) plus white noise.
	phase := s.rng.Float64() * 2 * math.Pi
	for i := range out {
		t := float64(i) / sampleRate
		v := level * (0.8*math.Sin(2*math.Pi*0.2*t+phase) + s.rng.NormFloat64())
		if t >= tp {
			d := t - tp
			v += amp * math.Exp(-d*2.5) * math.Sin(2*math.Pi*6*d)
		}
		if t >= ts {
			d := t - ts
			v += 1.8 * amp * math.Exp(-d*1.5) * math.Sin(2*math.Pi*3.5*d)
		}
		out[i] = v
	}
}
