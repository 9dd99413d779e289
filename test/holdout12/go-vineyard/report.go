package main

import (
	"bufio"
	"sort"
	"strconv"
)

func writeReport(w *bufio.Writer, e *Estate, fc []Forecast, plan *HarvestPlan) {
	buf := make([]byte, 0, 256)
	line := func() {
		buf = append(buf, '\n')
		w.Write(buf)
		buf = buf[:0]
	}
	buf = append(buf, "day  trips      km   tonnes  unplanned  busiest-truck-h"...)
	line()
	season := 0.0
	for _, d := range plan.Days {
		busiest := 0.0
		for _, h := range d.TruckHrs {
			if h > busiest {
				busiest = h
			}
		}
		season += d.Tonnes
		buf = strconv.AppendInt(buf, int64(d.Day), 10)
		buf = append(buf, '\t')
		buf = strconv.AppendInt(buf, int64(len(d.Trips)), 10)
		buf = append(buf, '\t')
		buf = strconv.AppendFloat(buf, d.Km, 'f', 1, 64)
		buf = append(buf, '\t')
		buf = strconv.AppendFloat(buf, d.Tonnes, 'f', 1, 64)
		buf = append(buf, '\t')
		buf = strconv.AppendInt(buf, int64(d.Unplanned), 10)
		buf = append(buf, '\t')
		buf = strconv.AppendFloat(buf, busiest, 'f', 2, 64)
		line()
	}
	// per-varietal summary
	tonnes := make([]float64, len(varietals))
	conf := make([]float64, len(varietals))
	count := make([]int, len(varietals))
	for _, f := range fc {
		v := e.Blocks[f.Block].Varietal
		tonnes[v] += f.Tonnes
		conf[v] += f.Confidence
		count[v]++
	}
	idx := make([]int, len(varietals))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return tonnes[idx[a]] > tonnes[idx[b]] })
	for _, v := range idx {
		if count[v] == 0 {
			continue
		}
		buf = append(buf, varietals[v].Name...)
		buf = append(buf, ": "...)
		buf = strconv.AppendInt(buf, int64(count[v]), 10)
		buf = append(buf, " blocks, "...)
		buf = strconv.AppendFloat(buf, tonnes[v], 'f', 1, 64)
		buf = append(buf, " t, mean confidence "...)
		buf = strconv.AppendFloat(buf, conf[v]/float64(count[v]), 'f', 2, 64)
		line()
	}
	buf = append(buf, "season total "...)
	buf = strconv.AppendFloat(buf, season, 'f', 1, 64)
	buf = append(buf, " t"...)
	line()
}
