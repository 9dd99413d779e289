package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	hives := flag.Int("hives", 280, "number of instrumented hives")
	days := flag.Int("days", 25, "days of gateway telemetry to replay")
	interval := flag.Int("interval", 20, "sampling interval of the scales, minutes")
	seed := flag.Int64("seed", 20240517, "generator seed")
	flag.Parse()

	if *cpuprofile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuprofile), 0o755); err != nil {
			log.Fatal(err)
		}
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	started := time.Now()
	reg := NewRegistry(*hives, *seed)
	season := time.Date(2024, time.May, 1, 0, 0, 0, 0, time.UTC)
	feed := NewGatewayFeed(reg, *seed+1, season, *days, time.Duration(*interval)*time.Minute)
	pipe := NewPipeline(reg, season)

	batches := make(chan []string, 8)
	go feed.Stream(batches, 4096)
	for batch := range batches {
		pipe.Ingest(batch)
	}

	rep := pipe.Report()
	rep.Write(os.Stdout)
	fmt.Fprintf(os.Stderr, "hivescale-ingest: %d readings, %d rejected, %d swarm alerts in %s\n",
		pipe.stats.accepted, pipe.stats.rejected, len(rep.Swarms), time.Since(started).Round(time.Millisecond))
}
