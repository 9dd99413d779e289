// Command farecap replays a week of contactless card taps from bus, tram and
// rail validators, builds journeys, applies daily and weekly fare caps and
// produces the per-operator settlement file for the ticketing back office.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write CPU profile to file")
	cards := flag.Int("cards", 40000, "number of distinct card tokens")
	weeks := flag.Int("weeks", 4, "number of settlement weeks to replay")
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
	network := BuildNetwork(77)
	fares := NewFareTable(network)
	sim := NewTapSimulator(network, 4242)

	weekStart := time.Date(2024, time.March, 4, 0, 0, 0, 0, time.UTC)
	var grandRevenue int64
	for w := 0; w < *weeks; w++ {
		raw := sim.WeekOfTaps(*cards, weekStart)
		taps, bad := ParseTapLog(raw, network)
		SortTaps(taps)
		journeys, incomplete := BuildJourneys(taps, network)
		charges := ApplyCaps(journeys, fares, weekStart)
		settlement := Settle(charges, journeys, network)
		file, digest := settlement.Render(weekStart)
		grandRevenue += settlement.Total
		fmt.Printf("week %s: %d tap lines (%d rejected), %d journeys (%d incomplete), %d capped days, revenue %d.%02d, file %d bytes, sha256 %s\n",
			weekStart.Format("2006-01-02"), len(raw), bad, len(journeys), incomplete,
			settlement.CappedDays, settlement.Total/100, settlement.Total%100, len(file), digest[:16])
		weekStart = weekStart.AddDate(0, 0, 7)
	}
	fmt.Printf("total revenue %d.%02d in %s\n", grandRevenue/100, grandRevenue%100, time.Since(start).Round(time.Millisecond))
}
