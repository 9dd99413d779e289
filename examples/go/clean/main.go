// Command clean is a CPU-busy batch job with no inefficient pattern: it
// validates sensor readings with a regular expression compiled once, sorts
// them, fits a calibration by matrix multiplication, fingerprints the raw
// buffer once with SHA-256, and renders a report from a template parsed once.
//
// The program prints nothing unless -v is given, and exits 0.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"hotpath.example/examples/go/internal/profiling"
)

func main() {
	var o profiling.Options
	flag.StringVar(&o.CPU, "cpuprofile", "", "write a CPU profile to this file (or $HOTPATH_CPU_PROFILE)")
	flag.StringVar(&o.Allocs, "allocsprofile", "", "write an allocation profile to this file (or $HOTPATH_ALLOCS_PROFILE)")
	readings := flag.Int("readings", 1400000, "number of sensor readings")
	size := flag.Int("matrix", 480, "matrix size for the calibration")
	rounds := flag.Int("rounds", 24, "calibration rounds")
	verbose := flag.Bool("v", false, "print the report")
	flag.Parse()
	o.FromEnv()

	stop, err := profiling.Start(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "clean:", err)
		os.Exit(1)
	}

	raw := generate(*readings, 7)
	rs, rejected := parseReadings(raw)
	sortReadings(rs)
	med := medians(rs)
	cal := calibrate(*size, *rounds)
	sum := fingerprint(raw)

	var out io.Writer = io.Discard
	if *verbose {
		out = os.Stdout
	}
	if err := renderReport(out, rs, med, cal, sum, rejected); err != nil {
		fmt.Fprintln(os.Stderr, "clean:", err)
		os.Exit(1)
	}

	if err := stop(); err != nil {
		fmt.Fprintln(os.Stderr, "clean:", err)
		os.Exit(1)
	}
}
