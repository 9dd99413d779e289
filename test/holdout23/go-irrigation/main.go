// Command irrigation plans a season of drip irrigation for a farm from soil
// moisture probe telemetry and a daily weather feed, and writes a valve
// schedule and a water-use report.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	zones := flag.Int("zones", 36, "number of irrigation zones on the farm")
	days := flag.Int("days", 92, "number of days in the planning season")
	seed := flag.Int64("seed", 20230601, "seed for the synthetic farm and weather")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "cpuprofile:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "cpuprofile:", err)
			os.Exit(1)
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
	}

	if err := run(*zones, *days, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "irrigation:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(zoneCount, days int, seed int64) error {
	work, err := os.MkdirTemp("", "irrigation-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	farm := NewFarm(seed, zoneCount)
	season := NewSeason(seed+1, farm.Latitude, 152, days)

	telemetryPath, err := WriteTelemetry(work, farm, season, seed+2)
	if err != nil {
		return err
	}
	daily, stats, err := IngestTelemetry(telemetryPath, farm)
	if err != nil {
		return err
	}

	logger, err := OpenLogger(work, LevelInfo)
	if err != nil {
		return err
	}
	planner := NewPlanner(farm, season, daily, logger)
	schedule := planner.Run()
	if err := logger.Close(); err != nil {
		return err
	}

	report := BuildReport(farm, planner, schedule, stats)
	if err := WriteReport(work, report, schedule); err != nil {
		return err
	}
	fmt.Print(report.Summary())
	return nil
}
