package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	days := flag.Int("days", 850, "service days to simulate")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}

	net := buildNetwork(newRand(77031))
	planner := NewPlanner(net)
	var agg Punctuality
	for d := 0; d < *days; d++ {
		feed := simulateDay(net, newRand(uint64(1000+d)))
		agg.Merge(planner.Reconcile(feed))
	}
	fmt.Printf("trips=%d late=%d meanDelay=%.1fs worstLine=%s\n",
		agg.Trips, agg.Late, agg.MeanDelay(), agg.WorstLine())
}
