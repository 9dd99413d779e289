package main

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
)

type stationDay struct {
	hours    map[int64]map[string]HourStat
	maxAQI   float64
	worstPol string
}

// Aggregator collects the hourly statistics of the whole network.
type Aggregator struct {
	stations map[string]*stationDay
	uploads  int
	readings int
	rejected int
	authFail int
}

// NewAggregator returns an empty aggregator.
func NewAggregator() *Aggregator {
	return &Aggregator{stations: make(map[string]*stationDay)}
}

// Merge adds one upload result.
func (a *Aggregator) Merge(r BatchResult) {
	a.uploads++
	a.readings += r.Accepted + r.Rejected
	a.rejected += r.Rejected
	if r.AuthFailed {
		a.authFail++
		return
	}
	sd := a.stations[r.StationID]
	if sd == nil {
		sd = &stationDay{hours: make(map[int64]map[string]HourStat)}
		a.stations[r.StationID] = sd
	}
	sd.hours[r.Hour] = r.Hourly
	for p, hs := range r.Hourly {
		if hs.AQI > sd.maxAQI {
			sd.maxAQI = hs.AQI
			sd.worstPol = p
		}
	}
}

// RegionSummary is one line of the daily report.
type RegionSummary struct {
	Region      string
	Stations    int
	MeanAQI     float64
	CILow       float64
	CIHigh      float64
	P95PM25     float64
	ExceedHours int
	Dominant    string
}

// Report is the daily network report.
type Report struct {
	Regions []RegionSummary
	Worst   []string
	AuthBad int
}

// BuildReport computes regional statistics, including a bootstrap
// confidence interval for the mean daily AQI of each region.
func (a *Aggregator) BuildReport(net *Network) *Report {
	rep := &Report{AuthBad: a.authFail}
	rng := rand.New(rand.NewSource(7))
	type ranked struct {
		id  string
		aqi float64
		pol string
	}
	var all []ranked
	for _, region := range regions {
		var daily, pm25 []float64
		exceed := 0
		dominant := map[string]int{}
		n := 0
		for i := range net.Stations {
			st := &net.Stations[i]
			if st.Region != region {
				continue
			}
			sd := a.stations[st.ID]
			if sd == nil {
				continue
			}
			n++
			daily = append(daily, sd.maxAQI)
			dominant[sd.worstPol]++
			all = append(all, ranked{st.ID, sd.maxAQI, sd.worstPol})
			for _, hs := range sd.hours {
				if s, ok := hs["pm25"]; ok {
					pm25 = append(pm25, s.Mean)
				}
				for _, s := range hs {
					if s.AQI > 100 {
						exceed++
					}
				}
			}
		}
		if n == 0 {
			continue
		}
		lo, hi := bootstrapMeanCI(daily, 4000, rng)
		rs := RegionSummary{Region: region, Stations: n, MeanAQI: mean(daily), CILow: lo, CIHigh: hi,
			P95PM25: percentile(pm25, 0.95), ExceedHours: exceed}
		best := 0
		for p, c := range dominant {
			if c > best || (c == best && p < rs.Dominant) {
				best, rs.Dominant = c, p
			}
		}
		rep.Regions = append(rep.Regions, rs)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].aqi != all[j].aqi {
			return all[i].aqi > all[j].aqi
		}
		return all[i].id < all[j].id
	})
	for i := 0; i < 10 && i < len(all); i++ {
		rep.Worst = append(rep.Worst, fmt.Sprintf("%s AQI %.0f (%s, %s)", all[i].id, all[i].aqi, all[i].pol, category(all[i].aqi)))
	}
	return rep
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func percentile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[int(q*float64(len(s)-1))]
}

func bootstrapMeanCI(xs []float64, iters int, rng *rand.Rand) (float64, float64) {
	means := make([]float64, iters)
	for i := range means {
		var s float64
		for range xs {
			s += xs[rng.Intn(len(xs))]
		}
		means[i] = s / float64(len(xs))
	}
	sort.Float64s(means)
	return means[int(0.025*float64(iters))], means[int(0.975*float64(iters))]
}

// Print writes the report as a plain text table.
func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "%-16s %8s %8s %17s %9s %7s %s\n", "region", "stations", "meanAQI", "95% CI", "p95 PM2.5", "exceed", "dominant")
	for _, s := range r.Regions {
		fmt.Fprintf(w, "%-16s %8d %8.1f [%6.1f, %6.1f] %9.1f %7d %s\n",
			s.Region, s.Stations, s.MeanAQI, s.CILow, s.CIHigh, s.P95PM25, s.ExceedHours, s.Dominant)
	}
	fmt.Fprintf(w, "\nworst stations:\n")
	for _, l := range r.Worst {
		fmt.Fprintf(w, "  %s\n", l)
	}
	fmt.Fprintf(w, "uploads with bad signatures: %d\n", r.AuthBad)
}
