// Command parishindex ingests transcribed parish register entries (baptisms,
// marriages, burials), normalises dates and names, groups surname variants
// per parish and reconstitutes families by linking baptisms to the marriage
// of the parents.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"runtime/pprof"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	volumes := flag.Int("volumes", 24, "number of register volumes to transcribe")
	searches := flag.Int("searches", 700000, "number of researcher queries to answer")
	seed := flag.Int64("seed", 1761, "seed for the synthetic transcription set")
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
	rng := rand.New(rand.NewSource(*seed))
	idx := NewRegisterIndex()
	var total, rejected int
	for v := 0; v < *volumes; v++ {
		vol := transcribeVolume(rng, v)
		for _, line := range vol.Lines {
			total++
			entry, err := parseTranscriptionLine(line, vol.Parish)
			if err != nil {
				rejected++
				continue
			}
			idx.Add(entry)
		}
	}
	families := idx.ReconstituteFamilies()
	report := summarise(idx, families)

	queries := buildQueryLog(rng, idx, *searches)
	var answered, topScore float64
	for _, q := range queries {
		hits := idx.Search(q, 20)
		if len(hits) > 0 {
			answered++
			topScore += hits[0].Score
		}
	}
	fmt.Printf("entries=%d rejected=%d indexed=%d surname_groups=%d families=%d linked_baptisms=%d\n",
		total, rejected, len(idx.entries), idx.groupCount(), len(families), report.linkedBaptisms)
	for _, row := range report.topParishes {
		fmt.Println(row)
	}
	fmt.Printf("queries=%d answered=%.0f mean_top_score=%.4f\n", len(queries), answered, topScore/answered)
	fmt.Printf("elapsed=%s\n", time.Since(start).Round(time.Millisecond))
}
