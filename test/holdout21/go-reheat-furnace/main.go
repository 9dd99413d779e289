// Command reheatcheck verifies a week of charges booked on a forge shop's
// billet reheat furnaces: it simulates each charge's heating program against
// a thermal model of its furnace, checks heating-rate limits for the steel
// grade, estimates scale loss from oxidation and the gas burned, and writes a
// furnace schedule report.
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
	charges := flag.Int("charges", 6000, "number of booked charges to verify")
	workers := flag.Int("workers", 2, "simulation workers")
	seed := flag.Int64("seed", 7321, "seed for the booking generator")
	flag.Parse()

	if err := run(*cpuprofile, *charges, *workers, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "reheatcheck:", err)
		os.Exit(1)
	}
}

func run(profilePath string, chargeCount, workers int, seed int64) error {
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

	workDir, err := os.MkdirTemp("", "reheatcheck-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(workDir)

	shop := DefaultShop()
	bookingsPath := filepath.Join(workDir, "charges.json")
	if err := WriteCharges(bookingsPath, GenerateCharges(shop, chargeCount, seed)); err != nil {
		return err
	}
	charges, err := LoadCharges(bookingsPath)
	if err != nil {
		return err
	}
	programs, err := CompilePrograms(charges)
	if err != nil {
		return err
	}

	results := Verify(shop, programs, workers)

	reportPath := filepath.Join(workDir, "furnace-schedule.csv")
	totals, err := WriteReport(reportPath, results)
	if err != nil {
		return err
	}
	fmt.Printf("charges=%d accepted=%d flagged=%d gas=%.0fkWh mean_scale=%.0fum longest=%.1fh\n",
		totals.Charges, totals.Accepted, totals.Flagged, totals.GasKWh, totals.MeanScaleMicrons, totals.LongestHours)
	return nil
}
