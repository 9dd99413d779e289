package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// WriteReport prints the network summary: constituents, datums and the
// largest storm surges.
func WriteReport(w io.Writer, results []*StationResult, epoch time.Time, years int) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	fmt.Fprintf(bw, "Tide gauge network harmonic analysis, %s + %d years, %d-minute data\n\n",
		epoch.Format("2006-01-02"), years, SampleMinutes)
	fmt.Fprintf(bw, "%-8s %-20s %8s %6s %6s %6s %6s %6s %6s %6s %7s  %s\n",
		"station", "name", "samples", "M2", "S2", "K1", "O1", "MN", "GT", "rms", "ampErr", "type")
	var failed []string
	type surgeRow struct {
		st *Station
		s  Surge
	}
	var surges []surgeRow
	for _, r := range results {
		if r.Err != nil {
			failed = append(failed, r.Station.ID+": "+r.Err.Error())
			continue
		}
		f := r.Fit
		ff := FormFactor(f.Amp)
		fmt.Fprintf(bw, "%-8s %-20s %8d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.1f%%  %s (F=%.2f)\n",
			r.Station.ID, r.Station.Name, r.Samples, f.Amp[0], f.Amp[1], f.Amp[4], f.Amp[5],
			r.Datums.Range(), r.Datums.GreatRange(), f.RMS, 100*r.AmpErr, TideType(ff), ff)
		for _, s := range r.Surges {
			surges = append(surges, surgeRow{r.Station, s})
		}
	}
	fmt.Fprintf(bw, "\nDatums above station datum (m):\n")
	for _, r := range results {
		if r.Err != nil {
			continue
		}
		d := r.Datums
		fmt.Fprintf(bw, "  %s MHHW %.3f MHW %.3f MSL %.3f MLW %.3f MLLW %.3f  highs %d lows %d  50-yr level %.2f  surges %d (max residual %.2f)\n",
			r.Station.ID, d.MHHW, d.MHW, d.MSL, d.MLW, d.MLLW, d.Highs, d.Lows, r.Return50, len(r.Surges), r.MaxResid)
	}
	sort.Slice(surges, func(i, j int) bool { return surges[i].s.Peak > surges[j].s.Peak })
	fmt.Fprintf(bw, "\nLargest positive surges:\n")
	for _, row := range surges[:min(15, len(surges))] {
		at := epoch.Add(time.Duration(row.s.PeakHour * float64(time.Hour)))
		fmt.Fprintf(bw, "  %s %-20s %s  +%.2f m over %.0f h\n", row.st.ID, row.st.Name,
			at.Format("2006-01-02 15:04"), row.s.Peak, row.s.Hours)
	}
	if len(failed) > 0 {
		fmt.Fprintf(bw, "\nFailed stations:\n  %s\n", strings.Join(failed, "\n  "))
	}
}
