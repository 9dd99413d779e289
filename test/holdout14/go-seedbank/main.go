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
	n := flag.Int("accessions", 120000, "number of accessions in the vault")
	passport := flag.Int("passport-bytes", 6144, "size of each scanned passport sheet")
	workers := flag.Int("workers", 2, "assessment workers")
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
	rng := rand.New(rand.NewSource(2023))
	species := buildSpecies(rng, 1800)
	accs := buildAccessions(rng, species, *n, *passport)
	vault := NewVault(species, 2023)
	statuses := vault.AssessAll(accs, *workers)
	root := manifestRoot(statuses)
	writeReport(os.Stdout, vault, statuses, root)
	log.Printf("assessed %d accessions in %s", len(statuses), time.Since(started))
}
