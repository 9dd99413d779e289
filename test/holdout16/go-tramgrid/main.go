package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	lines := flag.Int("lines", 28, "number of tram lines in the network")
	queries := flag.Int("queries", 60000, "origin-destination requests to plan")
	workers := flag.Int("workers", 2, "planning goroutines")
	seed := flag.Int64("seed", 1881, "network and demand seed")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatalf("create profile: %v", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatalf("start profile: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	started := time.Now()

	net := BuildNetwork(*lines, *seed)
	tt := BuildTimetable(net)
	footpaths := 0
	for _, fp := range net.Footpaths {
		footpaths += len(fp)
	}
	fmt.Printf("network: %d stops, %d lines, %d footpaths, %d trips, %d connections\n",
		len(net.Stops), len(net.Lines), footpaths, len(tt.Trips), len(tt.Conns))

	qs := NewDemandModel(net, *seed+7).Generate(*queries)

	base, load := Assign(net, tt, qs, *workers)
	Summarise("baseline", base).Print(os.Stdout)
	PrintLoads(os.Stdout, net, load)

	closed := busiestLine(load)
	fmt.Printf("scenario: %s closed for track renewal\n", net.Lines[closed].Name)
	altTT := WithoutLine(tt, closed)
	alt, _ := Assign(net, altTT, qs, *workers)
	Summarise("disrupted", alt).Print(os.Stdout)
	PrintImpact(os.Stdout, net, qs, base, alt)

	fmt.Printf("elapsed %.2fs\n", time.Since(started).Seconds())
}

func busiestLine(t *LoadTally) int {
	best := 0
	for i, v := range t.LineRiders {
		if v > t.LineRiders[best] {
			best = i
		}
	}
	return best
}

// WithoutLine returns a copy of the timetable with every trip of one line
// removed; trip ids are kept so outcomes stay comparable.
func WithoutLine(tt *Timetable, line int) *Timetable {
	out := &Timetable{Trips: tt.Trips}
	out.Conns = make([]Connection, 0, len(tt.Conns))
	for _, c := range tt.Conns {
		if int(tt.Trips[c.Trip].Line) != line {
			out.Conns = append(out.Conns, c)
		}
	}
	out.FirstAfter = make([]int32, len(tt.FirstAfter))
	ci := 0
	for m := range out.FirstAfter {
		for ci < len(out.Conns) && int(out.Conns[ci].Dep) < m*60 {
			ci++
		}
		out.FirstAfter[m] = int32(ci)
	}
	return out
}
