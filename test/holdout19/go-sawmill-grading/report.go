package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

// WriteShiftReport writes the tally sheet and supplier recovery table.
func WriteShiftReport(path string, t *ShiftTally, l *RecoveryLedger) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "GREEN CHAIN TALLY\n%-16s %-14s %-6s %8s %12s  top defects\n", "species", "grade", "thick", "boards", "board feet")
	for _, k := range t.SortedKeys() {
		line := t.lines[k]
		fmt.Fprintf(w, "%-16s %-14s %-6s %8d %12.1f  %s\n", k.Species, k.Grade.Name, fmt.Sprintf("%d/4", k.Thick), line.Boards, line.BoardFeet, topDefects(line.Defects, 3))
	}
	fmt.Fprintf(w, "\nRECOVERY BY SUPPLIER\n%-22s %6s %10s %10s %8s %12s\n", "supplier", "logs", "doyle BF", "sawn BF", "overrun", "value $")
	for _, s := range l.BySupplier() {
		over := 0.0
		if s.ScaledBF > 0 {
			over = s.SawnBF/s.ScaledBF - 1
		}
		fmt.Fprintf(w, "%-22s %6d %10.0f %10.0f %7.1f%% %12.2f\n", s.Supplier, s.Logs, s.ScaledBF, s.SawnBF, over*100, s.Value)
	}
	fmt.Fprintf(w, "\nunmatched boards: %d\n", l.unmatched)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func topDefects(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	all := make([]kv, 0, len(m))
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k < all[j].k
	})
	if len(all) > n {
		all = all[:n]
	}
	parts := make([]string, len(all))
	for i, e := range all {
		parts[i] = fmt.Sprintf("%s x%d", e.k, e.v)
	}
	return strings.Join(parts, ", ")
}
