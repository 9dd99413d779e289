package main

import (
	"math"
	"sort"
)

// Alert kinds raised by the analyzer.
const (
	AlertSwarm      = "swarm-departure"
	AlertPiping     = "queen-piping"
	AlertQueenless  = "brood-cooling"
	AlertSilent     = "hive-silent"
	AlertLowBattery = "low-battery"
)

type Alert struct {
	Hive  string
	Kind  string
	At    int64
	Score float64
}

// Analyzer inspects hourly snapshots and raises (de-duplicated) alerts.
type Analyzer struct {
	fleet    *Fleet
	alerts   []Alert
	open     map[string]int64 // hive+kind -> last raised
	scratch  []float64
	scratch2 []float64
	health   map[string]float64
	inspects int
}

func NewAnalyzer(f *Fleet) *Analyzer {
	return &Analyzer{fleet: f, open: map[string]int64{}, health: map[string]float64{}}
}

func (a *Analyzer) Inspect(snap *FleetState) {
	a.inspects++
	ids := make([]string, 0, len(snap.Hives))
	for id := range snap.Hives {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		hs := snap.Hives[id]
		score := 1.0
		if snap.AsOf-hs.LastSeen > 3*interval {
			a.raise(id, AlertSilent, snap.AsOf, float64(snap.AsOf-hs.LastSeen))
			score -= 0.3
		}
		if hs.Battery > 0 && hs.Battery < 3.4 {
			a.raise(id, AlertLowBattery, snap.AsOf, hs.Battery)
		}
		a.scratch = hs.Weight.Ordered(a.scratch)
		if drop := largestStepDrop(a.scratch, 6); drop > 1.2 {
			a.raise(id, AlertSwarm, snap.AsOf, drop)
			score -= 0.4
		}
		slope := trendPerHour(a.scratch)
		a.scratch2 = hs.Acoustic.Ordered(a.scratch2)
		if piping := bandShare(a.scratch2, 380, 520); piping > 0.4 {
			a.raise(id, AlertPiping, snap.AsOf, piping)
			score -= 0.2
		}
		a.scratch2 = hs.BroodTemp.Ordered(a.scratch2)
		mean, sd := meanStd(a.scratch2)
		if len(a.scratch2) >= 12 && (mean < 32.5 || sd > 1.5) {
			a.raise(id, AlertQueenless, snap.AsOf, sd)
			score -= 0.5
		}
		score += math.Max(-0.2, math.Min(0.2, slope*2))
		prev, ok := a.health[id]
		if !ok {
			prev = score
		}
		a.health[id] = 0.9*prev + 0.1*score
	}
}

func (a *Analyzer) raise(hive, kind string, at int64, score float64) {
	key := hive + "|" + kind
	if last, ok := a.open[key]; ok && at-last < 12*3600 {
		return
	}
	a.open[key] = at
	a.alerts = append(a.alerts, Alert{Hive: hive, Kind: kind, At: at, Score: score})
}

// largestStepDrop is the largest decrease between a sample and any of the
// following `window` samples.
func largestStepDrop(xs []float64, window int) float64 {
	best := 0.0
	for i := range xs {
		for j := i + 1; j < len(xs) && j <= i+window; j++ {
			if d := xs[i] - xs[j]; d > best {
				best = d
			}
		}
	}
	return best
}

// trendPerHour fits a least-squares line through ten-minute samples.
func trendPerHour(xs []float64) float64 {
	n := float64(len(xs))
	if n < 3 {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for i, y := range xs {
		x := float64(i) / 6
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return 0
	}
	return (n*sxy - sx*sy) / den
}

func bandShare(xs []float64, lo, hi float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	in := 0
	for _, x := range xs[len(xs)/2:] {
		if x >= lo && x <= hi {
			in++
		}
	}
	return float64(in) / float64(len(xs)-len(xs)/2)
}

func meanStd(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	m := s / float64(len(xs))
	var v float64
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return m, math.Sqrt(v / float64(len(xs)))
}
