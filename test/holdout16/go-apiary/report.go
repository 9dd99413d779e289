package main

import (
	"fmt"
	"io"
	"sort"
)

type hiveRank struct {
	ID     string
	Apiary string
	Gain   float64
	Health float64
}

type Report struct {
	Accepted   int
	Rejected   int
	Short      int
	Days       []DaySummary
	Top        []hiveRank
	Bottom     []hiveRank
	AlertCount map[string]int
	LowBattery int
	ByApiary   map[string]float64
	Inspects   int
}

func BuildReport(f *Fleet, ing *Ingestor, an *Analyzer) *Report {
	r := &Report{
		Accepted:   ing.accepted,
		Rejected:   ing.rejected,
		Short:      ing.short,
		Days:       ing.closed,
		AlertCount: map[string]int{},
		ByApiary:   map[string]float64{},
		LowBattery: len(ing.lowBattery),
		Inspects:   an.inspects,
	}
	ranks := make([]hiveRank, 0, len(f.Hives))
	for _, h := range f.Hives {
		hs := ing.state.Hives[h.ID]
		total := 0.0
		for _, g := range hs.DailyGain {
			total += g
		}
		ranks = append(ranks, hiveRank{ID: h.ID, Apiary: h.Apiary, Gain: total, Health: an.health[h.ID]})
		r.ByApiary[h.Apiary] += total
	}
	sort.Slice(ranks, func(i, j int) bool {
		if ranks[i].Gain != ranks[j].Gain {
			return ranks[i].Gain > ranks[j].Gain
		}
		return ranks[i].ID < ranks[j].ID
	})
	r.Top = ranks[:5]
	r.Bottom = ranks[len(ranks)-5:]
	for _, a := range an.alerts {
		r.AlertCount[a.Kind]++
	}
	return r
}

func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "readings accepted=%d rejected=%d short-uploads=%d snapshots=%d\n", r.Accepted, r.Rejected, r.Short, r.Inspects)
	fmt.Fprintln(w, "net weight change by apiary (kg):")
	names := make([]string, 0, len(r.ByApiary))
	for n := range r.ByApiary {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-14s %8.1f\n", n, r.ByApiary[n])
	}
	fmt.Fprintln(w, "strongest colonies:")
	for _, h := range r.Top {
		fmt.Fprintf(w, "  %s %-14s %+6.2f kg health %.2f\n", h.ID, h.Apiary, h.Gain, h.Health)
	}
	fmt.Fprintln(w, "weakest colonies:")
	for _, h := range r.Bottom {
		fmt.Fprintf(w, "  %s %-14s %+6.2f kg health %.2f\n", h.ID, h.Apiary, h.Gain, h.Health)
	}
	kinds := make([]string, 0, len(r.AlertCount))
	for k := range r.AlertCount {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintln(w, "alerts:")
	for _, k := range kinds {
		fmt.Fprintf(w, "  %-16s %d\n", k, r.AlertCount[k])
	}
	fmt.Fprintf(w, "hives with low battery readings: %d\n", r.LowBattery)
	if n := len(r.Days); n > 0 {
		last := r.Days[n-4:]
		for _, d := range last {
			fmt.Fprintf(w, "day %2d %-12s hives=%d mean=%.2f max-spread=%.2f (%s)\n", d.Day, d.Kind, d.Hives, d.MeanOfAvg, d.MaxSpread, d.WorstHive)
		}
	}
}
