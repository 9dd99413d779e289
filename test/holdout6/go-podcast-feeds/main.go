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
	rounds := flag.Int("rounds", 32, "number of ingest rounds")
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

	gen := newFeedGenerator(20240611)
	idx := newCatalogIndex()
	var total ingestStats
	for r := 0; r < *rounds; r++ {
		feeds := gen.Batch(60, 40)
		for _, f := range feeds {
			st := ingestFeed(idx, f)
			total.add(st)
		}
	}
	idx.sitemap.flush()
	top := idx.TopShows(5)
	fmt.Printf("ingested %d episodes (%d updated, %d skipped) across %d shows, %d sitemap chunks\n",
		total.Added+total.Updated, total.Updated, total.Skipped, idx.ShowCount(), len(idx.sitemap.chunks))
	for _, s := range top {
		fmt.Printf("  %-28s %5d min\n", s.Title, s.TotalMinutes)
	}
}
