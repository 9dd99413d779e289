// Command geoindexer builds a search index of place names from a gazetteer extract:
// it normalises postcodes, buckets places into grid cells and counts names per cell.
// With HOLDOUT_CPU_PROFILE set it writes a CPU profile of the run to that file.
package main

import (
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	if path := os.Getenv("HOLDOUT_CPU_PROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	places := generate(300000)
	idx := newIndex(0.05)
	for _, p := range places {
		idx.add(p)
	}
	if idx.size() == 0 {
		log.Fatal("empty index")
	}
}
