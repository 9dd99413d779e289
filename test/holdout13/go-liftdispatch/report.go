package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func printResults(results []Result) {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "tower\tpolicy\tserved\tavg wait\tp90\tmax\tavg journey\t")
	for i := range results {
		r := &results[i]
		avgWait, avgJourney := 0.0, 0.0
		if r.Served > 0 {
			avgWait = r.WaitSum / float64(r.Served)
			avgJourney = r.JourneySum / float64(r.Served)
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%.1fs\t%ds\t%ds\t%.1fs\t\n", r.Tower, r.Policy, r.Served, avgWait, r.percentile(0.9), r.MaxWait, avgJourney)
	}
	w.Flush()
}
