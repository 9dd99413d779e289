package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

const (
	earthRadiusKm = 6378.137
	muEarth       = 398600.4418 // km^3/s^2
	j2            = 1.08262668e-3
	earthRotRad   = 7.2921150e-5 // rad/s
	deg           = math.Pi / 180
)

// Satellite holds simplified mean elements of a near-circular orbit.
type Satellite struct {
	Name      string
	NoradID   int
	SemiMajor float64 // km
	Incl      float64 // rad
	RAAN0     float64 // rad at epoch
	ArgLat0   float64 // rad at epoch
	Operator  string
}

// Catalog is the list of tracked objects as loaded from the element feed.
type Catalog struct {
	Sats   []Satellite
	byName map[string]int
}

var constellations = []struct {
	prefix   string
	operator string
	altKm    [2]float64
	inclDeg  [2]float64
}{
	{"AURORA", "polar-ops", [2]float64{680, 720}, [2]float64{97.8, 98.3}},
	{"KESTREL", "kestrel-geo", [2]float64{480, 560}, [2]float64{51.5, 53.0}},
	{"TERRASCAN", "terrascan", [2]float64{780, 820}, [2]float64{98.5, 98.8}},
	{"OCEANSAT", "blue-marine", [2]float64{720, 740}, [2]float64{66.0, 66.2}},
	{"MERIDIAN", "meridian-iot", [2]float64{540, 600}, [2]float64{87.0, 88.0}},
	{"CUBEWORKS", "uni-consort", [2]float64{400, 520}, [2]float64{40.0, 98.0}},
	{"LYNX", "lynx-sar", [2]float64{600, 630}, [2]float64{97.5, 97.9}},
}

func syntheticCatalog(rng *rand.Rand, n int) *Catalog {
	cat := &Catalog{Sats: make([]Satellite, 0, n), byName: make(map[string]int, n)}
	for i := 0; i < n; i++ {
		c := constellations[i%len(constellations)]
		alt := c.altKm[0] + rng.Float64()*(c.altKm[1]-c.altKm[0])
		inc := c.inclDeg[0] + rng.Float64()*(c.inclDeg[1]-c.inclDeg[0])
		cat.Sats = append(cat.Sats, Satellite{
			Name:      fmt.Sprintf("%s-%04d", c.prefix, i/len(constellations)+1),
			NoradID:   40000 + i,
			SemiMajor: earthRadiusKm + alt,
			Incl:      inc * deg,
			RAAN0:     rng.Float64() * 2 * math.Pi,
			ArgLat0:   rng.Float64() * 2 * math.Pi,
			Operator:  c.operator,
		})
		cat.byName[cat.Sats[i].Name] = i
	}
	return cat
}

// Lookup returns the catalog index for a satellite name. Operators type
// names in any case, so the name is normalised first.
func (c *Catalog) Lookup(name string) (int, bool) {
	i, ok := c.byName[strings.ToUpper(name)]
	return i, ok
}

// Station is a ground station with one or more steerable antennas.
type Station struct {
	Code     string
	Name     string
	LatDeg   float64
	LonDeg   float64
	AltKm    float64
	Antennas int
	MaskDeg  float64 // terrain mask, minimum usable elevation

	ecef [3]float64
	up   [3]float64
}

func groundNetwork() []Station {
	st := []Station{
		{Code: "SVB", Name: "Svalbard", LatDeg: 78.23, LonDeg: 15.40, AltKm: 0.45, Antennas: 4, MaskDeg: 5},
		{Code: "TRL", Name: "Troll", LatDeg: -72.01, LonDeg: 2.53, AltKm: 1.27, Antennas: 2, MaskDeg: 5},
		{Code: "FBK", Name: "Fairbanks", LatDeg: 64.86, LonDeg: -147.85, AltKm: 0.17, Antennas: 3, MaskDeg: 7},
		{Code: "KRN", Name: "Kiruna", LatDeg: 67.86, LonDeg: 20.96, AltKm: 0.40, Antennas: 3, MaskDeg: 5},
		{Code: "HBK", Name: "Hartebeesthoek", LatDeg: -25.89, LonDeg: 27.69, AltKm: 1.55, Antennas: 2, MaskDeg: 8},
		{Code: "PNT", Name: "Punta Arenas", LatDeg: -52.94, LonDeg: -70.85, AltKm: 0.05, Antennas: 2, MaskDeg: 6},
		{Code: "ALS", Name: "Alice Springs", LatDeg: -23.76, LonDeg: 133.88, AltKm: 0.55, Antennas: 2, MaskDeg: 6},
		{Code: "INV", Name: "Inuvik", LatDeg: 68.32, LonDeg: -133.55, AltKm: 0.10, Antennas: 3, MaskDeg: 5},
		{Code: "MSP", Name: "Maspalomas", LatDeg: 27.76, LonDeg: -15.63, AltKm: 0.20, Antennas: 2, MaskDeg: 7},
		{Code: "SGP", Name: "Singapore", LatDeg: 1.39, LonDeg: 103.83, AltKm: 0.02, Antennas: 2, MaskDeg: 10},
	}
	for i := range st {
		s := &st[i]
		lat, lon := s.LatDeg*deg, s.LonDeg*deg
		r := earthRadiusKm + s.AltKm
		s.ecef = [3]float64{r * math.Cos(lat) * math.Cos(lon), r * math.Cos(lat) * math.Sin(lon), r * math.Sin(lat)}
		s.up = [3]float64{math.Cos(lat) * math.Cos(lon), math.Cos(lat) * math.Sin(lon), math.Sin(lat)}
	}
	return st
}
