// Command dosingaudit replays recorded nutrient-dosing telemetry from a
// hydroponic greenhouse, re-runs the dosing controller for every growing zone
// and writes an hourly audit report.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	zones := flag.Int("zones", 2400, "number of growing zones in the house")
	readings := flag.Int("readings", 700000, "telemetry lines to replay")
	seed := flag.Int64("seed", 20240611, "seed for the synthetic telemetry")
	flag.Parse()

	if err := run(*cpuprofile, *zones, *readings, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "dosingaudit:", err)
		os.Exit(1)
	}
}

func run(profilePath string, zoneCount, readingCount int, seed int64) error {
	if profilePath != "" {
		if err := os.MkdirAll(filepath.Dir(profilePath), 0o755); err != nil {
			return err
		}
		f, err := os.Create(profilePath)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	workDir, err := os.MkdirTemp("", "dosingaudit-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(workDir)

	house := BuildHouse(zoneCount, seed)
	feed := NewTelemetryFeed(house, seed+1)
	frames := feed.Generate(readingCount)

	audit := NewAudit(house)
	for _, frame := range frames {
		readings, rejected := ParseFrame(frame)
		audit.Rejected += rejected
		for _, r := range readings {
			audit.Apply(r)
		}
	}

	reportPath := filepath.Join(workDir, "hourly-audit.csv")
	if err := audit.WriteReport(reportPath); err != nil {
		return err
	}
	summary := audit.Summary()
	fmt.Printf("zones=%d frames=%d readings=%d duplicates=%d rejected=%d alarms=%d stockA=%.1fL stockB=%.1fL acid=%.2fL base=%.2fL buckets=%d\n",
		len(house.Zones), len(frames), audit.Readings, audit.Duplicates, audit.Rejected, summary.Alarms,
		summary.StockA/1000, summary.StockB/1000, summary.Acid/1000, summary.Base/1000, summary.Buckets)
	return nil
}
