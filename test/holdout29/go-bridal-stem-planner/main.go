// Command stemplanner plans stem purchasing for a wedding florist's season:
// it expands each booked wedding's designs (bouquets, buttonholes, table
// arrangements, arches) into stem requirements per market day, buys stems
// from clock-auction lots at the cheapest landed price, substitutes where a
// variety is short, and prices every wedding against its quoted budget.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"runtime/pprof"
	"time"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	weddings := flag.Int("weddings", 20000, "weddings booked in the season")
	runs := flag.Int("runs", 700, "market price scenarios for the margin sensitivity")
	vans := flag.Int("vans", 2, "delivery vans")
	seed := flag.Int64("seed", 4242, "seed for the synthetic order book")
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
	rng := rand.New(rand.NewSource(*seed))
	cat := newCatalogue()
	book := generateOrderBook(rng, cat, *weddings)
	demand := expandDemand(cat, book)
	market := simulateMarket(rng, cat, 180)
	plan := buyStems(cat, demand, market)
	costs := priceWeddings(cat, book, plan)
	sens := priceSensitivity(rng, cat, book, market, *runs)
	venues, at := assignVenues(rng, book, 2400)
	routes := planDeliveries(book, venues, at, *vans)

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "weddings=%d designs=%d market_days=%d lots=%d\n", len(book), countDesigns(book), len(market), countLots(market))
	fmt.Fprintf(w, "stems_bought=%d substitutions=%d shortfall_stems=%d spend=%.2f\n", plan.stemsBought, plan.substitutions, plan.shortfall, plan.spend)
	over := 0
	var margin float64
	for _, c := range costs {
		if c.cost > c.budget {
			over++
		}
		margin += c.budget - c.cost
	}
	fmt.Fprintf(w, "over_budget=%d mean_margin=%.2f\n", over, margin/float64(len(costs)))
	for _, line := range sens {
		fmt.Fprintln(w, line)
	}
	var km float64
	stops := 0
	for _, r := range routes {
		km += r.Km
		stops += r.Stops
	}
	fmt.Fprintf(w, "delivery_days=%d stops=%d van_km=%.0f\n", len(routes), stops, km)
	fmt.Fprintf(w, "elapsed=%s\n", time.Since(start).Round(time.Millisecond))
}
