// Command auctionhouse replays the bid logs of several auction sessions,
// settles each lot (hammer price, buyer's premium, seller commission) and
// prints a short settlement report per session.
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
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	sessions := flag.Int("sessions", 8, "number of auction sessions to replay")
	lotsPer := flag.Int("lots", 1200, "lots per session")
	bidsPer := flag.Int("bids", 60000, "bid log lines per session")
	bidders := flag.Int("bidders", 1300, "registered bidders")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
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
	registry := NewBidderRegistry(generateBidders(*bidders, 11))
	history := generateHistory(40000, 23)
	valuer := NewValuer(history)

	var grand SettlementTotals
	for s := 0; s < *sessions; s++ {
		code := fmt.Sprintf("S%02d", s+1)
		cat := generateCatalogue(code, *lotsPer, int64(100+s))
		lines := generateBidLog(cat, registry, *bidsPer, int64(500+s))

		house := NewAuctionHouse(code, cat, registry, valuer)
		rejected := 0
		for _, line := range lines {
			if err := house.Ingest(line); err != nil {
				rejected++
			}
		}
		results := house.SettleAll()
		totals := Summarise(results)
		grand.Add(totals)
		fmt.Print(FormatSessionReport(code, totals, results, rejected, len(house.audit)))
	}
	fmt.Printf("ALL SESSIONS: sold=%d unsold=%d hammer=%s premium=%s commission=%s (%.2fs)\n",
		grand.Sold, grand.Unsold, money(grand.Hammer), money(grand.Premium), money(grand.Commission),
		time.Since(start).Seconds())
}
