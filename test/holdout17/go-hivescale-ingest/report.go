package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

type hiveSummary struct {
	Hive        *Hive
	GainKg      float64
	BestDay     int
	BestFlowKg  float64
	BroodStable int
	MinBattery  float64
}

type apiarySummary struct {
	Name   string
	Hives  int
	GainKg float64
	Swarms int
}

// Report is the end-of-replay summary sent to the beekeepers.
type Report struct {
	Season    time.Time
	Days      int
	Hives     []hiveSummary
	Apiaries  []apiarySummary
	Swarms    []SwarmEvent
	Accepted  int
	Rejected  int
	ByKind    map[Kind]int
	Unmatched int
	Blocks    int
	RawBytes  int
	ZipBytes  int
}

func buildReport(reg *Registry, roll *Rollup, sw *SwarmDetector, ar *Archive, st *ingestStats) *Report {
	days := 0
	for k := range roll.days {
		if k.day+1 > days {
			days = k.day + 1
		}
	}
	rep := &Report{Season: roll.season, Days: days, Swarms: sw.events,
		Accepted: st.accepted, Rejected: st.rejected, ByKind: st.byKind, Unmatched: len(st.unmatched),
		Blocks: len(ar.headers), RawBytes: ar.rawSize, ZipBytes: ar.out.Len()}
	byApiary := map[string]*apiarySummary{}
	for _, h := range reg.Hives() {
		gain, bestDay, bestFlow, stable := roll.HiveSeason(h, days)
		hs := hiveSummary{Hive: h, GainKg: gain, BestDay: bestDay, BestFlowKg: bestFlow, BroodStable: stable}
		if last := roll.last[h.ID]; last != nil {
			hs.MinBattery = last.MinBattery
		}
		rep.Hives = append(rep.Hives, hs)
		a := byApiary[h.Apiary]
		if a == nil {
			a = &apiarySummary{Name: h.Apiary}
			byApiary[h.Apiary] = a
		}
		a.Hives++
		a.GainKg += gain
	}
	hiveApiary := make(map[string]string, len(reg.Hives()))
	for _, h := range reg.Hives() {
		hiveApiary[h.ID] = h.Apiary
	}
	for _, ev := range sw.events {
		byApiary[hiveApiary[ev.HiveID]].Swarms++
	}
	for _, a := range byApiary {
		rep.Apiaries = append(rep.Apiaries, *a)
	}
	sort.Slice(rep.Apiaries, func(i, j int) bool { return rep.Apiaries[i].GainKg > rep.Apiaries[j].GainKg })
	sort.Slice(rep.Hives, func(i, j int) bool { return rep.Hives[i].GainKg > rep.Hives[j].GainKg })
	sort.Slice(rep.Swarms, func(i, j int) bool { return rep.Swarms[i].At.Before(rep.Swarms[j].At) })
	return rep
}

func (r *Report) Write(w io.Writer) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	fmt.Fprintf(bw, "Apiary network season report from %s, %d days\n", r.Season.Format("2006-01-02"), r.Days)
	fmt.Fprintf(bw, "readings accepted %d, rejected %d (unknown scales %d)\n", r.Accepted, r.Rejected, r.Unmatched)
	kinds := make([]Kind, 0, len(r.ByKind))
	for k := range r.ByKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	for _, k := range kinds {
		fmt.Fprintf(bw, "  %-13s %d\n", k, r.ByKind[k])
	}
	fmt.Fprintf(bw, "archive: %d hive-day blocks, %d raw bytes, %d deflated (%.1f%%)\n",
		r.Blocks, r.RawBytes, r.ZipBytes, 100*float64(r.ZipBytes)/float64(max(1, r.RawBytes)))
	fmt.Fprintln(bw, "\nApiaries by honey gain:")
	for _, a := range r.Apiaries {
		fmt.Fprintf(bw, "  %-15s %3d hives  %8.1f kg  %2d swarms\n", a.Name, a.Hives, a.GainKg, a.Swarms)
	}
	fmt.Fprintln(bw, "\nTop colonies:")
	for _, h := range r.Hives[:min(12, len(r.Hives))] {
		best := "-"
		if h.BestDay >= 0 {
			best = r.Season.AddDate(0, 0, h.BestDay).Format("Jan 02")
		}
		fmt.Fprintf(bw, "  %s %-15s %-13s %6.1f kg  best day %s (+%.1f kg)  brood-stable days %d\n",
			h.Hive.ID, h.Hive.Apiary, h.Hive.Breed, h.GainKg, best, h.BestFlowKg, h.BroodStable)
	}
	var weak []string
	for _, h := range r.Hives {
		if h.BroodStable < r.Days/2 {
			weak = append(weak, h.Hive.ID)
		}
	}
	fmt.Fprintf(bw, "\nColonies with unstable brood temperature: %d\n", len(weak))
	if len(weak) > 0 {
		fmt.Fprintf(bw, "  %s\n", strings.Join(weak[:min(20, len(weak))], " "))
	}
	fmt.Fprintf(bw, "\nSwarm alerts: %d\n", len(r.Swarms))
	for _, ev := range r.Swarms[:min(25, len(r.Swarms))] {
		fmt.Fprintf(bw, "  %s %s lost %.1f kg, piping +%.1f dB\n", ev.At.Format("Jan 02 15:04"), ev.HiveID, ev.LossKg, ev.PipingDB)
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}
