package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	batches := flag.Int("batches", 40, "number of intake batches")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}

	rng := newRand(20260611)
	vault := NewVault()
	stats := IntakeStats{}
	for b := 0; b < *batches; b++ {
		stats.Add(vault.Ingest(generateBatch(rng, b, 2500)))
	}
	summary := BuildViabilityReport(vault)
	fmt.Printf("accepted=%d rejected=%d families=%d top=%s\n",
		stats.Accepted, stats.Rejected, len(summary.Families), summary.TopFamily)
}
