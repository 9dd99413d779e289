// Command airquality-ingest replays a day of uploads from the regional
// air-quality monitoring network, verifies and calibrates every reading and
// prints the daily AQI summary per region.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"runtime/pprof"
	"sync"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	nStations := flag.Int("stations", 400, "number of monitoring stations")
	nUploads := flag.Int("uploads", 9600, "number of uploads to replay")
	workers := flag.Int("workers", 2, "number of ingest workers")
	gridSize := flag.Int("grid", 280, "cells per side of the interpolated AQI map")
	seed := flag.Int64("seed", 20240301, "random seed for the replay")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatalf("create profile: %v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatalf("start profile: %v", err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}

	start := time.Now()
	rng := rand.New(rand.NewSource(*seed))
	network := BuildNetwork(*nStations, rng)
	secret := []byte("aq-network-master-2024/rotating")
	verifier := NewVerifier(secret, 1000)

	uploads := make(chan Upload, 64)
	results := make(chan BatchResult, 64)

	feed := NewReplayFeed(network, secret, verifier.rounds, *seed+1)
	go feed.Run(*nUploads, uploads)

	var wg sync.WaitGroup
	for i := 0; i < *workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			w := &IngestWorker{ID: id, Network: network, Verifier: verifier}
			w.Run(uploads, results)
		}(i)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	agg := NewAggregator()
	for r := range results {
		agg.Merge(r)
	}

	report := agg.BuildReport(network)
	report.Print(os.Stdout)

	maps := InterpolateMaps(network, agg, *gridSize, *workers)
	fmt.Printf("\n%-6s %8s %8s %-20s %s\n", "hour", "median", "peak", "peak location", "cells above 100")
	for _, m := range maps {
		above := m.ByCat["unhealthy-sensitive"] + m.ByCat["unhealthy"] + m.ByCat["very-unhealthy"] + m.ByCat["hazardous"]
		fmt.Printf("%02d:00  %8.0f %8.0f %8.4f,%8.4f    %d/%d\n", (m.Hour-dayStart)/3600, m.MedianAQI, m.PeakAQI,
			m.PeakLat, m.PeakLon, above, m.Cells)
	}
	fmt.Printf("\nprocessed %d uploads, %d readings (%d rejected) in %s\n",
		agg.uploads, agg.readings, agg.rejected, time.Since(start).Round(time.Millisecond))
}
