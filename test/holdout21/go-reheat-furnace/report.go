package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Totals struct {
	Charges, Accepted, Flagged int
	GasKWh, MeanScaleMicrons   float64
	LongestHours               float64
}

// WriteReport writes one CSV row per charge ordered by furnace and booking
// order, and returns the week's totals.
func WriteReport(path string, results []ChargeResult) (Totals, error) {
	order := make([]int, len(results))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return results[order[a]].Furnace < results[order[b]].Furnace })

	f, err := os.Create(path)
	if err != nil {
		return Totals{}, err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	w.WriteString("charge,furnace,grade,order,hours,gas_kwh,peak_c,scale_um,violations\n")

	var t Totals
	row := make([]byte, 0, 256)
	for _, i := range order {
		r := &results[i]
		t.Charges++
		if len(r.Violations) == 0 {
			t.Accepted++
		} else {
			t.Flagged++
		}
		t.GasKWh += r.GasKWh
		t.MeanScaleMicrons += r.ScaleMicron
		if r.Hours > t.LongestHours {
			t.LongestHours = r.Hours
		}
		row = row[:0]
		row = append(row, r.ID...)
		row = append(row, ',')
		row = append(row, r.Furnace...)
		row = append(row, ',')
		row = append(row, r.Grade...)
		row = append(row, ',')
		row = append(row, r.Order...)
		row = append(row, ',')
		row = strconv.AppendFloat(row, r.Hours, 'f', 2, 64)
		row = append(row, ',')
		row = strconv.AppendFloat(row, r.GasKWh, 'f', 1, 64)
		row = append(row, ',')
		row = strconv.AppendFloat(row, r.PeakC, 'f', 0, 64)
		row = append(row, ',')
		row = strconv.AppendFloat(row, r.ScaleMicron, 'f', 0, 64)
		row = append(row, ',')
		row = append(row, strings.Join(r.Violations, "|")...)
		row = append(row, '\n')
		w.Write(row)
	}
	if t.Charges > 0 {
		t.MeanScaleMicrons /= float64(t.Charges)
	}
	return t, w.Flush()
}
