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
	requests := flag.Int("requests", 60000, "number of quote requests to simulate")
	workers := flag.Int("workers", 2, "number of quoting workers")
	seed := flag.Int64("seed", 42, "load generator seed")
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

	card := DefaultRateCard()
	svc := NewQuoteService(card)
	gen := NewLoadGenerator(*seed)

	reqs := make(chan QuoteRequest, 256)
	results := make(chan QuoteResult, 256)

	var wg sync.WaitGroup
	for i := 0; i < *workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range reqs {
				results <- svc.Quote(r)
			}
		}()
	}

	go func() {
		for i := 0; i < *requests; i++ {
			reqs <- gen.Next()
		}
		close(reqs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	start := time.Now()
	book := NewManifestBook()
	var rejected int
	var revenue float64
	for res := range results {
		if res.Err != nil {
			rejected++
			continue
		}
		revenue += res.Total
		book.Add(res)
	}
	elapsed := time.Since(start)

	fmt.Printf("quoted=%d rejected=%d lanes=%d revenue=%.2f elapsed=%s\n",
		*requests-rejected, rejected, book.LaneCount(), revenue, elapsed.Round(time.Millisecond))
	for _, line := range book.TopLanes(5) {
		fmt.Println("  " + line)
	}
}
