// Command satpass builds a daily contact plan for a network of ground
// stations: it loads the satellite catalog, ingests the operators' tracking
// requests, predicts visibility passes and books antennas.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	nSats := flag.Int("sats", 2400, "number of catalogued satellites")
	nReqs := flag.Int("requests", 36000, "number of tracking requests in the daily batch")
	hours := flag.Float64("hours", 24, "planning horizon in hours")
	step := flag.Float64("step", 15, "propagation step in seconds")
	seed := flag.Int64("seed", 20240501, "seed for the synthetic catalog and request feed")
	workers := flag.Int("workers", runtime.NumCPU(), "number of prediction workers")
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
	stations := groundNetwork()
	cat := syntheticCatalog(rng, *nSats)
	feed := generateRequestFeed(rng, cat, stations, *nReqs)
	log.Printf("catalog: %d satellites, feed: %d request lines", len(cat.Sats), len(feed))

	reqs, rejected := ingestRequests(feed, *workers)
	log.Printf("ingest: %d valid requests, %d malformed (%.1fs)", len(reqs), rejected, time.Since(t0).Seconds())

	reqs, folded := mergeResubmissions(reqs)
	log.Printf("merge: %d resubmissions folded, %d distinct requests", folded, len(reqs))

	resolved := resolveRequests(cat, stations, reqs)
	log.Printf("resolve: %d requests reference known satellites and stations", len(resolved))

	horizon := *hours * 3600
	passes := predictPasses(cat, stations, resolved, horizon, *step, *workers)
	log.Printf("prediction: %d passes over %.0f h (%.1fs)", passes.Count(), *hours, time.Since(t0).Seconds())

	plans := scheduleNetwork(stations, resolved, passes)

	printSummary(os.Stdout, stations, plans, len(resolved))
	log.Printf("done in %.1fs", time.Since(t0).Seconds())
}

func printSummary(w *os.File, stations []Station, plans []*StationResult, nReq int) {
	totalBooked := 0
	custHours := map[string]float64{}
	for i, res := range plans {
		booked := 0
		for _, a := range res.Plan.Antennas {
			booked += len(a.Bookings)
			for _, b := range a.Bookings {
				custHours[b.Customer] += (b.LOS - b.AOS) / 3600
			}
		}
		totalBooked += booked
		fmt.Fprintf(w, "%-4s %-22s antennas=%d booked=%4d preempted=%4d unserved=%5d utility=%10.1f\n",
			stations[i].Code, stations[i].Name, len(res.Plan.Antennas), booked, res.Preempted, res.Unserved, res.Plan.utility())
	}
	type kv struct {
		k string
		v float64
	}
	var list []kv
	for k, v := range custHours {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v })
	for _, e := range list {
		fmt.Fprintf(w, "  customer %-14s %7.2f contact hours\n", e.k, e.v)
	}
	fmt.Fprintf(w, "booked %d of %d requests\n", totalBooked, nReq)
}
