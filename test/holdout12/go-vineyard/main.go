// Command vineyard plans the grape harvest of an estate: it reads the
// field sensor feed, estimates when every block reaches its target
// ripeness, and routes the picking crews' bins to the crush pad day by day.
package main

import (
	"bufio"
	"flag"
	"log"
	"math/rand"
	"os"
	"runtime"
	"runtime/pprof"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	nBlocks := flag.Int("blocks", 1800, "number of vineyard blocks")
	nDays := flag.Int("days", 45, "days of sensor history")
	perDay := flag.Int("readings", 12, "sensor readings per block and day")
	trucks := flag.Int("trucks", 6, "number of bin trucks")
	seed := flag.Int64("seed", 2024, "seed for the synthetic estate")
	workers := flag.Int("workers", runtime.NumCPU(), "worker goroutines")
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

	t0 := time.Now()
	rng := rand.New(rand.NewSource(*seed))
	estate := newEstate(rng, *nBlocks)
	feed := generateFeed(rng, estate, *nDays, *perDay)
	log.Printf("estate: %d blocks, %d feed lines", len(estate.Blocks), len(feed))

	series, bad := ingestFeed(feed, estate, *workers)
	log.Printf("ingest: %d malformed lines skipped (%.1fs)", bad, time.Since(t0).Seconds())

	forecasts := forecastRipeness(estate, series, *nDays, *workers)
	log.Printf("forecast: %d blocks with a harvest window", len(forecasts))

	plan := planHarvest(estate, forecasts, *trucks, *workers)
	log.Printf("routing: %d harvest days planned (%.1fs)", len(plan.Days), time.Since(t0).Seconds())

	out := bufio.NewWriter(os.Stdout)
	writeReport(out, estate, forecasts, plan)
	out.Flush()
	log.Printf("done in %.1fs", time.Since(t0).Seconds())
}
