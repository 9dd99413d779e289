package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	nPolicies := flag.Int("policies", 6000, "number of policies in the book")
	nProviders := flag.Int("providers", 900, "number of billing providers")
	nClaims := flag.Int("claims", 15000, "number of claims received")
	nCycles := flag.Int("cycles", 12, "number of payment cycles")
	iterations := flag.Int("bootstrap", 5000, "bootstrap iterations for the reserve estimate")
	seed := flag.Int64("seed", 20230401, "random seed")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	if err := run(*nPolicies, *nProviders, *nClaims, *nCycles, *iterations, *seed); err != nil {
		log.Fatal(err)
	}
}

func run(nPolicies, nProviders, nClaims, nCycles, iterations int, seed int64) error {
	dir, err := os.MkdirTemp("", "claims-adjudication-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	rng := rand.New(rand.NewSource(seed))
	intake := filepath.Join(dir, "intake.csv")
	store, providers, err := generateBook(rng, nPolicies, nProviders, nClaims, nCycles, intake)
	if err != nil {
		return err
	}
	cycles, err := loadClaims(intake)
	if err != nil {
		return err
	}

	adj := NewAdjudicator(store, providers)
	for _, claims := range cycles {
		adj.StartCycle()
		for _, c := range claims {
			adj.Adjudicate(c)
		}
	}

	profiles := profileProviders(cycles, adj.fees, adj.providers)
	reserves := estimateReserves(cycles, iterations, seed)
	sum, n, err := writeRemittance(filepath.Join(dir, "remittance.txt"), cycles)
	if err != nil {
		return err
	}

	s := adj.stats
	fmt.Printf("policies=%d claims=%d lines=%d paid=%d denied=%d pended=%d duplicates=%d excluded=%d\n",
		store.Len(), s.Claims, s.Lines, s.Paid, s.Denied, s.Pended, s.Duplicates, s.Excluded)
	fmt.Printf("billed=%s allowed=%s paid=%s member=%s\n",
		string(appendCents(nil, s.BilledCents)), string(appendCents(nil, s.AllowedCents)),
		string(appendCents(nil, s.PaidCents)), string(appendCents(nil, s.MemberCents)))
	outliers := 0
	for _, p := range profiles {
		if p.Outlier {
			outliers++
		}
	}
	fmt.Printf("providers=%d outliers=%d remittance_lines=%d crc=%08x\n", len(profiles), outliers, n, sum)
	for i := 0; i < 5 && i < len(profiles); i++ {
		p := profiles[i]
		fmt.Printf("  %s %-8s lines=%d denied=%d mean=%.3f p90=%.3f paid=%s\n", p.ProviderID, p.Specialty,
			p.Lines, p.Denied, p.MeanRatio, p.P90Ratio, string(appendCents(nil, p.PaidCents)))
	}
	for _, r := range reserves {
		fmt.Printf("  reserve %-8s paid=%.2f ibnr_mean=%.2f p75=%.2f p95=%.2f p99.5=%.2f\n",
			r.Category, r.Paid, r.Mean, r.P75, r.P95, r.P995)
	}
	return nil
}
