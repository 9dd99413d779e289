// Command gometrics aggregates a synthetic stream of metric samples into
// per-series rollups, applies relabelling rules and writes snapshots.
package main

import (
	"flag"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	run()
}

func run() {
	gen := newGenerator(20240611)
	agg := newAggregator(defaultRules())
	for batch := 0; batch < 70; batch++ {
		samples := gen.batch(2500)
		agg.ingest(samples)
		if batch%50 == 49 {
			snap := agg.snapshot()
			agg.publish(snap)
		}
	}
	if agg.published == 0 {
		os.Exit(1)
	}
}
