package main

import (
	"fmt"
	"math"
)

type hourBucket struct {
	block   *Block
	night   int
	hour    int
	n       int
	minTemp float64
	sumRisk float64
	maxRisk float64
	lastObs string
}

type bucketKey struct {
	block *Block
	night int
	hour  int
}

type AlertBoard struct {
	buckets map[bucketKey]*hourBucket
}

func NewAlertBoard() *AlertBoard {
	return &AlertBoard{buckets: make(map[bucketKey]*hourBucket, 1<<16)}
}

func (a *AlertBoard) Len() int { return len(a.buckets) }

// Record folds a scored reading into its block/night/hour bucket.
func (a *AlertBoard) Record(b *Block, r Reading, risk float64) {
	key := bucketKey{block: b, night: r.Night, hour: r.Hour}
	hb := a.buckets[key]
	if hb == nil {
		hb = &hourBucket{block: b, night: r.Night, hour: r.Hour, minTemp: math.Inf(1)}
		a.buckets[key] = hb
	}
	hb.n++
	hb.sumRisk += risk
	hb.maxRisk = math.Max(hb.maxRisk, risk)
	hb.minTemp = math.Min(hb.minTemp, r.TempC)
	hb.lastObs = fmt.Sprintf("%s %s (%v) @%.0fm %02d:%02d air %+.2f°C canopy %+.2f°C dew %+.2f°C rh %.1f%% wind %.2f m/s risk %.3f",
		r.Station, b.Variety, b.Stage, b.ElevationM, r.Hour, r.Minute, r.TempC, r.Canopy, DewPoint(r.TempC, r.RelHum), r.RelHum, r.WindMS, risk)
}

type Action struct {
	BlockCode string
	Measure   string
	Severity  float64
	MinTemp   float64
	Hours     int
	LastObs   string
}

// Decide turns hourly buckets into protection actions per block.
func (a *AlertBoard) Decide(o *Orchard) []Action {
	type agg struct {
		sev   float64
		min   float64
		hours int
		last  string
	}
	per := make(map[*Block]*agg)
	for _, hb := range a.buckets {
		mean := hb.sumRisk / float64(hb.n)
		if mean < 0.05 && hb.maxRisk < 0.2 {
			continue
		}
		g := per[hb.block]
		if g == nil {
			g = &agg{min: math.Inf(1)}
			per[hb.block] = g
		}
		g.sev += mean
		g.hours++
		if hb.minTemp < g.min {
			g.min = hb.minTemp
			g.last = hb.lastObs
		}
	}
	var out []Action
	for _, b := range o.Blocks {
		g := per[b]
		if g == nil {
			continue
		}
		measure := "monitor"
		switch {
		case g.min < -2 && b.HasSprinkle:
			measure = "over-tree sprinklers"
		case g.min < 1 && b.HasWindMach:
			measure = "wind machine"
		case g.min < 0:
			measure = "heaters / frost cloth"
		}
		out = append(out, Action{BlockCode: b.Code, Measure: measure, Severity: g.sev, MinTemp: g.min, Hours: g.hours, LastObs: g.last})
	}
	return out
}
