package main

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
	"time"
)

// synthesizeTelemetry produces the raw line protocol that the AMR head-end
// exports: one line per meter per 15-minute interval.
func synthesizeTelemetry(z *Zone, days int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	base := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	intervals := days * 96
	lines := make([]string, 0, intervals*len(z.Meters))
	var sb strings.Builder
	for t := 0; t < intervals; t++ {
		ts := base.Add(time.Duration(t) * 15 * time.Minute)
		hour := ts.Hour()
		diurnal := 0.3 + 0.7*math.Max(0, math.Sin(float64(hour-5)/24*2*math.Pi))
		var customerSum float64
		for _, m := range z.Meters {
			if m.Kind == "inlet" {
				continue
			}
			f := m.BaseFlow * diurnal * (0.8 + 0.4*rng.Float64())
			if m.Leaking {
				f += 0.12
			}
			customerSum += f
		}
		for _, m := range z.Meters {
			var flow float64
			if m.Kind == "inlet" {
				flow = customerSum/float64(len(z.Inlets))*1.06 + rng.Float64()*0.3
			} else {
				flow = m.BaseFlow * diurnal * (0.8 + 0.4*rng.Float64())
				if m.Leaking {
					flow += 0.12
				}
			}
			sb.Reset()
			sb.WriteString(m.ID)
			sb.WriteByte('|')
			sb.WriteString(ts.Format(time.RFC3339))
			sb.WriteString("|flow=")
			sb.WriteString(strconv.FormatFloat(flow, 'f', 3, 64))
			sb.WriteString("|pressure=")
			sb.WriteString(strconv.FormatFloat(m.Pressure+rng.NormFloat64()*0.05, 'f', 2, 64))
			sb.WriteString("|temp=")
			sb.WriteString(strconv.FormatFloat(9+rng.Float64()*4, 'f', 1, 64))
			lines = append(lines, sb.String())
		}
	}
	return lines
}
