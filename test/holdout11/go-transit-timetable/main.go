// Command transit-timetable loads the nightly timetable export of the city
// network, checks service regularity and runs the reference set of journey
// planning queries used to validate a new timetable before publication.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"runtime/pprof"
	"sort"
	"sync"
	"time"
)

type query struct {
	src, dst int32
	dep      int32
}

type summary struct {
	queries, found int
	totalDur       int64
	totalScanned   int64
	vehicles       [6]int
	walkOnly       int
	slowest        []slowJourney
}

type slowJourney struct {
	q   query
	dur int32
}

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	nStops := flag.Int("stops", 1800, "number of stops")
	nRoutes := flag.Int("routes", 110, "number of routes")
	nQueries := flag.Int("queries", 60000, "number of journey queries")
	workers := flag.Int("workers", 2, "planner goroutines")
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

	start := time.Now()
	rng := rand.New(rand.NewSource(42))
	feed := GenerateFeed(*nStops, *nRoutes, rng)
	tt, err := LoadTimetable(feed)
	if err != nil {
		log.Fatalf("load timetable: %v", err)
	}
	fmt.Printf("timetable: %d stops, %d routes, %d trips, %d connections (%.1f MB export)\n",
		len(tt.Stops), len(tt.Routes), len(tt.Trips), len(tt.Connections), float64(len(feed.StopTimesTxt))/1e6)

	headways := AnalyseHeadways(tt)
	fmt.Printf("\nleast regular route/stop pairs (07:00-19:00):\n")
	for i := 0; i < 5 && i < len(headways); i++ {
		h := headways[i]
		fmt.Printf("  line %-4s at %s: %d departures, mean gap %.0fs, max gap %ds, %d bunched\n",
			h.Route, h.Stop, h.Departures, h.MeanGap, h.MaxGap, h.Bunching)
	}

	queries := make([]query, *nQueries)
	for i := range queries {
		queries[i] = query{
			src: int32(rng.Intn(len(tt.Stops))),
			dst: int32(rng.Intn(len(tt.Stops))),
			dep: int32(6*3600 + rng.Intn(14*3600)),
		}
	}

	jobs := make(chan []query, 32)
	results := make(chan summary, *workers)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := NewPlanner(tt)
			var s summary
			for batch := range jobs {
				for _, q := range batch {
					j := p.Plan(q.src, q.dst, q.dep)
					s.queries++
					s.totalScanned += int64(j.Scanned)
					if !j.Found {
						continue
					}
					s.found++
					s.totalDur += int64(j.Duration)
					if j.Vehicles == 0 {
						s.walkOnly++
					}
					if j.Vehicles < len(s.vehicles) {
						s.vehicles[j.Vehicles]++
					}
					if j.Duration > 2*3600 {
						s.slowest = append(s.slowest, slowJourney{q, j.Duration})
					}
				}
			}
			results <- s
		}()
	}
	for i := 0; i < len(queries); i += 100 {
		end := i + 100
		if end > len(queries) {
			end = len(queries)
		}
		jobs <- queries[i:end]
	}
	close(jobs)
	wg.Wait()
	close(results)

	var total summary
	for s := range results {
		total.queries += s.queries
		total.found += s.found
		total.totalDur += s.totalDur
		total.totalScanned += s.totalScanned
		total.walkOnly += s.walkOnly
		for i := range s.vehicles {
			total.vehicles[i] += s.vehicles[i]
		}
		total.slowest = append(total.slowest, s.slowest...)
	}
	sort.Slice(total.slowest, func(i, j int) bool { return total.slowest[i].dur > total.slowest[j].dur })

	fmt.Printf("\njourney planner validation: %d/%d queries answered, mean travel time %.1f min, %.0f connections scanned per query\n",
		total.found, total.queries, float64(total.totalDur)/float64(max(total.found, 1))/60, float64(total.totalScanned)/float64(total.queries))
	fmt.Printf("vehicles used: walk-only %d", total.walkOnly)
	for i := 1; i < len(total.vehicles); i++ {
		fmt.Printf(", %d: %d", i, total.vehicles[i])
	}
	fmt.Printf("\njourneys over two hours: %d\n", len(total.slowest))
	for i := 0; i < 3 && i < len(total.slowest); i++ {
		s := total.slowest[i]
		fmt.Printf("  %s -> %s at %s: %.0f min\n", tt.Stops[s.q.src].ID, tt.Stops[s.q.dst].ID,
			string(appendClock(nil, int(s.q.dep))), float64(s.dur)/60)
	}

	// departure boards of the busiest interchanges for the morning peak
	busy := make([]int32, len(tt.Stops))
	for _, c := range tt.Connections {
		busy[c.From]++
	}
	order := make([]int32, len(tt.Stops))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return busy[order[i]] > busy[order[j]] })
	buf := make([]byte, 0, 1<<16)
	var boardBytes int
	for _, s := range order[:40] {
		buf = DepartureBoard(tt, s, 8*3600, 12, buf[:0])
		boardBytes += len(buf)
	}
	fmt.Printf("\nrendered 40 departure boards (%d bytes); first board:\n%s", boardBytes,
		DepartureBoard(tt, order[0], 8*3600, 6, nil))
	fmt.Printf("\ndone in %s\n", time.Since(start).Round(time.Millisecond))
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}
