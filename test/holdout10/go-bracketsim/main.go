// Command bracketsim runs a season of open chess qualifiers for a federation:
// each qualifier is a Swiss tournament whose top finishers enter a knockout
// bracket. Before every bracket the federation publishes title odds computed by
// Monte Carlo simulation. Ratings are updated after each event.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	events := flag.Int("events", 120, "number of qualifiers in the season")
	fieldSize := flag.Int("field", 512, "players per qualifier")
	rounds := flag.Int("rounds", 11, "Swiss rounds per qualifier")
	bracketSize := flag.Int("bracket", 32, "players advancing to the knockout bracket")
	sims := flag.Int("sims", 250000, "Monte Carlo simulations for bracket odds")
	projSims := flag.Int("projections", 20, "simulations per round for live qualifying odds")
	workers := flag.Int("workers", runtime.NumCPU(), "events simulated concurrently")
	seed := flag.Int64("seed", 1851, "season seed")
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
	started := time.Now()

	roster := loadRoster(registrationSheet(20000, *seed))
	fmt.Printf("roster: %d registered players (%d registrations rejected)\n", len(roster.players), roster.rejected)

	jobs := make(chan int)
	results := make(chan eventResult, *workers)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := newDirector(roster, *rounds, *bracketSize, *sims, *projSims)
			for ev := range jobs {
				results <- d.run(ev, *fieldSize, *seed+int64(ev)*7919)
			}
		}()
	}
	go func() {
		for ev := 0; ev < *events; ev++ {
			jobs <- ev
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var season []eventResult
	for r := range results {
		roster.applyRatingChanges(r.ratingDelta)
		season = append(season, r)
	}
	sort.Slice(season, func(i, j int) bool { return season[i].event < season[j].event })
	fmt.Print(seasonReport(roster, season))
	fmt.Printf("elapsed %s\n", time.Since(started).Round(time.Millisecond))
}
