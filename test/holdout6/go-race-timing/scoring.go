package main

import (
	"crypto/sha256"
	"encoding/binary"
	"sort"
	"strconv"
	"strings"
)

type result struct {
	Bib       int
	Category  string
	NetMillis int64
	Splits    []int64
	Place     int
	CatPlace  int
}

type scoreboard struct {
	ev      raceEvent
	matIdx  map[string]int
	runners map[int]*runner
	best    map[int][]int64
}

func newScoreboard(ev raceEvent) *scoreboard {
	sb := &scoreboard{
		ev:      ev,
		matIdx:  make(map[string]int, len(ev.Mats)),
		runners: make(map[int]*runner, len(ev.Runners)),
		best:    make(map[int][]int64, len(ev.Runners)),
	}
	for i, m := range ev.Mats {
		sb.matIdx[m] = i
	}
	for i := range ev.Runners {
		sb.runners[ev.Runners[i].Bib] = &ev.Runners[i]
	}
	return sb
}

// Record keeps the strongest-first read per runner and mat; duplicates from
// other antennas within the debounce window are ignored.
func (sb *scoreboard) Record(rd chipRead) {
	mi, ok := sb.matIdx[rd.Mat]
	if !ok {
		return
	}
	if _, known := sb.runners[rd.Bib]; !known {
		return
	}
	splits := sb.best[rd.Bib]
	if splits == nil {
		splits = make([]int64, len(sb.ev.Mats))
		sb.best[rd.Bib] = splits
	}
	if splits[mi] == 0 || rd.Millis < splits[mi] {
		splits[mi] = rd.Millis
	}
}

func ageCategory(r *runner) string {
	g := "M"
	if r.Female {
		g = "F"
	}
	switch {
	case r.Age < 35:
		return g + "SEN"
	case r.Age < 45:
		return g + "35"
	case r.Age < 55:
		return g + "45"
	case r.Age < 65:
		return g + "55"
	}
	return g + "65"
}

func (sb *scoreboard) Finalize() []result {
	out := make([]result, 0, len(sb.best))
	last := len(sb.ev.Mats) - 1
	for bib, splits := range sb.best {
		if splits[0] == 0 || splits[last] == 0 {
			continue
		}
		r := sb.runners[bib]
		out = append(out, result{
			Bib:       bib,
			Category:  ageCategory(r),
			NetMillis: splits[last] - splits[0],
			Splits:    splits,
		})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].NetMillis != out[j].NetMillis {
			return out[i].NetMillis < out[j].NetMillis
		}
		return out[i].Bib < out[j].Bib
	})
	catCount := map[string]int{}
	for i := range out {
		out[i].Place = i + 1
		catCount[out[i].Category]++
		out[i].CatPlace = catCount[out[i].Category]
	}
	return out
}

func formatClock(ms int64) string {
	var b strings.Builder
	pad(&b, ms/3600000, 2)
	b.WriteByte(':')
	pad(&b, ms/60000%60, 2)
	b.WriteByte(':')
	pad(&b, ms/1000%60, 2)
	return b.String()
}

// publishResults renders the CSV that goes to the results site and returns a
// checksum that the operator compares with the backup timing system.
func publishResults(ev raceEvent, res []result) uint64 {
	var b strings.Builder
	b.Grow(len(res) * 128)
	b.WriteString("place,bib,category,cat_place,net")
	for _, m := range ev.Mats[1:] {
		b.WriteByte(',')
		b.WriteString(m)
	}
	b.WriteByte('\n')
	for _, r := range res {
		b.WriteString(strconv.Itoa(r.Place))
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(r.Bib))
		b.WriteByte(',')
		b.WriteString(r.Category)
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(r.CatPlace))
		b.WriteByte(',')
		b.WriteString(formatClock(r.NetMillis))
		for _, s := range r.Splits[1:] {
			b.WriteByte(',')
			b.WriteString(formatClock(s - r.Splits[0]))
		}
		b.WriteByte('\n')
	}
	sum := sha256.Sum256([]byte(b.String()))
	return binary.BigEndian.Uint64(sum[:8])
}
