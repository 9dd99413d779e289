package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"sort"
)

type familyStats struct {
	lots      int
	regenDue  int
	lowTests  int
	viability float64
}

func writeReport(w io.Writer, v *Vault, statuses []AccessionStatus, root [32]byte) {
	byFamily := map[string]*familyStats{}
	problems := map[string]int{}
	for i := range statuses {
		st := &statuses[i]
		for _, p := range st.Problems {
			problems[p]++
		}
		sp, ok := v.species[st.SpeciesCode]
		if !ok {
			continue
		}
		fs := byFamily[sp.Family]
		if fs == nil {
			fs = &familyStats{}
			byFamily[sp.Family] = fs
		}
		fs.lots++
		fs.viability += st.Viability
		if st.RegenerateBy <= v.nowYear+5 {
			fs.regenDue++
		}
		if st.LowerBound > 0 && st.LowerBound < 0.75 {
			fs.lowTests++
		}
	}
	fams := make([]string, 0, len(byFamily))
	for f := range byFamily {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	fmt.Fprintf(w, "%-14s %7s %9s %9s %9s\n", "family", "lots", "mean_via", "regen<5y", "low_test")
	for _, f := range fams {
		fs := byFamily[f]
		fmt.Fprintf(w, "%-14s %7d %9.3f %9d %9d\n", f, fs.lots, fs.viability/float64(fs.lots), fs.regenDue, fs.lowTests)
	}
	keys := make([]string, 0, len(problems))
	for k := range problems {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "problem %-32s %d\n", k, problems[k])
	}
	fmt.Fprintf(w, "manifest root %s over %d records\n", hex.EncodeToString(root[:]), len(statuses))
}
