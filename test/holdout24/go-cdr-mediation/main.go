// Command cdrmediation collects call detail record exports from the
// switches, normalises and de-duplicates them, rates every usage record
// against the retail tariff and writes per-subscriber billing summaries.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"time"
)

func main() {
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	files := flag.Int("files", 30, "number of switch export files to generate and mediate")
	perFile := flag.Int("records", 7500, "records per switch export file")
	seed := flag.Int64("seed", 20240611, "seed for the synthetic traffic generator")
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

	workDir, err := os.MkdirTemp("", "cdr-mediation-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(workDir)

	started := time.Now()
	gen := NewTrafficGenerator(*seed)
	exports, err := gen.WriteExports(workDir, *files, *perFile)
	if err != nil {
		log.Fatal(err)
	}

	audit, err := OpenAuditTrail(filepath.Join(workDir, "audit.log"))
	if err != nil {
		log.Fatal(err)
	}

	ledger := NewLedger()
	med := &Mediator{
		Plans:  DefaultNumberingPlans(),
		Tariff: DefaultRetailTariff(),
		Ledger: ledger,
		Audit:  audit,
		Events: make(map[string][]usageEvent, 8192),
	}
	var totals MediationTotals
	var handoff []string

	for _, path := range exports {
		batch, err := ReadExport(path)
		if err != nil {
			log.Fatal(err)
		}
		out, err := CreateRatedUsageFile(strings.TrimSuffix(path, ".cdr") + ".rated.gz")
		if err != nil {
			log.Fatal(err)
		}
		res, err := med.MediateBatch(batch, out)
		if err != nil {
			log.Fatal(err)
		}
		sum, err := out.Close()
		if err != nil {
			log.Fatal(err)
		}
		handoff = append(handoff, fmt.Sprintf("%s %s %d", filepath.Base(out.path), sum, out.rows))
		totals.Add(res)
	}
	alerts := ScreenForFraud(med.Events)
	if err := audit.Close(); err != nil {
		log.Fatal(err)
	}

	summaryPath := filepath.Join(workDir, "billing-summary.txt")
	if err := WriteBillingSummary(summaryPath, ledger); err != nil {
		log.Fatal(err)
	}
	info, _ := os.Stat(summaryPath)

	fmt.Printf("mediated %d exports: %d records, %d rated, %d duplicates, %d rejected\n",
		len(exports), totals.Read, totals.Rated, totals.Duplicates, totals.Rejected)
	fmt.Printf("hand-off files: %d (last %s), fraud alerts: %d\n", len(handoff), handoff[len(handoff)-1], len(alerts))
	fmt.Printf("subscribers billed: %d, revenue %s, summary %d bytes\n",
		len(ledger.accounts), FormatPence(ledger.TotalPence()), info.Size())
	top := ledger.TopSpenders(3)
	sort.SliceStable(top, func(i, j int) bool { return top[i].ChargePence > top[j].ChargePence })
	for _, a := range top {
		fmt.Printf("  %s  calls=%d data=%dMB  %s\n", a.MSISDN, a.Calls, a.DataBytes>>20, FormatPence(a.ChargePence))
	}
	fmt.Printf("elapsed %.1fs\n", time.Since(started).Seconds())
}
