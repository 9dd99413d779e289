package main

import (
	"math"
	"math/rand"
)

// WeatherDay is one day at the automatic weather station beside the tongue.
type WeatherDay struct {
	TempC    float64
	PrecipMm float64
}

// StationSeries is the hydrological year (1 Oct - 30 Sep) of daily data.
type StationSeries struct {
	ElevM float64
	Days  []WeatherDay
}

func SynthesizeStation(seed int64, elev float64) StationSeries {
	r := rand.New(rand.NewSource(seed))
	days := make([]WeatherDay, 365)
	anomaly := 0.0
	for d := range days {
		seasonal := -4.5 - 8.5*math.Cos(2*math.Pi*(float64(d)-10)/365)
		anomaly = 0.7*anomaly + r.NormFloat64()*2.2
		p := 0.0
		if r.Float64() < 0.38 {
			p = r.ExpFloat64() * 7
		}
		days[d] = WeatherDay{TempC: seasonal + anomaly, PrecipMm: p}
	}
	return StationSeries{ElevM: elev, Days: days}
}

// DegreeDayModel is a classical temperature-index melt model.
type DegreeDayModel struct {
	DDFSnow     float64 // mm w.e. per positive degree day
	DDFIce      float64
	LapseRate   float64 // K per m
	PrecipGrad  float64 // fraction per 100 m
	SnowThreshC float64
}

// Run returns the modelled annual balance (m w.e.) at elevation z on a flat
// surface.
func (m DegreeDayModel) Run(s StationSeries, z float64) float64 {
	return m.RunShaded(s, z, nil)
}

// RunShaded is Run with a monthly melt multiplier for the cell's slope and
// aspect (nil for a flat surface).
func (m DegreeDayModel) RunShaded(s StationSeries, z float64, monthly *[12]float64) float64 {
	dz := z - s.ElevM
	dT := m.LapseRate * dz
	pf := math.Max(0, 1+m.PrecipGrad*dz/100)
	snow := 0.0 // mm w.e. on the surface
	balance := 0.0
	for i, d := range s.Days {
		t := d.TempC + dT
		if t < m.SnowThreshC {
			acc := d.PrecipMm * pf
			snow += acc
			balance += acc
		}
		if t <= 0 {
			continue
		}
		melt := m.DDFSnow * t
		if monthly != nil {
			melt *= monthly[(i*12/365+9)%12]
		}
		if melt <= snow {
			snow -= melt
			balance -= melt
			continue
		}
		balance -= snow
		iceMelt := (melt - snow) / m.DDFSnow * m.DDFIce
		snow = 0
		balance -= iceMelt
	}
	return balance / 1000
}

// Calibrate searches the degree-day factors that best reproduce the stake
// balances, keeping the lapse rate and precipitation gradient fixed.
func Calibrate(s StationSeries, stakes []StakeBalance) (DegreeDayModel, float64) {
	best := DegreeDayModel{}
	bestRMSE := math.Inf(1)
	for snow := 2.0; snow <= 6.0; snow += 0.1 {
		for ratio := 1.2; ratio <= 2.6; ratio += 0.05 {
			for pg := 0.02; pg <= 0.12; pg += 0.02 {
				m := DegreeDayModel{DDFSnow: snow, DDFIce: snow * ratio, LapseRate: -0.0065, PrecipGrad: pg, SnowThreshC: 1.5}
				var ss float64
				for _, st := range stakes {
					e := m.Run(s, st.Elev) - st.Annual
					ss += e * e
				}
				if rmse := math.Sqrt(ss / float64(len(stakes))); rmse < bestRMSE {
					best, bestRMSE = m, rmse
				}
			}
		}
	}
	return best, bestRMSE
}

// ModelledGlacierWide runs the calibrated model over every glacier cell,
// with melt scaled by the cell's potential clear-sky radiation relative to a
// flat surface, month by month.
func ModelledGlacierWide(m DegreeDayModel, s StationSeries, g *BalanceGrid) float64 {
	sun := newSolarTable(siteLatitude)
	var sum float64
	var factors [12]float64
	for _, idx := range g.cells {
		slope, aspect := g.dem.SlopeAspect(idx)
		for month := range factors {
			factors[month] = sun.radiationFactor(slope, aspect, month)
		}
		sum += m.RunShaded(s, g.dem.Elev[idx], &factors)
	}
	return sum / float64(len(g.cells))
}

const siteLatitude = 46.5 * math.Pi / 180

type sunPosition struct {
	sinEl, cosEl, azimuth float64
}

// solarTable holds hourly sun positions for the middle day of every month.
type solarTable struct {
	hours  [12][]sunPosition
	onFlat [12]float64
}

func newSolarTable(lat float64) *solarTable {
	t := &solarTable{}
	for month := 0; month < 12; month++ {
		doy := float64(month*30 + 15)
		decl := 23.44 * math.Pi / 180 * math.Sin(2*math.Pi*(284+doy)/365)
		for h := 5; h <= 19; h++ {
			hourAngle := float64(h-12) * 15 * math.Pi / 180
			sinEl := math.Sin(lat)*math.Sin(decl) + math.Cos(lat)*math.Cos(decl)*math.Cos(hourAngle)
			if sinEl <= 0 {
				continue
			}
			az := math.Atan2(math.Sin(hourAngle), math.Cos(hourAngle)*math.Sin(lat)-math.Tan(decl)*math.Cos(lat)) + math.Pi
			t.hours[month] = append(t.hours[month], sunPosition{sinEl, math.Sqrt(1 - sinEl*sinEl), az})
			t.onFlat[month] += sinEl
		}
	}
	return t
}

// radiationFactor is the clear-sky irradiance on a slope of the given slope
// and aspect (radians, aspect 0 = north) relative to a flat surface,
// integrated over the mid-month day in hourly steps.
func (t *solarTable) radiationFactor(slope, aspect float64, month int) float64 {
	if t.onFlat[month] == 0 {
		return 1
	}
	cs, ss := math.Cos(slope), math.Sin(slope)
	var onSlope float64
	for _, p := range t.hours[month] {
		if cosInc := cs*p.sinEl + ss*p.cosEl*math.Cos(p.azimuth-aspect); cosInc > 0 {
			onSlope += cosInc
		}
	}
	return 0.6 + 0.4*onSlope/t.onFlat[month]
}
