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
	batches := flag.Int("batches", 9000, "number of ingest batches")
	perBatch := flag.Int("lines", 400, "metric lines per batch")
	shards := flag.Int("shards", 2, "number of ingest shards")
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

	start := time.Now()
	stores := make([]*RollupStore, *shards)
	feeds := make([]chan []byte, *shards)
	var wg sync.WaitGroup
	for i := range stores {
		stores[i] = NewRollupStore(time.Minute)
		feeds[i] = make(chan []byte, 32)
		wg.Add(1)
		go func(store *RollupStore, feed <-chan []byte) {
			defer wg.Done()
			parser := NewLineParser()
			for payload := range feed {
				parser.ParseBatch(payload, store.Observe)
			}
		}(stores[i], feeds[i])
	}

	agents := NewAgentFleet(64, 7)
	for b := 0; b < *batches; b++ {
		payload := agents.Batch(*perBatch)
		feeds[b%len(feeds)] <- payload
	}
	for _, f := range feeds {
		close(f)
	}
	wg.Wait()

	merged := NewRollupStore(time.Minute)
	for _, s := range stores {
		merged.Merge(s)
	}
	report := BuildReport(merged, 8)
	fmt.Print(report)
	fmt.Printf("elapsed=%s\n", time.Since(start).Round(time.Millisecond))
}
