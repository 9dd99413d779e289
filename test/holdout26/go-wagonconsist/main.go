package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
)

func main() {
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	batches := flag.Int("batches", 80, "number of nightly manifest batches to process")
	wagonsPerBatch := flag.Int("wagons", 9000, "wagons per batch")
	flag.Parse()

	if *cpuProfile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuProfile), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		f, err := os.Create(*cpuProfile)
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

	workDir, err := os.MkdirTemp("", "wagonconsist-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(workDir)

	yard := NewMarshallingYard(8000)
	gen := NewManifestGenerator(20260611, yard)
	totals := NewTrafficSummary()
	rejected := 0
	var shiftReports []string
	for b := 0; b < *batches; b++ {
		lines := gen.Batch(*wagonsPerBatch)
		wagons, bad := ParseManifest(lines)
		rejected += bad
		trains := yard.Marshal(wagons)
		shift := NewTrafficSummary()
		for _, t := range trains {
			shift.AddTrain(t)
			totals.AddTrain(t)
		}
		shiftReports = append(shiftReports, shift.Headline(b))
	}
	out := filepath.Join(workDir, "traffic-summary.txt")
	if err := totals.WriteReport(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(filepath.Join(workDir, "shifts.txt"), []byte(strings.Join(shiftReports, "\n")), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("batches=%d trains=%d wagons=%d rejected=%d flows=%d\n",
		*batches, totals.Trains, totals.Wagons, rejected, len(totals.Flows))
}
