package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	stations := flag.Int("stations", 28, "number of tide gauges in the network")
	years := flag.Int("years", 3, "years of hourly record per gauge")
	workers := flag.Int("workers", runtime.NumCPU(), "analysis workers")
	seed := flag.Int64("seed", 7731, "synthesis seed")
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
	network := NewNetwork(*stations, *seed)
	epoch := time.Date(2021, time.January, 1, 0, 0, 0, 0, time.UTC)

	jobs := make(chan *Station)
	results := make(chan *StationResult)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			an := NewAnalyzer(Constituents)
			for st := range jobs {
				results <- an.Process(st, epoch, *years)
			}
		}()
	}
	go func() {
		for _, st := range network {
			jobs <- st
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	var all []*StationResult
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Station.ID < all[j].Station.ID })
	WriteReport(os.Stdout, all, epoch, *years)
	fmt.Fprintf(os.Stderr, "tidegauge: %d stations x %d years analysed in %s\n",
		len(all), *years, time.Since(started).Round(time.Millisecond))
}
