package main

import (
	"fmt"
	"math/rand"
)

var regions = []string{"North Basin", "Harbour", "Old Town", "Airport", "Industrial Park", "Valley", "Ridge", "Lakeside"}

var pollutants = []string{"pm25", "pm10", "no2", "o3", "so2", "co"}

// Station is a monitoring site with a set of sensors.
type Station struct {
	ID        string
	Region    string
	Elevation int
	Lat, Lon  float64
	Sensors   []Sensor
}

// Sensor is a single instrument installed at a station.
type Sensor struct {
	Serial    string
	Pollutant string
}

// CalibrationRecord is one row from the calibration sheet maintained by the
// field technicians: a linear correction for one sensor.
type CalibrationRecord struct {
	Serial    string
	Pollutant string
	Slope     float64
	Offset    float64
	ValidFrom int64
}

// Network holds the station registry and the calibration sheet.
type Network struct {
	Stations    []Station
	byID        map[string]*Station
	Calibration []CalibrationRecord
}

// BuildNetwork creates a synthetic but plausible network of stations.
func BuildNetwork(n int, rng *rand.Rand) *Network {
	net := &Network{byID: make(map[string]*Station, n)}
	serial := 100000
	for i := 0; i < n; i++ {
		st := Station{
			ID:        fmt.Sprintf("%s-%04d", regionCode(i%len(regions)), i),
			Region:    regions[i%len(regions)],
			Elevation: 20 + rng.Intn(900),
			Lat:       48.05 + rng.Float64()*0.35,
			Lon:       11.30 + rng.Float64()*0.50,
		}
		// every station measures particulates, most also gases
		for _, p := range pollutants {
			if p != "pm25" && p != "pm10" && rng.Float64() < 0.25 {
				continue
			}
			serial += 1 + rng.Intn(7)
			s := Sensor{Serial: fmt.Sprintf("S-%06d", serial), Pollutant: p}
			st.Sensors = append(st.Sensors, s)
			// older sheets are kept for audits; the newest valid one wins
			visits := 1 + rng.Intn(3)
			for v := 0; v < visits; v++ {
				net.Calibration = append(net.Calibration, CalibrationRecord{
					Serial:    s.Serial,
					Pollutant: p,
					Slope:     0.9 + rng.Float64()*0.2,
					Offset:    rng.NormFloat64() * 0.8,
					ValidFrom: 1672531200 + int64(v)*15552000 + int64(rng.Intn(86400*30)),
				})
			}
		}
		net.Stations = append(net.Stations, st)
	}
	// the calibration sheet is kept in the order technicians visited sites
	rng.Shuffle(len(net.Calibration), func(i, j int) {
		net.Calibration[i], net.Calibration[j] = net.Calibration[j], net.Calibration[i]
	})
	for i := range net.Stations {
		net.byID[net.Stations[i].ID] = &net.Stations[i]
	}
	return net
}

func regionCode(i int) string {
	return [...]string{"NB", "HB", "OT", "AP", "IP", "VA", "RI", "LS"}[i]
}

// Station returns the station with the given id.
func (n *Network) Station(id string) (*Station, bool) {
	s, ok := n.byID[id]
	return s, ok
}

// CalibrationFor returns the most recent correction that applies to a
// sensor reading taken at ts.
func (n *Network) CalibrationFor(serial, pollutant string, ts int64) (CalibrationRecord, bool) {
	var best CalibrationRecord
	found := false
	for _, c := range n.Calibration {
		if c.Serial == serial && c.Pollutant == pollutant && c.ValidFrom <= ts {
			if !found || c.ValidFrom > best.ValidFrom {
				best, found = c, true
			}
		}
	}
	return best, found
}
