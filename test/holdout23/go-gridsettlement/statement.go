package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// WriteStatements writes one imbalance statement per supplier, a meter
// summary file, and a manifest of SHA-256 digests so the statements can be
// checked by the suppliers on receipt.
func WriteStatements(dir string, reg *Registry, run *SettlementRun) ([]string, error) {
	var paths []string
	manifest := make([]byte, 0, 4096)
	line := make([]byte, 0, 128)
	for s, sup := range reg.Suppliers {
		path := filepath.Join(dir, "statement-"+sup.ID+".csv")
		digest, err := writeDigested(path, func(w *bufio.Writer) {
			w.WriteString("day,period,metered_mwh,contracted_mwh,imbalance_mwh,price_gbp_mwh,charge_gbp\n")
			for i, p := range run.Positions[s] {
				line = line[:0]
				line = strconv.AppendInt(line, int64(i/periodsPerDay), 10)
				line = append(line, ',')
				line = strconv.AppendInt(line, int64(i%periodsPerDay+1), 10)
				for _, v := range [...]float64{p.MeteredMWh, p.ContractedMWh, p.ImbalanceMWh, p.Price, p.Charge} {
					line = append(line, ',')
					line = strconv.AppendFloat(line, v, 'f', 3, 64)
				}
				line = append(line, '\n')
				w.Write(line)
			}
		})
		if err != nil {
			return nil, err
		}
		paths = append(paths, path)
		manifest = append(manifest, digest...)
		manifest = append(manifest, "  "...)
		manifest = append(manifest, filepath.Base(path)...)
		manifest = append(manifest, '\n')
	}

	meterPath := filepath.Join(dir, "meter-summary.csv")
	digest, err := writeDigested(meterPath, func(w *bufio.Writer) {
		w.WriteString("mpan,supplier,total_kwh,peak_kwh,peak_day,peak_period,load_factor,estimated\n")
		for _, ms := range run.Meters {
			mp := &reg.Points[ms.Meter]
			line = line[:0]
			line = strconv.AppendUint(line, mp.ID, 10)
			line = append(line, ',')
			line = append(line, reg.Suppliers[mp.Supplier].ID...)
			line = append(line, ',')
			line = strconv.AppendFloat(line, ms.TotalKWh, 'f', 1, 64)
			line = append(line, ',')
			line = strconv.AppendFloat(line, ms.PeakKWh, 'f', 3, 64)
			line = append(line, ',')
			line = strconv.AppendInt(line, int64(ms.PeakDay), 10)
			line = append(line, ',')
			line = strconv.AppendInt(line, int64(ms.PeakPeriod), 10)
			line = append(line, ',')
			line = strconv.AppendFloat(line, ms.LoadFactor, 'f', 4, 64)
			line = append(line, ',')
			line = strconv.AppendInt(line, int64(ms.Estimated), 10)
			line = append(line, '\n')
			w.Write(line)
		}
	})
	if err != nil {
		return nil, err
	}
	paths = append(paths, meterPath)
	manifest = append(manifest, digest...)
	manifest = append(manifest, "  meter-summary.csv\n"...)
	if err := os.WriteFile(filepath.Join(dir, "MANIFEST.sha256"), manifest, 0o644); err != nil {
		return nil, err
	}
	return paths, nil
}

func writeDigested(path string, fill func(w *bufio.Writer)) (string, error) {
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	w := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<16)
	fill(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
