package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	batches := flag.Int("batches", 100, "number of telemetry batches to process")
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

	gen := newGenerator(20260611)
	rules := defaultExcursionRules()
	ledger := newExcursionLedger()
	var accepted, rejected, auditBytes int

	for b := 0; b < *batches; b++ {
		shipments := gen.shipments(40)
		lines := gen.loggerLines(shipments, 60)
		parsed, bad := parseLoggerLines(lines, rules)
		rejected += bad
		for _, s := range shipments {
			applyReadings(s, parsed[s.ID])
			snapshot := s.snapshot()
			verdict := evaluate(snapshot, rules)
			ledger.record(snapshot, verdict)
			accepted++
		}
		auditBytes += ledger.flushAudit()
	}
	summary := ledger.summary()
	fmt.Printf("shipments=%d rejected_lines=%d excursions=%d lots=%d audit_kb=%d\n",
		accepted, rejected, summary.excursions, len(summary.byLot), auditBytes/1024)
}
