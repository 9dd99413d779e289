package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// FlowStats aggregates tonnage for one destination/commodity/weight-band flow.
type FlowStats struct {
	Wagons  int
	NetT    float64
	GrossT  float64
	Empties int
}

type TrafficSummary struct {
	Trains int
	Wagons int
	Flows  map[string]*FlowStats
}

func NewTrafficSummary() *TrafficSummary {
	return &TrafficSummary{Flows: map[string]*FlowStats{}}
}

func weightBand(kg int) float64 {
	return float64(kg/2500) * 2.5
}

func flowKey(dest, commodity, wagonType string, band float64) string {
	return fmt.Sprintf("%s|%s|%s|%05.1ft", dest, commodity, wagonType, band)
}

func (s *TrafficSummary) AddTrain(t Train) {
	s.Trains++
	for _, w := range t.Wagons {
		s.Wagons++
		for _, key := range []string{
			flowKey(w.Destination, w.Commodity, w.Type, weightBand(w.LoadKg)),
			flowKey(w.Destination, w.Commodity, "*", weightBand(w.LoadKg)),
			flowKey(w.Destination, "*", w.Type, 0),
			flowKey(w.Destination, "*", "*", weightBand(w.TareKg+w.LoadKg)),
			flowKey("*", w.Commodity, w.Type, weightBand(w.LoadKg)),
			flowKey("*", w.Commodity, "*", 0),
			flowKey("*", "*", w.Type, weightBand(w.TareKg)),
		} {
			f := s.Flows[key]
			if f == nil {
				f = &FlowStats{}
				s.Flows[key] = f
			}
			f.Wagons++
			f.NetT += float64(w.LoadKg) / 1000
			f.GrossT += float64(w.TareKg+w.LoadKg) / 1000
			if w.LoadKg == 0 {
				f.Empties++
			}
		}
	}
}

func (s *TrafficSummary) WriteReport(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	bw := bufio.NewWriter(f)
	keys := make([]string, 0, len(s.Flows))
	for k := range s.Flows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(bw, "%-60s %8s %12s %12s %8s\n", "flow", "wagons", "net t", "gross t", "empties")
	for _, k := range keys {
		fs := s.Flows[k]
		fmt.Fprintf(bw, "%-60s %8d %12.1f %12.1f %8d\n", k, fs.Wagons, fs.NetT, fs.GrossT, fs.Empties)
	}
	return bw.Flush()
}

// Headline returns the busiest flow of a shift for the yard supervisor's log.
func (s *TrafficSummary) Headline(shift int) string {
	best, bestT := "", -1.0
	for k, f := range s.Flows {
		if f.NetT > bestT || (f.NetT == bestT && k < best) {
			best, bestT = k, f.NetT
		}
	}
	return fmt.Sprintf("shift %03d trains=%d wagons=%d busiest=%s net=%.1ft", shift, s.Trains, s.Wagons, best, bestT)
}
