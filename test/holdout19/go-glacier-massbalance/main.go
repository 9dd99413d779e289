// Command massbalance computes the glaciological mass balance of a valley
// glacier for one hydrological year from the stake and snow-pit field book:
// point balances at every stake, a distributed balance over the surface
// elevation model, balances per elevation band, the equilibrium-line
// altitude, and a bootstrap uncertainty on the glacier-wide balance.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	seed := flag.Int64("seed", 2023, "seed for the synthetic survey year")
	draws := flag.Int("bootstrap", 200, "bootstrap resamples of the stake network")
	flag.Parse()

	if *cpuprofile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuprofile), 0o755); err != nil {
			log.Fatal(err)
		}
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

	work, err := os.MkdirTemp("", "glacier-mb-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)

	summary, err := run(work, *seed, *draws)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(summary)
}

func run(work string, seed int64, draws int) (string, error) {
	dem := SynthesizeDEM(seed, 480, 300, 22)
	book := SynthesizeFieldBook(seed+1, dem, 96)
	bookPath := filepath.Join(work, "fieldbook.csv")
	if err := os.WriteFile(bookPath, book, 0o644); err != nil {
		return "", err
	}

	f, err := os.Open(bookPath)
	if err != nil {
		return "", err
	}
	visits, err := ReadFieldBook(f)
	f.Close()
	if err != nil {
		return "", err
	}

	stakes := PointBalances(visits, DefaultDensityModel())
	grid := NewBalanceGrid(dem)
	grid.Interpolate(stakes, 2.0)
	bands := grid.Bands(50)
	ela := EquilibriumLine(bands)
	glacierWide := grid.GlacierWide()
	unc := Bootstrap(seed+2, dem, stakes, draws)
	station := SynthesizeStation(seed+3, 2410)
	model, rmse := Calibrate(station, stakes)
	modelled := ModelledGlacierWide(model, station, grid)

	reportPath := filepath.Join(work, "massbalance-report.txt")
	if err := WriteReport(reportPath, stakes, bands, glacierWide, ela, unc, ModelSummary{model, rmse, modelled}); err != nil {
		return "", err
	}
	return fmt.Sprintf("%d stakes, %d glacier cells, Ba = %.3f m w.e. (±%.3f), ELA %.0f m, degree-day model %.3f m w.e. (rmse %.3f)",
		len(stakes), grid.glacierCells, glacierWide, unc.StdDev, ela, modelled, rmse), nil
}
