package main

import "math"

// constituent is one harmonic tidal constituent at a station.
type constituent struct {
	name      string
	speedDegH float64 // angular speed, degrees per hour
	amplitude float64 // metres
	phaseDeg  float64 // local phase lag
}

// gaugeStation describes a tide gauge and its harmonic model.
type gaugeStation struct {
	Code          string
	Authority     string
	Name          string
	DatumOffset   float64
	Constituents  []constituent
	SurgeWarnAt   float64
	SensorCeiling float64
}

var baseConstituents = []constituent{
	{"M2", 28.9841042, 1.62, 0},
	{"S2", 30.0000000, 0.54, 0},
	{"N2", 28.4397295, 0.31, 0},
	{"K2", 30.0821373, 0.15, 0},
	{"K1", 15.0410686, 0.12, 0},
	{"O1", 13.9430356, 0.10, 0},
	{"M4", 57.9682084, 0.06, 0},
}

var authorities = []string{"HBR", "ESTU", "PORTW", "NCH"}

var stationNames = []string{
	"Outer Mole", "Pilot Jetty", "Dry Dock 2", "Lock Entrance", "Grain Quay",
	"Ferry Ramp", "North Breakwater", "Oil Berth", "Fish Dock", "Lifeboat Slip",
	"Estuary Buoy", "Swing Bridge", "Container Quay", "Marina Pontoon", "Coal Staithe",
	"Sluice Gate", "Harbour Light", "Tug Berth", "Cement Wharf", "Old Pier",
	"Channel Marker", "Timber Pond", "Ro-Ro Link", "South Spit",
}

func harbourNetwork() []*gaugeStation {
	out := make([]*gaugeStation, 0, len(stationNames))
	for i, name := range stationNames {
		auth := authorities[i%len(authorities)]
		cons := make([]constituent, len(baseConstituents))
		for k, c := range baseConstituents {
			c.amplitude *= 0.8 + 0.4*math.Abs(math.Sin(float64(i*7+k)))
			c.phaseDeg = math.Mod(float64(i*23+k*41), 360)
			cons[k] = c
		}
		out = append(out, &gaugeStation{
			Code:          auth + "-" + threeDigits(100+i*7),
			Authority:     auth,
			Name:          name,
			DatumOffset:   3.1 + 0.05*float64(i%5),
			Constituents:  cons,
			SurgeWarnAt:   0.55,
			SensorCeiling: 9.5,
		})
	}
	return out
}

func threeDigits(n int) string {
	b := []byte{'0', '0', '0'}
	for i := 2; i >= 0 && n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b)
}
