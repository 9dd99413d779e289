// Command meterbill runs the monthly billing cycle for a regional electricity
// retailer: it ingests hourly interval readings from smart meters, prices them
// against each customer's time-of-use tariff and produces monthly statements.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	meters := flag.Int("meters", 7000, "number of metered accounts")
	zones := flag.Int("zones", 16, "number of distribution zones")
	days := flag.Int("days", 31, "days in the billing period")
	workers := flag.Int("workers", runtime.NumCPU()*2, "number of billing workers")
	seed := flag.Int64("seed", 20240301, "seed for the simulated meter data feed")
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

	started := time.Now()
	periodStart := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)

	registry := newAccountRegistry(*meters, *zones, *seed)
	book := defaultTariffBook()
	ledger := newStatementLedger(periodStart, *days)

	feed := newReadingFeed(registry, periodStart, *days, *seed)
	batches := make(chan zoneDay, *workers)
	go feed.run(batches)

	var wg sync.WaitGroup
	stats := make([]workerStats, *workers)
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			biller := &dailyBiller{registry: registry, book: book, ledger: ledger}
			for batch := range batches {
				n, rejected := biller.process(batch)
				stats[id].lines += n
				stats[id].rejected += rejected
				stats[id].batches++
			}
		}(w)
	}
	wg.Wait()

	var total workerStats
	for _, s := range stats {
		total.lines += s.lines
		total.rejected += s.rejected
		total.batches += s.batches
	}

	statements := ledger.close(book)
	report := summarise(statements)
	fmt.Printf("billing run %s: %d zone-days, %d readings (%d rejected)\n",
		periodStart.Format("2006-01"), total.batches, total.lines, total.rejected)
	fmt.Print(report)
	fmt.Printf("elapsed %s\n", time.Since(started).Round(time.Millisecond))
}

type workerStats struct {
	batches  int
	lines    int
	rejected int
}
