package main

import (
	"flag"
	"log"
	"math/rand"
	"os"
	"runtime/pprof"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	hiveCount := flag.Int("hives", 3000, "number of colonies")
	rounds := flag.Int("rounds", 21, "weekly inspection rounds")
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

	started := time.Now()
	rng := rand.New(rand.NewSource(42))
	hives := buildYards(rng, *hiveCount)
	lines := generateFieldLog(rng, hives, *rounds, 40)
	// a few corrupted lines as they arrive from the phone app
	for i := 0; i < len(lines); i += 997 {
		lines[i] = lines[i][:len(lines[i])/2]
	}

	apiary := NewApiary(hives)
	skipped := 0
	for _, line := range lines {
		ins, err := parseRecord(line)
		if err != nil {
			skipped++
			continue
		}
		if !apiary.Apply(ins) {
			skipped++
		}
	}
	health := assess(apiary)
	writeReport(os.Stdout, health, skipped, len(apiary.history))
	log.Printf("processed %d inspection lines in %s", len(lines), time.Since(started))
}
