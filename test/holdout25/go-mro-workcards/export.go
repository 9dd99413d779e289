package main

import (
	"bufio"
	"encoding/csv"
	"os"
	"strconv"
)

// ExportDueList writes the fleet's 60-day due list for the planning office.
func ExportDueList(f *Fleet, path string) (int, error) {
	out, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer out.Close()
	bw := bufio.NewWriter(out)
	w := csv.NewWriter(bw)
	w.Write([]string{"tail", "type", "ata", "position", "part_number", "serial", "limit", "remaining", "due_in_days", "deferred"})
	rows := 0
	for _, tail := range f.Tails() {
		a, ok := f.Current(tail)
		if !ok {
			continue
		}
		for _, d := range ForecastDue(f, a, 60) {
			w.Write([]string{a.Tail, a.Type, d.ATA, d.Position, d.PartNumber, d.Serial, d.Kind,
				strconv.FormatFloat(d.Remaining, 'f', 1, 64), strconv.Itoa(d.DueInDays), strconv.FormatBool(d.Deferred)})
			rows++
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return rows, err
	}
	return rows, bw.Flush()
}
