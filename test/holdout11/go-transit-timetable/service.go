package main

import (
	"sort"
	"strconv"
)

// HeadwayStat describes how regular a route serves one of its stops.
type HeadwayStat struct {
	Route      string
	Stop       string
	Departures int
	MeanGap    float64
	MaxGap     int32
	Bunching   int // consecutive departures less than 40% of the mean gap apart
}

type routeStop struct {
	route int32
	stop  int32
}

// AnalyseHeadways groups departures by route and stop and measures the
// regularity of the service between 07:00 and 19:00.
func AnalyseHeadways(tt *Timetable) []HeadwayStat {
	deps := make(map[routeStop][]int32, len(tt.Stops)*2)
	for _, c := range tt.Connections {
		if c.Dep < 7*3600 || c.Dep >= 19*3600 {
			continue
		}
		k := routeStop{tt.Trips[c.Trip].Route, c.From}
		deps[k] = append(deps[k], c.Dep)
	}
	stats := make([]HeadwayStat, 0, len(deps))
	for k, ts := range deps {
		if len(ts) < 3 {
			continue
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		var sum int64
		var maxGap int32
		for i := 1; i < len(ts); i++ {
			g := ts[i] - ts[i-1]
			sum += int64(g)
			if g > maxGap {
				maxGap = g
			}
		}
		mean := float64(sum) / float64(len(ts)-1)
		bunch := 0
		for i := 1; i < len(ts); i++ {
			if float64(ts[i]-ts[i-1]) < 0.4*mean {
				bunch++
			}
		}
		stats = append(stats, HeadwayStat{
			Route:      tt.Routes[k.route].ShortName,
			Stop:       tt.Stops[k.stop].ID,
			Departures: len(ts),
			MeanGap:    mean,
			MaxGap:     maxGap,
			Bunching:   bunch,
		})
	}
	sort.Slice(stats, func(i, j int) bool {
		if stats[i].Bunching != stats[j].Bunching {
			return stats[i].Bunching > stats[j].Bunching
		}
		if stats[i].Route != stats[j].Route {
			return stats[i].Route < stats[j].Route
		}
		return stats[i].Stop < stats[j].Stop
	})
	return stats
}

// DepartureBoard renders the next departures of a stop into buf.
func DepartureBoard(tt *Timetable, stop int32, from int32, n int, buf []byte) []byte {
	conns := tt.Connections
	i := sort.Search(len(conns), func(i int) bool { return conns[i].Dep >= from })
	buf = append(buf, tt.Stops[stop].Name...)
	buf = append(buf, '\n')
	shown := 0
	for ; i < len(conns) && shown < n; i++ {
		c := &conns[i]
		if c.From != stop {
			continue
		}
		buf = append(buf, "  "...)
		buf = appendClock(buf, int(c.Dep))
		buf = append(buf, "  line "...)
		buf = append(buf, tt.Routes[tt.Trips[c.Trip].Route].ShortName...)
		buf = append(buf, " -> "...)
		buf = append(buf, tt.Stops[c.To].Name...)
		buf = append(buf, " ("...)
		buf = strconv.AppendInt(buf, int64(c.Arr-c.Dep), 10)
		buf = append(buf, "s)\n"...)
		shown++
	}
	return buf
}
