package main

import (
	"fmt"
	"sort"
	"strings"
)

func BuildReport(store *RollupStore, top int) string {
	var sb strings.Builder
	sums := store.Summaries()
	fmt.Fprintf(&sb, "series=%d\n", len(sums))
	names := make([]string, 0, len(store.names))
	for n := range store.names {
		names = append(names, n)
	}
	sort.Strings(names)
	sb.WriteString("metrics: ")
	sb.WriteString(strings.Join(names, ", "))
	sb.WriteByte('\n')
	for i := 0; i < top && i < len(sums); i++ {
		s := sums[i]
		fmt.Fprintf(&sb, "  %-60s n=%6d mean=%8.2f p50=%8.2f p95=%8.2f max=%8.2f\n", s.Series, s.Points, s.Mean, s.P50, s.P95, s.Max)
	}
	return sb.String()
}
