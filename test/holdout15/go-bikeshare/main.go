// Command bikeshare replays a city's dock-based bike-share trip exports day
// by day, computes fares and station flows, and plans the overnight
// rebalancing runs for the van crews.
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
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	days := flag.Int("days", 24, "number of service days to replay")
	tripsPerDay := flag.Int("trips", 300000, "trips per day")
	stations := flag.Int("stations", 1100, "docking stations in the network")
	vans := flag.Int("vans", 8, "rebalancing vans")
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
	net := BuildNetwork(*stations, 42)
	tariff := DefaultTariff()
	planner := NewPlanner(net, *vans)
	season := NewSeasonStats(len(net.Stations))

	for d := 0; d < *days; d++ {
		date := time.Date(2024, 6, 3+d, 0, 0, 0, 0, time.UTC)
		export := GenerateExport(net, date, *tripsPerDay, int64(1000+d))

		ledger := NewDayLedger(net)
		bad := 0
		ParseExport(export, net, func(t Trip) {
			ledger.Record(t, tariff)
		}, func() { bad++ })

		occupancy := ledger.SimulateOccupancy()
		plan := planner.Plan(occupancy)
		season.Merge(ledger)
		fmt.Print(DayReport(date, ledger, plan, bad))
	}
	fmt.Print(SeasonReport(net, season))
	fmt.Printf("done in %.2fs\n", time.Since(start).Seconds())
}
