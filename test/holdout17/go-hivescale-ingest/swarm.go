package main

import (
	"math"
	"time"
)

// SwarmEvent is raised when a colony loses a large share of its bees after
// a period of queen piping.
type SwarmEvent struct {
	HiveID   string
	At       time.Time
	LossKg   float64
	PipingDB float64
}

type frame struct {
	at       time.Time
	weight   float64
	spectrum []float64
}

type hiveTrace struct {
	history   []frame // newest first
	lastAlert time.Time
}

// SwarmDetector keeps a short history per hive and looks for the typical
// signature of a prime swarm: raised 400-500 Hz energy followed by a sudden
// weight loss while the lid stays closed.
type SwarmDetector struct {
	window int
	traces map[string]*hiveTrace
	events []SwarmEvent
}

func NewSwarmDetector(window int) *SwarmDetector {
	return &SwarmDetector{window: window, traces: make(map[string]*hiveTrace)}
}

func (d *SwarmDetector) Observe(h *Hive, r *Reading) {
	t := d.traces[h.ID]
	if t == nil {
		t = &hiveTrace{}
		d.traces[h.ID] = t
	}
	f := frame{at: r.At, weight: r.WeightKg, spectrum: relativeSpectrum(r.Acoustic[:])}
	t.history = append([]frame{f}, t.history...)
	if len(t.history) > d.window {
		t.history = t.history[:d.window]
	}
	if len(t.history) < 8 || r.At.Sub(t.lastAlert) < 12*time.Hour {
		return
	}

	// Weight change over the last half hour (three samples) against the
	// level before; a lifted super shows as a drop of 5 kg or more and is
	// not a swarm.
	var recent, before []float64
	for i, fr := range t.history {
		if i < 3 {
			recent = append(recent, fr.weight)
		} else {
			before = append(before, fr.weight)
		}
	}
	drop := median(before) - median(recent)
	if drop < 0.9 || drop > 4.5 {
		return
	}
	var piping []float64
	for _, fr := range t.history[3:] {
		piping = append(piping, fr.spectrum[6]+fr.spectrum[7])
	}
	peak := math.Inf(-1)
	for _, p := range piping {
		peak = math.Max(peak, p)
	}
	if peak < 8 {
		return
	}
	t.lastAlert = r.At
	d.events = append(d.events, SwarmEvent{HiveID: h.ID, At: r.At, LossKg: drop, PipingDB: peak / 2})
}

// relativeSpectrum expresses each band relative to the colony hum (the mean
// of the 190-310 Hz bands).
func relativeSpectrum(bands []float64) []float64 {
	hum := (bands[3] + bands[4]) / 2
	var out []float64
	for _, b := range bands {
		out = append(out, b-hum)
	}
	return out
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := make([]float64, len(xs))
	copy(s, xs)
	insertionSort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func insertionSort(s []float64) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i - 1
		for j >= 0 && s[j] > v {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = v
	}
}
