// liftdispatch: offline evaluation of elevator group-control policies.
// Each tower is simulated for several working days under a synthetic
// up-peak / lunch / down-peak traffic profile and the wait/journey time
// distributions of each dispatch policy are compared.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"sort"
	"sync"
	"time"
)

type job struct {
	tower  Tower
	policy Policy
	seed   int64
}

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	days := flag.Int("days", 5, "working days simulated per tower and policy")
	reps := flag.Int("reps", 30, "independent replications per tower and policy")
	workers := flag.Int("workers", 2, "parallel simulations")
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
	start := time.Now()

	towers := []Tower{
		{Name: "Quayside North", Floors: 32, Cars: 6, Population: 1500},
		{Name: "Quayside South", Floors: 24, Cars: 4, Population: 1000},
		{Name: "Mill Lane Offices", Floors: 18, Cars: 4, Population: 1100},
		{Name: "Civic Centre", Floors: 12, Cars: 3, Population: 700},
	}
	policies := []Policy{NearestCar{}, EstimatedTimeOfArrival{}, ZonedUpPeak{}}

	jobs := make(chan job)
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out <- simulate(j.tower, j.policy, *days, *reps, j.seed)
			}
		}()
	}
	go func() {
		seed := int64(7)
		for _, t := range towers {
			for _, p := range policies {
				jobs <- job{tower: t, policy: p, seed: seed}
				seed++
			}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(out) }()

	var results []Result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool {
		if results[i].Tower != results[j].Tower {
			return results[i].Tower < results[j].Tower
		}
		return results[i].Policy < results[j].Policy
	})
	printResults(results)
	fmt.Printf("simulated %d tower-policy pairs in %s\n", len(results), time.Since(start).Round(time.Millisecond))
}
