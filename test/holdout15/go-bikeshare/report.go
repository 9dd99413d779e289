package main

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// SeasonStats aggregates several days.
type SeasonStats struct {
	Days     int
	Trips    int
	Revenue  int64
	Km       float64
	Ebike    int
	Activity []int64
}

func NewSeasonStats(n int) *SeasonStats { return &SeasonStats{Activity: make([]int64, n)} }

func (s *SeasonStats) Merge(l *DayLedger) {
	s.Days++
	s.Trips += l.Trips
	s.Revenue += l.Revenue
	s.Km += l.KmTotal
	s.Ebike += l.ebikeTrips
	for i := range l.Departures {
		for h := 0; h < 24; h++ {
			s.Activity[i] += int64(l.Departures[i][h] + l.Arrivals[i][h])
		}
	}
}

func euros(c int64) string {
	return "EUR " + strconv.FormatInt(c/100, 10) + "." + strconv.FormatInt(100+c%100, 10)[1:]
}

func DayReport(date time.Time, l *DayLedger, plan []Move, bad int) string {
	var b strings.Builder
	b.WriteString(date.Format("Mon 2006-01-02"))
	b.WriteString(": trips=" + strconv.Itoa(l.Trips))
	b.WriteString(" rejected=" + strconv.Itoa(bad))
	b.WriteString(" revenue=" + euros(l.Revenue))
	b.WriteString(" km=" + strconv.FormatFloat(l.KmTotal, 'f', 0, 64))
	b.WriteString(" median=" + strconv.Itoa(l.MedianMinutes()) + "min")
	bikes := 0
	km := 0.0
	for _, m := range plan {
		bikes += m.Bikes
		km += m.Km
	}
	b.WriteString(" rebalance: " + strconv.Itoa(len(plan)) + " moves, " + strconv.Itoa(bikes) + " bikes, " +
		strconv.FormatFloat(km, 'f', 1, 64) + " km\n")
	return b.String()
}

func SeasonReport(net *Network, s *SeasonStats) string {
	idx := make([]int, len(s.Activity))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return s.Activity[idx[a]] > s.Activity[idx[b]] })
	var b strings.Builder
	b.WriteString("season: " + strconv.Itoa(s.Days) + " days, " + strconv.Itoa(s.Trips) + " trips, " + euros(s.Revenue) +
		", e-bike share " + strconv.FormatFloat(100*float64(s.Ebike)/float64(s.Trips), 'f', 1, 64) + "%\n")
	for _, i := range idx[:5] {
		st := net.Stations[i]
		b.WriteString("  busiest " + st.ID + " " + st.Name + ": " + strconv.FormatInt(s.Activity[i], 10) + " dock events\n")
	}
	return b.String()
}
