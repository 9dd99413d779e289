package main

import (
	"sort"
	"strconv"
	"strings"
)

// SpeedTracker derives commercial speed per line from consecutive pings of
// the same vehicle on the same trip.
type SpeedTracker struct {
	last   map[int]Ping // by vehicle
	metres map[string]float64
	secs   map[string]int
	stops  map[string]int
}

func NewSpeedTracker() *SpeedTracker {
	return &SpeedTracker{
		last:   make(map[int]Ping, 128),
		metres: make(map[string]float64, 16),
		secs:   make(map[string]int, 16),
		stops:  make(map[string]int, 16),
	}
}

func (st *SpeedTracker) Observe(p Ping) {
	prev, ok := st.last[p.Vehicle]
	st.last[p.Vehicle] = p
	if !ok || prev.TripID != p.TripID {
		return
	}
	dt := p.Secs - prev.Secs
	if dt <= 0 || dt > 600 {
		return
	}
	st.metres[p.Line] += haversineM(prev.Lat, prev.Lon, p.Lat, p.Lon)
	st.secs[p.Line] += dt
	if p.DoorsOp {
		st.stops[p.Line]++
	}
}

func (st *SpeedTracker) Report() string {
	lines := make([]string, 0, len(st.metres))
	for l := range st.metres {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	var b strings.Builder
	b.WriteString("commercial speed (km/h):")
	for _, l := range lines {
		kmh := st.metres[l] / float64(st.secs[l]) * 3.6
		b.WriteString(" ")
		b.WriteString(l)
		b.WriteString("=")
		b.WriteString(strconv.FormatFloat(kmh, 'f', 1, 64))
	}
	b.WriteString("\n")
	return b.String()
}
