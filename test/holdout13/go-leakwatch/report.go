package main

import (
	"fmt"
	"strings"
)

func printSummary(reports []ZoneReport) {
	fmt.Println("DMA      inflow(m3)  billed(m3)  NRW%   suspects  bad")
	total := 0
	for _, r := range reports {
		fmt.Printf("%-8s %10.1f  %10.1f  %5.1f  %8d  %3d\n", r.Zone, r.InflowM3, r.BilledM3, r.LossRatio*100, len(r.Suspects), r.BadLines)
		total += len(r.Suspects)
	}
	fmt.Printf("total suspected leaking services: %d\n", total)
	if len(reports) > 0 && len(reports[0].Suspects) > 0 {
		n := len(reports[0].Suspects)
		if n > 5 {
			n = 5
		}
		fmt.Printf("worst DMA %s, first suspects: %s\n", reports[0].Zone, strings.Join(reports[0].Suspects[:n], ", "))
	}
}
