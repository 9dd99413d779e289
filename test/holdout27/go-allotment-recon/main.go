// Command allotmentrecon reconciles hotel room allotments held by a tour
// operator against the extranet release feeds sent by partner hotels and the
// bookings sold through the operator's brochure and web channels.
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
	cpuprofile := flag.String("cpuprofile", "", "write CPU profile to file")
	hotels := flag.Int("hotels", 800, "number of contracted hotels")
	days := flag.Int("days", 150, "length of the season in days")
	bookings := flag.Int("bookings", 70000, "number of bookings in the sales extract")
	runs := flag.Int("runs", 5, "number of nightly reconciliation runs to replay")
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

	start := time.Now()
	season := NewSeason(2024, time.May, 1, *days)
	gen := NewGenerator(20240501)
	portfolio := gen.Portfolio(*hotels, season)

	var total RunSummary
	var previous map[string]int
	for run := 0; run < *runs; run++ {
		feed := gen.ExtranetFeed(portfolio, season)
		sales := gen.SalesExtract(portfolio, season, *bookings)

		updates, rejected := ParseExtranetFeed(feed, season)
		ledger := NewLedger(portfolio.Contracts)
		ledger.ApplyReleases(updates)
		unmatched := ledger.ConsumeBookings(sales)

		report := BuildReport(ledger, season, previous)
		previous = ledger.Snapshot()
		sum := report.Summarise()
		sum.RejectedLines = rejected
		sum.UnmatchedBookings = unmatched
		total.Add(sum)
		fmt.Printf("run %d: %d feed lines, %d bookings, %d overbooked nights, %d stop-sell candidates, digest %s\n",
			run+1, len(feed), len(sales), sum.Overbooked, sum.StopSell, sum.Digest[:16])
	}
	fmt.Printf("total: overbooked=%d stopsell=%d rejected=%d unmatched=%d exposure=%.2f elapsed=%s\n",
		total.Overbooked, total.StopSell, total.RejectedLines, total.UnmatchedBookings, total.Exposure,
		time.Since(start).Round(time.Millisecond))
}
