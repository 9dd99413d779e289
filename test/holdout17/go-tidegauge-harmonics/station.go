package main

import (
	"math"
	"math/rand"
	"strconv"
)

// Constituent is one astronomical tidal constituent.
type Constituent struct {
	Name  string
	Speed float64 // degrees per hour
}

// Constituents analysed for every gauge. A year of hourly data resolves
// all of these against each other (Rayleigh criterion) except K2/S2 and
// P1/K1 which are inferred in practice; here they are fitted directly
// since the records span several years.
var Constituents = []Constituent{
	{"M2", 28.9841042}, {"S2", 30.0000000}, {"N2", 28.4397295}, {"K2", 30.0821373},
	{"K1", 15.0410686}, {"O1", 13.9430356}, {"P1", 14.9589314}, {"Q1", 13.3986609},
	{"M4", 57.9682084}, {"MS4", 58.9841042}, {"M6", 86.9523127}, {"SA", 0.0410686},
	{"SSA", 0.0821373},
}

// Station is one tide gauge with its (synthetic) true tidal regime.
type Station struct {
	ID        string
	Name      string
	Lat, Lon  float64
	MSL       float64
	Amp       []float64 // metres, per constituent
	Phase     []float64 // degrees, per constituent
	NoiseSD   float64
	StormRate float64 // surges per 30 days
	GapRate   float64 // probability that an hour starts an outage
}

var coastNames = []string{
	"Port Ellery", "Skerrow Head", "Dunmarra Quay", "Saltcote", "Brannock Bay",
	"Kelso Point", "Fennick Harbour", "Ardlow Pier", "Gulls Reach", "Merrow Sound",
	"Cape Tilly", "Harrowgate Basin", "Inchkeel", "Westhaven", "Rooksby Landing",
}

// NewNetwork builds the gauge network. Semidiurnal, mixed and diurnal
// regimes all occur, as along a real coastline.
func NewNetwork(n int, seed int64) []*Station {
	rng := rand.New(rand.NewSource(seed))
	out := make([]*Station, 0, n)
	for i := 0; i < n; i++ {
		st := &Station{
			ID:        strconv.Itoa(8400000 + 1371*i),
			Name:      coastNames[i%len(coastNames)],
			Lat:       38 + rng.Float64()*20,
			Lon:       -75 + rng.Float64()*15,
			MSL:       2 + rng.Float64()*3,
			NoiseSD:   0.02 + rng.Float64()*0.05,
			StormRate: 0.5 + rng.Float64()*2.5,
			GapRate:   0.0002 + rng.Float64()*0.0008,
		}
		if i >= len(coastNames) {
			st.Name += " " + strconv.Itoa(i/len(coastNames)+1)
		}
		semi := 0.3 + rng.Float64()*1.8
		diurnal := 0.1 + rng.Float64()*0.6
		if rng.Float64() < 0.25 {
			diurnal *= 2.5
			semi *= 0.3
		}
		ratios := []float64{1, 0.46, 0.19, 0.13, 1, 0.71, 0.33, 0.14, 0.04, 0.025, 0.01, 0.06, 0.03}
		for c := range Constituents {
			base := semi
			if c >= 4 && c <= 7 {
				base = diurnal
			}
			amp := base * ratios[c] * (0.8 + rng.Float64()*0.4)
			if c >= 11 {
				amp = ratios[c] * (0.5 + rng.Float64())
			}
			st.Amp = append(st.Amp, amp)
			st.Phase = append(st.Phase, rng.Float64()*360)
		}
		out = append(out, st)
	}
	return out
}

// FormFactor classifies the tide from amplitudes in constituent order.
func FormFactor(amp []float64) float64 {
	return (amp[4] + amp[5]) / math.Max(1e-9, amp[0]+amp[1])
}

func TideType(f float64) string {
	switch {
	case f < 0.25:
		return "semidiurnal"
	case f < 1.5:
		return "mixed, mainly semidiurnal"
	case f < 3:
		return "mixed, mainly diurnal"
	}
	return "diurnal"
}
