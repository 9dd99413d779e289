package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// ModelSummary is the calibrated degree-day model and its result.
type ModelSummary struct {
	Model       DegreeDayModel
	RMSE        float64
	GlacierWide float64
}

// WriteReport writes the annual mass-balance report.
func WriteReport(path string, stakes []StakeBalance, bands []Band, glacierWide, ela float64, unc Uncertainty, ms ModelSummary) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "ANNUAL MASS BALANCE\nglacier-wide Ba = %.3f m w.e.  (bootstrap n=%d, sd %.3f, 90%% %.3f..%.3f)\nELA = %.0f m a.s.l.\n\n",
		glacierWide, unc.Draws, unc.StdDev, unc.P05, unc.P95, ela)
	fmt.Fprintf(w, "degree-day model: DDF snow %.2f, ice %.2f mm/K/d, precip gradient %.0f%%/100 m, rmse %.3f, Ba(model) = %.3f m w.e.\n\n",
		ms.Model.DDFSnow, ms.Model.DDFIce, ms.Model.PrecipGrad*100, ms.RMSE, ms.GlacierWide)
	fmt.Fprintf(w, "%-12s %9s %9s\n", "band (m)", "area km2", "b m w.e.")
	for _, b := range bands {
		fmt.Fprintf(w, "%5.0f-%-6.0f %9.3f %9.3f\n", b.Lower, b.Upper, b.AreaKm2, b.Balance)
	}
	sorted := append([]StakeBalance(nil), stakes...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Stake < sorted[j].Stake })
	fmt.Fprintf(w, "\n%-6s %7s %8s %8s %8s\n", "stake", "elev", "bw", "bs", "ba")
	for _, s := range sorted {
		fmt.Fprintf(w, "%-6s %7.0f %8.3f %8.3f %8.3f\n", s.Stake, s.Elev, s.Winter, s.Summer, s.Annual)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
