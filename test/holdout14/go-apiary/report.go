package main

import (
	"fmt"
	"io"
	"sort"
)

type yardSummary struct {
	hives      int
	forecastKg float64
	requeen    int
	highMites  int
	atRisk     int
}

func writeReport(w io.Writer, health []ColonyHealth, skipped, snapshots int) {
	byYard := map[string]*yardSummary{}
	for _, c := range health {
		s := byYard[c.Yard]
		if s == nil {
			s = &yardSummary{}
			byYard[c.Yard] = s
		}
		s.hives++
		s.forecastKg += c.ForecastKg
		if c.NeedsRequeen {
			s.requeen++
		}
		if c.WinterOdds < 0.5 {
			s.atRisk++
		}
		if c.MiteTrend > 0.2 {
			s.highMites++
		}
	}
	names := make([]string, 0, len(byYard))
	for n := range byYard {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "%-14s %6s %12s %8s %10s %8s\n", "yard", "hives", "forecast_kg", "requeen", "high_mite", "at_risk")
	for _, n := range names {
		s := byYard[n]
		fmt.Fprintf(w, "%-14s %6d %12.1f %8d %10d %8d\n", n, s.hives, s.forecastKg, s.requeen, s.highMites, s.atRisk)
	}
	fmt.Fprintf(w, "top swarm risks:")
	for i := 0; i < 5 && i < len(health); i++ {
		fmt.Fprintf(w, " %s(%.2f)", health[i].Tag, health[i].SwarmRisk)
	}
	fmt.Fprintf(w, "\nskipped lines: %d, audit snapshots: %d\n", skipped, snapshots)
}
