// Command logstats analyses a day of web access logs: it parses combined
// log format lines, normalises request paths into routes, and aggregates
// per-route traffic, error rates and latency percentiles, plus per-client
// statistics. Log chunks are produced by an in-process generator standing in
// for the log shipper and processed by a pool of workers.
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
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	chunks := flag.Int("chunks", 150, "number of log chunks to process")
	linesPerChunk := flag.Int("lines", 40000, "log lines per chunk")
	workers := flag.Int("workers", runtime.NumCPU(), "parser workers")
	out := flag.String("out", os.DevNull, "report destination")
	flag.Parse()

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
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
	jobs := make(chan []byte, *workers)
	// chunk buffers are recycled between the shipper and the workers
	free := make(chan []byte, *workers+2)
	results := make(chan *Aggregate, *workers)

	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			agg := NewAggregate()
			p := NewParser()
			for chunk := range jobs {
				p.ParseChunk(chunk, agg)
				select {
				case free <- chunk[:0]:
				default:
				}
			}
			results <- agg
		}()
	}

	go func() {
		gen := NewGenerator(7)
		for i := 0; i < *chunks; i++ {
			var buf []byte
			select {
			case buf = <-free:
			default:
			}
			jobs <- gen.Chunk(buf, *linesPerChunk)
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	total := NewAggregate()
	for agg := range results {
		total.Merge(agg)
	}

	f, err := os.Create(*out)
	if err != nil {
		log.Fatalf("open report: %v", err)
	}
	if err := WriteReport(f, total, 25); err != nil {
		log.Fatalf("write report: %v", err)
	}
	if err := f.Close(); err != nil {
		log.Fatalf("close report: %v", err)
	}
	fmt.Printf("lines=%d malformed=%d routes=%d clients=%d elapsed=%s\n",
		total.Lines, total.Malformed, len(total.Routes), len(total.Clients), time.Since(start).Round(time.Millisecond))
}
