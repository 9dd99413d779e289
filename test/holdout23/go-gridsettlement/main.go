// Command gridsettlement runs the imbalance settlement of an electricity
// market for a run of settlement days: it reads half-hourly metered volumes
// from the data hub flow, estimates missing reads, prices the system
// imbalance from the balancing offer stack and issues supplier statements.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	meters := flag.Int("meters", 5000, "number of half-hourly metering points")
	days := flag.Int("days", 28, "number of settlement days")
	seed := flag.Int64("seed", 7321, "seed for the synthetic market data")
	verbose := flag.Bool("v", false, "debug logging")
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

	logger := NewLogger(os.Stderr, LevelInfo)
	if *verbose {
		logger.level = LevelDebug
	}
	if err := run(*meters, *days, *seed, logger); err != nil {
		fmt.Fprintln(os.Stderr, "gridsettlement:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(meterCount, days int, seed int64, logger *Logger) error {
	work, err := os.MkdirTemp("", "settlement-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	reg := NewRegistry(seed, meterCount)
	flowPath, digest, err := WriteConsumptionFlow(work, reg, days, seed+1)
	if err != nil {
		return err
	}
	logger.Infof("consumption flow written: %s", digest)

	vols, err := LoadConsumptionFlow(flowPath, reg, days, digest)
	if err != nil {
		return err
	}
	logger.Infof("loaded %d reads, %d estimated, %d rejected", vols.Reads, vols.Estimated, vols.Rejected)

	notices := NewContractNotices(seed+2, reg, vols)
	market := NewBalancingMarket(seed+3, days)
	run := Settle(reg, vols, notices, market, logger)

	paths, err := WriteStatements(work, reg, run)
	if err != nil {
		return err
	}
	fmt.Print(run.Summary(reg, len(paths)))
	return nil
}
