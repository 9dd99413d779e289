package main

import (
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// readingLine matches one record of the field sensor gateway export.
var readingLine = regexp.MustCompile(`^(B\d{4}) d=(\d+) brix=(\d+\.\d+) ta=(\d+\.\d+) ph=(\d\.\d+) t=(-?\d+\.\d)$`)

// Reading is one refractometer/probe measurement.
type Reading struct {
	Day  int
	Brix float64
	TA   float64
	PH   float64
	Temp float64
}

// DailyStats aggregates the readings of one block on one day.
type DailyStats struct {
	N                    int
	Brix, TA, PH, GDDsum float64
}

// Series is the daily history per block index.
type Series [][]DailyStats

func generateFeed(rng *rand.Rand, e *Estate, days, perDay int) []string {
	lines := make([]string, 0, len(e.Blocks)*days*perDay)
	buf := make([]byte, 0, 96)
	for d := 0; d < days; d++ {
		for i := range e.Blocks {
			b := &e.Blocks[i]
			v := varietals[b.Varietal]
			for k := 0; k < perDay; k++ {
				brix := b.start + b.slope*float64(d) + rng.NormFloat64()*0.6
				ta := 11.5 - (brix-v.BaseBrix)*0.55 + rng.NormFloat64()*0.3
				ph := 3.0 + (brix-v.BaseBrix)*0.05 + rng.NormFloat64()*0.03
				temp := 18 + 8*rng.Float64() - float64(d)*0.1
				buf = append(buf[:0], b.ID...)
				buf = append(buf, " d="...)
				buf = strconv.AppendInt(buf, int64(d), 10)
				buf = append(buf, " brix="...)
				buf = strconv.AppendFloat(buf, brix, 'f', 2, 64)
				buf = append(buf, " ta="...)
				buf = strconv.AppendFloat(buf, ta, 'f', 2, 64)
				buf = append(buf, " ph="...)
				buf = strconv.AppendFloat(buf, ph, 'f', 2, 64)
				buf = append(buf, " t="...)
				buf = strconv.AppendFloat(buf, temp, 'f', 1, 64)
				if rng.Intn(400) == 0 {
					buf = buf[:len(buf)/2] // truncated gateway packet
				}
				lines = append(lines, string(buf))
			}
		}
	}
	return lines
}

func parseReading(line string) (string, Reading, bool) {
	m := readingLine.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", Reading{}, false
	}
	var r Reading
	var err error
	if r.Day, err = strconv.Atoi(m[2]); err != nil {
		return "", r, false
	}
	if r.Brix, err = strconv.ParseFloat(m[3], 64); err != nil {
		return "", r, false
	}
	if r.TA, err = strconv.ParseFloat(m[4], 64); err != nil {
		return "", r, false
	}
	if r.PH, err = strconv.ParseFloat(m[5], 64); err != nil {
		return "", r, false
	}
	if r.Temp, err = strconv.ParseFloat(m[6], 64); err != nil {
		return "", r, false
	}
	return m[1], r, true
}

// ingestFeed parses the feed in parallel; each worker aggregates into its
// own table and the tables are summed at the end.
func ingestFeed(lines []string, e *Estate, workers int) (Series, int) {
	days := 0
	chunk := (len(lines) + workers - 1) / workers
	tables := make([]Series, workers)
	bad := make([]int, workers)
	maxDay := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, (w+1)*chunk
		if hi > len(lines) {
			hi = len(lines)
		}
		wg.Add(1)
		go func(w int, part []string) {
			defer wg.Done()
			tab := make(Series, len(e.Blocks))
			for _, l := range part {
				id, r, ok := parseReading(l)
				if !ok {
					bad[w]++
					continue
				}
				bi, ok := e.index[id]
				if !ok {
					bad[w]++
					continue
				}
				for len(tab[bi]) <= r.Day {
					tab[bi] = append(tab[bi], DailyStats{})
				}
				s := &tab[bi][r.Day]
				s.N++
				s.Brix += r.Brix
				s.TA += r.TA
				s.PH += r.PH
				if r.Temp > 10 {
					s.GDDsum += r.Temp - 10
				}
				if r.Day+1 > maxDay[w] {
					maxDay[w] = r.Day + 1
				}
			}
			tables[w] = tab
		}(w, lines[lo:hi])
	}
	wg.Wait()
	for _, m := range maxDay {
		if m > days {
			days = m
		}
	}
	out := make(Series, len(e.Blocks))
	total := 0
	for bi := range out {
		out[bi] = make([]DailyStats, days)
		for _, tab := range tables {
			for d, s := range tab[bi] {
				o := &out[bi][d]
				o.N += s.N
				o.Brix += s.Brix
				o.TA += s.TA
				o.PH += s.PH
				o.GDDsum += s.GDDsum
			}
		}
	}
	for _, b := range bad {
		total += b
	}
	return out, total
}
