package main

import (
	"fmt"
	"math"
	"math/rand"
)

// Soil holds the volumetric water content limits of a soil texture class.
type Soil struct {
	Name          string
	FieldCapacity float64 // m3/m3
	WiltingPoint  float64 // m3/m3
	MaxPulseMM    float64 // largest pulse before runoff, for cycle-and-soak
	Saturation    float64 // m3/m3
	KsMMPerH      float64 // saturated hydraulic conductivity
	CampbellB     float64 // Campbell retention exponent
	AirEntryKPa   float64 // air-entry potential (negative)
}

// Crop holds the FAO-56 crop coefficient curve and rooting parameters.
type Crop struct {
	Name              string
	KcIni, KcMid      float64
	KcEnd             float64
	LIni, LDev        int
	LMid, LLate       int
	RootMin, RootMax  float64 // m
	DepletionFraction float64 // p, fraction of TAW before stress
}

var soils = []Soil{
	{"sandy loam", 0.18, 0.08, 9, 0.41, 25.9, 4.9, -0.7},
	{"loam", 0.27, 0.12, 14, 0.43, 13.2, 5.4, -1.1},
	{"silt loam", 0.30, 0.13, 16, 0.48, 6.8, 5.3, -2.1},
	{"clay loam", 0.32, 0.17, 7, 0.46, 2.3, 8.5, -2.6},
}

var crops = []Crop{
	{"maize", 0.30, 1.20, 0.50, 25, 40, 45, 30, 0.20, 1.00, 0.55},
	{"potato", 0.50, 1.15, 0.75, 25, 30, 45, 30, 0.15, 0.50, 0.35},
	{"sugar beet", 0.35, 1.20, 0.70, 30, 45, 60, 40, 0.15, 0.90, 0.55},
	{"onion", 0.70, 1.05, 0.75, 15, 25, 70, 40, 0.10, 0.45, 0.30},
	{"processing tomato", 0.60, 1.15, 0.80, 30, 40, 45, 30, 0.15, 1.00, 0.40},
}

// Zone is one valve-controlled irrigation block.
type Zone struct {
	ID          string
	Block       string
	Valve       string
	Soil        Soil
	Crop        Crop
	AreaHa      float64
	RateMMPerH  float64 // application rate of the drip system
	PlantingDOY int
	Probes      []Probe
}

// Probe is a soil moisture probe installed in a zone.
type Probe struct {
	ID     string
	ZoneID string
	Depth  int // cm
}

// Farm is the set of zones managed by the controller.
type Farm struct {
	Name     string
	Latitude float64
	Zones    []*Zone
	byID     map[string]*Zone
}

func NewFarm(seed int64, zoneCount int) *Farm {
	rng := rand.New(rand.NewSource(seed))
	f := &Farm{Name: "Riverside Flats", Latitude: 38.6, byID: make(map[string]*Zone, zoneCount)}
	probeNo := 100
	for i := 0; i < zoneCount; i++ {
		z := &Zone{
			ID:          fmt.Sprintf("Z%03d", i+1),
			Block:       fmt.Sprintf("B%02d", i/8+1),
			Valve:       fmt.Sprintf("V-%02d-%02d", i/8+1, i%8+1),
			Soil:        soils[rng.Intn(len(soils))],
			Crop:        crops[rng.Intn(len(crops))],
			AreaHa:      1.5 + rng.Float64()*4.5,
			RateMMPerH:  2.2 + rng.Float64()*2.6,
			PlantingDOY: 110 + rng.Intn(40),
		}
		for _, depth := range []int{30, 60} {
			z.Probes = append(z.Probes, Probe{ID: fmt.Sprintf("FP-%04d", probeNo), ZoneID: z.ID, Depth: depth})
			probeNo++
		}
		f.Zones = append(f.Zones, z)
		f.byID[z.ID] = z
	}
	return f
}

func (f *Farm) Zone(id string) *Zone { return f.byID[id] }

