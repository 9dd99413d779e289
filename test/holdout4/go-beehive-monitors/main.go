package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
)

var cpuprofile = flag.String("cpuprofile", "", "write cpu profile to file")
var batches = flag.Int("batches", 320, "number of logger upload batches to ingest")

func main() {
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	feed := newFeed(77123)
	agg := NewAggregator()
	var bad int
	for b := 0; b < *batches; b++ {
		lines := feed.batch(12000)
		for _, ln := range lines {
			rd, ok := parseReading(ln)
			if !ok {
				bad++
				continue
			}
			agg.Add(rd)
		}
		if b%10 == 9 {
			agg.Rollup()
		}
	}
	agg.Rollup()
	rep := BuildReport(agg)
	fmt.Printf("hives=%d hours=%d bad=%d warmest=%s %.1fC busiest=%s %.1f bees/min\n",
		rep.Hives, rep.Hours, bad, rep.Warmest, rep.WarmestTemp, rep.Busiest, rep.BusiestTraffic)
}
