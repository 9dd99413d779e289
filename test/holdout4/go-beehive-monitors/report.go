package main

import "sort"

type Report struct {
	Hives          int
	Hours          int
	Warmest        string
	WarmestTemp    float64
	Busiest        string
	BusiestTraffic float64
}

func BuildReport(a *Aggregator) Report {
	names := make([]string, 0, len(a.hives))
	for n := range a.hives {
		names = append(names, n)
	}
	sort.Strings(names)
	rep := Report{Hives: len(names), Hours: a.hours, WarmestTemp: -1e9}
	for _, n := range names {
		s := a.hives[n]
		if s.MaxTemp > rep.WarmestTemp {
			rep.Warmest, rep.WarmestTemp = n, s.MaxTemp
		}
		if s.P95Traffic > rep.BusiestTraffic {
			rep.Busiest, rep.BusiestTraffic = n, s.P95Traffic
		}
	}
	return rep
}
