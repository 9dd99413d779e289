package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	periods := flag.Int("periods", 26, "pay periods to run")
	headcount := flag.Int("employees", 110000, "employees on the roster")
	workers := flag.Int("workers", 2, "payslip workers")
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

	roster := buildRoster(7741, *headcount)
	tables := defaultTaxTables()
	ledger := newLedger()
	digest := sha256.New()

	for p := 1; p <= *periods; p++ {
		sheets := generateTimesheets(uint64(p)*2654435761, roster, p)
		slips := runPeriod(roster, sheets, tables, *workers)
		export := renderExport(p, slips)
		digest.Write(export)
		ledger.post(p, slips)
	}
	fmt.Printf("employees=%d periods=%d gross=%.2f net=%.2f rejected=%d\n",
		len(roster), *periods, ledger.gross, ledger.net, ledger.rejected)
	fmt.Printf("export digest %s\n", hex.EncodeToString(digest.Sum(nil))[:16])
	for _, d := range ledger.topDepartments(3) {
		fmt.Printf("  %-12s gross=%.2f\n", d.name, d.gross)
	}
}
