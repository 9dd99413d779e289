package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"sync"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	days := flag.Int("days", 22, "days of telemetry to replay")
	hives := flag.Int("hives", 240, "number of monitored hives")
	perGateway := flag.Int("per-gateway", 16, "hives attached to each LoRa gateway")
	seed := flag.Int64("seed", 20240503, "seed for the telemetry generator")
	checkpointHours := flag.Int64("checkpoint-hours", 4, "hours between analyzer checkpoints")
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
	fleet := NewFleet(*hives, *perGateway, *seed)
	gen := NewGenerator(fleet, *seed+1)
	ing := NewIngestor(fleet)
	analyzer := NewAnalyzer(fleet)

	uploads := make(chan Upload, 64)
	snapshots := make(chan *FleetState, 4)

	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer close(uploads)
		gen.Run(*days, uploads)
	}()
	go func() {
		defer wg.Done()
		for snap := range snapshots {
			analyzer.Inspect(snap)
		}
	}()

	lastCheckpoint := int64(-1)
	for up := range uploads {
		if err := ing.Ingest(up); err != nil {
			ing.rejected++
			continue
		}
		slot := up.Timestamp / (3600 * *checkpointHours)
		if slot != lastCheckpoint {
			if lastCheckpoint >= 0 {
				snapshots <- ing.state.Clone()
			}
			lastCheckpoint = slot
		}
	}
	ing.CloseDay()
	snapshots <- ing.state.Clone()
	close(snapshots)
	wg.Wait()

	rep := BuildReport(fleet, ing, analyzer)
	rep.Print(os.Stdout)
	fmt.Printf("elapsed %.2fs\n", time.Since(started).Seconds())
}
