package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	records := flag.Int("records", 500000, "detail records per acquirer file")
	seed := flag.Int64("seed", 7331, "random seed")
	verbose := flag.Bool("v", false, "debug logging")
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
	level := LevelInfo
	if *verbose {
		level = LevelDebug
	}
	if err := run(*records, *seed, NewLogger(os.Stderr, level)); err != nil {
		log.Fatal(err)
	}
}

func run(records int, seed int64, logger *Logger) error {
	dir, err := os.MkdirTemp("", "card-clearing-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	files := []acquirerFile{
		{Name: "NORD", Merchants: 6000, Cards: 120000},
		{Name: "SUED", Merchants: 5000, Cards: 100000},
		{Name: "WEST", Merchants: 4000, Cards: 90000},
		{Name: "OSTE", Merchants: 3000, Cards: 60000},
	}
	for i := range files {
		files[i].Records = records
		files[i].Path = filepath.Join(dir, files[i].Name+".clr")
	}

	if err := forEach(len(files), func(i int) error { return writeClearingFile(files[i], seed+int64(i)) }); err != nil {
		return err
	}

	table := NewInterchangeTable()
	fx := NewFXRates()
	results := make([]*FileResult, len(files))
	err = forEach(len(files), func(i int) error {
		r, err := processFile(files[i].Path, files[i].Name, table, fx, logger)
		results[i] = r
		return err
	})
	if err != nil {
		return err
	}
	for _, r := range results {
		logger.Infof("%s: %d records, %d rejected, %d cards over velocity limit", r.Name, r.Records, r.Rejected, r.FlaggedCards)
	}

	positions := mergePositions(results)
	digest, err := writeSettlement(filepath.Join(dir, "settlement.txt"), positions)
	if err != nil {
		return err
	}
	report(positions, digest)
	return nil
}

// forEach runs fn for 0..n-1 on up to GOMAXPROCS workers and returns the first error.
func forEach(n int, fn func(int) error) error {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	jobs := make(chan int, n)
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				errs[i] = fn(i)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func report(positions []*Position, digest string) {
	type groupTotal struct {
		group       byte
		sales, fees int64
		merchants   int
	}
	totals := map[byte]*groupTotal{}
	var gross, net, fees int64
	chargeable := 0
	for _, p := range positions {
		g := mccGroup(p.MCC)
		t := totals[g]
		if t == nil {
			t = &groupTotal{group: g}
			totals[g] = t
		}
		t.sales += p.SalesEUR
		t.fees += p.Interchange + p.SchemeFees
		t.merchants++
		gross += p.SalesEUR
		net += p.Net()
		fees += p.Interchange + p.SchemeFees
		if p.Chargeable {
			chargeable++
		}
	}
	list := make([]*groupTotal, 0, len(totals))
	for _, t := range totals {
		list = append(list, t)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].sales > list[j].sales })
	fmt.Printf("merchants=%d gross=%s fees=%s net=%s refund_watch=%d\n", len(positions),
		appendEuro(nil, gross), appendEuro(nil, fees), appendEuro(nil, net), chargeable)
	for _, t := range list {
		fmt.Printf("  group %c merchants=%d sales=%s fees=%s blended=%.3f%%\n", t.group, t.merchants,
			appendEuro(nil, t.sales), appendEuro(nil, t.fees), float64(t.fees)*100/float64(t.sales))
	}
	fmt.Printf("settlement digest %s\n", digest)
}
