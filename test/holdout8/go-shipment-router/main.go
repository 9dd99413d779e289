// Command shipment-router plans carrier assignments for a day's worth of
// parcel shipments: it validates addresses, consolidates shipments into
// truck manifests per destination hub, prices each leg and exports a
// flat CSV-style report.
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
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	count := flag.Int("shipments", 36000, "number of shipments to generate")
	seed := flag.Int64("seed", 20240611, "random seed for the synthetic workload")
	out := flag.String("out", os.DevNull, "where to write the manifest report")
	auditOut := flag.String("audit", os.DevNull, "where to write the shipment audit export")
	flag.Parse()

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
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
	hubs := defaultHubs()
	shipments := generateShipments(*count, *seed, hubs)
	changes := normalizeAll(shipments)

	planner := newPlanner(hubs, defaultCarriers())
	var rejected int
	for i := range shipments {
		s := &shipments[i]
		if errs := validateShipment(s); len(errs) > 0 {
			rejected++
			continue
		}
		planner.Assign(s)
	}
	manifests := planner.Manifests()

	rows := 0
	audit, err := newExporter(*auditOut)
	if err != nil {
		log.Fatalf("open audit: %v", err)
	}
	for i := range shipments {
		audit.Write(&shipments[i])
	}
	if err := audit.Close(); err != nil {
		log.Fatalf("close audit: %v", err)
	}

	exp, err := newExporter(*out)
	if err != nil {
		log.Fatalf("open report: %v", err)
	}
	for _, m := range manifests {
		for _, line := range m.Lines {
			exp.Write(line)
			rows++
		}
	}
	if err := exp.Close(); err != nil {
		log.Fatalf("close report: %v", err)
	}

	fmt.Printf("normalized=%d ", len(changes))
	fmt.Printf("shipments=%d rejected=%d manifests=%d rows=%d cost=%.2f elapsed=%s\n",
		len(shipments), rejected, len(manifests), rows, planner.TotalCost(), time.Since(start).Round(time.Millisecond))
}
