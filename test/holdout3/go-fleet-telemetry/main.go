package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	batches := flag.Int("batches", 600, "number of ingest batches")
	batchSize := flag.Int("batch-size", 400, "readings per batch")
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

	cfg := defaultConfig()
	gen := newFeedGenerator(20260101, cfg)
	store := newSeriesStore()
	ing := newIngestor(cfg, store)

	var accepted, rejected int
	for b := 0; b < *batches; b++ {
		lines := gen.batch(*batchSize)
		res := ing.processBatch(lines)
		accepted += res.accepted
		rejected += res.rejected
	}
	fmt.Printf("accepted=%d rejected=%d series=%d alerts=%d flagged=%d archived=%d/%d bytes crc=%08x\n", accepted, rejected,
		len(store.byKey), store.alertCount, store.flagged, ing.archive.outBytes, ing.archive.rawBytes, ing.archive.checksum)
}