// Weather is one day of observed weather plus the three-day forecast
// (today, tomorrow, the day after) issued that morning.
type Weather struct {
	DOY      int
	TMin     float64
	TMax     float64
	RainMM   float64
	Forecast [3]ForecastDay
}

type ForecastDay struct {
	TMin, TMax, RainMM float64
}

// Season is the run of days to plan.
type Season struct {
	StartDOY int
	Days     []Weather
}

func NewSeason(seed int64, latitude float64, startDOY, days int) *Season {
	rng := rand.New(rand.NewSource(seed))
	s := &Season{StartDOY: startDOY}
	obs := make([]ForecastDay, days+3)
	for i := range obs {
		doy := startDOY + i
		seasonal := math.Sin(float64(doy-105) / 365 * 2 * math.Pi)
		tmax := 24 + 9*seasonal + rng.NormFloat64()*2.5
		tmin := tmax - 11 - rng.Float64()*5
		rain := 0.0
		if rng.Float64() < 0.12 {
			rain = rng.ExpFloat64() * 9
		}
		obs[i] = ForecastDay{TMin: tmin, TMax: tmax, RainMM: rain}
	}
	for i := 0; i < days; i++ {
		w := Weather{DOY: startDOY + i, TMin: obs[i].TMin, TMax: obs[i].TMax, RainMM: obs[i].RainMM}
		for k := 0; k < 3; k++ {
			o := obs[i+k]
			spread := float64(k+1) * 0.8
			w.Forecast[k] = ForecastDay{
				TMin:   o.TMin + rng.NormFloat64()*spread,
				TMax:   o.TMax + rng.NormFloat64()*spread,
				RainMM: math.Max(0, o.RainMM*(0.6+rng.Float64()*0.8)),
			}
		}
		s.Days = append(s.Days, w)
	}
	return s
}

// ExtraterrestrialRadiation returns Ra in MJ/m2/day (FAO-56 eq. 21).
func ExtraterrestrialRadiation(latitudeDeg float64, doy int) float64 {
	phi := latitudeDeg * math.Pi / 180
	dr := 1 + 0.033*math.Cos(2*math.Pi/365*float64(doy))
	delta := 0.409 * math.Sin(2*math.Pi/365*float64(doy)-1.39)
	ws := math.Acos(-math.Tan(phi) * math.Tan(delta))
	return 24 * 60 / math.Pi * 0.0820 * dr *
		(ws*math.Sin(phi)*math.Sin(delta) + math.Cos(phi)*math.Cos(delta)*math.Sin(ws))
}

// ReferenceET returns Hargreaves reference evapotranspiration in mm/day.
func ReferenceET(latitudeDeg float64, doy int, tmin, tmax float64) float64 {
	if tmax < tmin {
		tmin, tmax = tmax, tmin
	}
	ra := ExtraterrestrialRadiation(latitudeDeg, doy) * 0.408
	return 0.0023 * ra * ((tmax+tmin)/2 + 17.8) * math.Sqrt(tmax-tmin)
}

// CropCoefficient returns Kc for the crop on a given day after planting.
func (c Crop) CropCoefficient(dap int) float64 {
	switch {
	case dap < 0:
		return 0.15
	case dap < c.LIni:
		return c.KcIni
	case dap < c.LIni+c.LDev:
		f := float64(dap-c.LIni) / float64(c.LDev)
		return c.KcIni + f*(c.KcMid-c.KcIni)
	case dap < c.LIni+c.LDev+c.LMid:
		return c.KcMid
	case dap < c.LIni+c.LDev+c.LMid+c.LLate:
		f := float64(dap-c.LIni-c.LDev-c.LMid) / float64(c.LLate)
		return c.KcMid + f*(c.KcEnd-c.KcMid)
	default:
		return c.KcEnd
	}
}

// RootDepth returns the effective rooting depth in metres.
func (c Crop) RootDepth(dap int) float64 {
	full := c.LIni + c.LDev
	if dap <= 0 {
		return c.RootMin
	}
	if dap >= full {
		return c.RootMax
	}
	return c.RootMin + (c.RootMax-c.RootMin)*float64(dap)/float64(full)
}
