// Command frostwatch replays a night of orchard frost-sensor telemetry,
// scores frost risk per orchard block and hour, and decides which blocks
// need wind machines or over-tree sprinklers switched on.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
)

func main() {
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	seed := flag.Int64("seed", 20240311, "telemetry generator seed")
	nights := flag.Int("nights", 5, "number of nights to replay")
	flag.Parse()

	if *cpuProfile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuProfile), 0o755); err != nil {
			log.Fatal(err)
		}
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	workDir, err := os.MkdirTemp("", "frostwatch-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(workDir)

	orchard := NewOrchard(*seed)
	gen := NewTelemetryGenerator(*seed, orchard)
	board := NewAlertBoard()
	ingest := &Ingest{orchard: orchard, board: board}

	for night := 0; night < *nights; night++ {
		spool := filepath.Join(workDir, fmt.Sprintf("night-%02d.log", night))
		if err := gen.WriteNight(spool, night); err != nil {
			log.Fatal(err)
		}
		if err := ingest.Spool(spool); err != nil {
			log.Fatal(err)
		}
		os.Remove(spool)
	}

	actions := board.Decide(orchard)
	sort.Slice(actions, func(i, j int) bool {
		if actions[i].Severity != actions[j].Severity {
			return actions[i].Severity > actions[j].Severity
		}
		return actions[i].BlockCode < actions[j].BlockCode
	})
	fmt.Printf("readings parsed=%d rejected=%d ignored=%d buckets=%d actions=%d\n",
		ingest.parsed, ingest.rejected, ingest.ignored, board.Len(), len(actions))
	for i, a := range actions {
		if i == 8 {
			break
		}
		fmt.Printf("  %-8s %-22s severity=%.2f minTemp=%.2f hours=%d coldest: %s\n",
			a.BlockCode, a.Measure, a.Severity, a.MinTemp, a.Hours, a.LastObs)
	}
}
