// Command logsvc simulates a log-ingestion service: an HTTP handler that takes
// batches of plain-text log lines (POST /v1/logs), parses them, redacts
// secrets, keeps per-series latency statistics, and builds an archive record
// and a search index entry for every line. A load generator in the same
// process sends a fixed, seeded set of batches from several goroutines,
// calling the handler directly (httptest), so no socket is involved.
//
// The program prints nothing unless -v is given, and exits 0.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"

	"hotpath.example/examples/go/internal/profiling"
)

func main() {
	var o profiling.Options
	flag.StringVar(&o.CPU, "cpuprofile", "", "write a CPU profile to this file (or $HOTPATH_CPU_PROFILE)")
	flag.StringVar(&o.Mutex, "mutexprofile", "", "write a mutex contention profile to this file (or $HOTPATH_MUTEX_PROFILE)")
	flag.StringVar(&o.Allocs, "allocsprofile", "", "write an allocation profile to this file (or $HOTPATH_ALLOCS_PROFILE)")
	requests := flag.Int("requests", 4000, "number of batches to send")
	distinct := flag.Int("distinct", 400, "number of distinct batches (sent in turn)")
	lines := flag.Int("lines", 40, "log lines per batch")
	workers := flag.Int("workers", 4, "concurrent client goroutines")
	verbose := flag.Bool("v", false, "print a summary")
	flag.Parse()
	o.FromEnv()

	// The shared statistics map is only contended with two or more Ps.
	if runtime.GOMAXPROCS(0) < 2 {
		runtime.GOMAXPROCS(2)
	}

	bodies := generateBodies(*distinct, *lines, 20240305)
	store := NewStore()
	handler := NewServer(store)

	stop, err := profiling.Start(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "logsvc:", err)
		os.Exit(1)
	}
	codes := drive(handler, bodies, *requests, *workers)
	if err := stop(); err != nil {
		fmt.Fprintln(os.Stderr, "logsvc:", err)
		os.Exit(1)
	}

	if *verbose {
		statuses := make([]int, 0, len(codes))
		for c := range codes {
			statuses = append(statuses, c)
		}
		sort.Ints(statuses)
		for _, c := range statuses {
			fmt.Printf("HTTP %d: %d\n", c, codes[c])
		}
		n, obs, errs := store.Totals()
		fmt.Printf("series: %d, observations: %d, 5xx observations: %d\n", n, obs, errs)
	}
}
