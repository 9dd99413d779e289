// leakwatch: nightly batch job for a water utility. It replays smart-meter
// telemetry for each district metered area (DMA), balances inflow against
// billed consumption and flags probable leaks from minimum night flow.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"sort"
	"sync"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	days := flag.Int("days", 2, "days of telemetry to replay")
	workers := flag.Int("workers", 2, "parallel DMA workers")
	flag.Parse()

	if *cpuprofile != "" {
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

	start := time.Now()
	network := buildNetwork(4, 1100, 42)
	log.Printf("network: %d DMAs, %d meters", len(network.Zones), network.meterCount())

	jobs := make(chan *Zone)
	results := make(chan ZoneReport, len(network.Zones))
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for z := range jobs {
				feed := synthesizeTelemetry(z, *days, int64(id*1000+len(z.Meters)))
				results <- analyseZone(z, feed)
			}
		}(w)
	}
	go func() {
		for _, z := range network.Zones {
			jobs <- z
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var reports []ZoneReport
	for r := range results {
		reports = append(reports, r)
	}
	sort.Slice(reports, func(i, j int) bool { return reports[i].LossRatio > reports[j].LossRatio })
	printSummary(reports)
	fmt.Printf("done in %s\n", time.Since(start).Round(time.Millisecond))
}
