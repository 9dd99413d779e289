// Command haulfleet runs a truck fleet sizing study for an open-pit mine:
// it simulates shifts of shovel-truck haulage for a range of fleet sizes,
// picks the fleet that meets the production target at the lowest cost per
// tonne and writes the shift report and cycle log for it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
)

func main() {
	os.Exit(run())
}

func run() int {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	replications := flag.Int("replications", 10, "simulated shifts per fleet size")
	minTrucks := flag.Int("min-trucks", 10, "smallest fleet studied")
	maxTrucks := flag.Int("max-trucks", 34, "largest fleet studied")
	target := flag.Float64("target", 95000, "shift production target in tonnes")
	seed := flag.Int64("seed", 77031, "seed for the pit layout and shift variability")
	flag.Parse()

	if *cpuprofile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuprofile), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "profile dir:", err)
			return 1
		}
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "profile:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "profile:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}

	pit := BuildPit(*seed)
	routes := pit.PlanRoutes()
	truck := Cat793F()
	fmt.Printf("pit: %d nodes, %d road segments, %d shovels, %d routes\n",
		len(pit.Nodes), len(pit.Segments), len(pit.Shovels), len(routes))

	study := FleetStudy{
		Pit: pit, Routes: routes, Truck: truck,
		MinTrucks: *minTrucks, MaxTrucks: *maxTrucks,
		Replications: *replications, Seed: *seed,
		Workers:      runtime.NumCPU(),
		ShiftSeconds: 12 * 3600,
	}
	outcomes := study.Run()
	best, ok := ChooseFleet(outcomes, *target)
	if !ok {
		fmt.Println("no fleet size meets the production target")
		best = outcomes[len(outcomes)-1]
	}

	dir, err := os.MkdirTemp("", "haulfleet-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "report dir:", err)
		return 1
	}
	defer os.RemoveAll(dir)

	detail := Simulate(pit, routes, truck, best.Trucks, study.ShiftSeconds, *seed+int64(best.Trucks)*1000003)
	if err := WriteCycleLog(filepath.Join(dir, "cycles.csv"), detail); err != nil {
		fmt.Fprintln(os.Stderr, "cycle log:", err)
		return 1
	}
	if err := WriteShiftReport(filepath.Join(dir, "shift-report.txt"), pit, outcomes, best, detail, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		return 1
	}
	return 0
}
