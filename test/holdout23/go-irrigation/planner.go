package main

import (
	"encoding/json"
	"math"
)

const historyDays = 8

// DayRecord is one day of the soil water balance for a zone.
type DayRecord struct {
	DOY          int     `json:"doy"`
	ET0          float64 `json:"et0_mm"`
	ETc          float64 `json:"etc_mm"`
	ETa          float64 `json:"eta_mm"`
	RainMM       float64 `json:"rain_mm"`
	IrrigationMM float64 `json:"irrigation_mm"`
	DepletionMM  float64 `json:"depletion_mm"`
	DrainageMM   float64 `json:"drainage_mm"`
	StressCoeff  float64 `json:"ks"`
}

// ZoneState is the running FAO-56 root zone water balance of a zone.
type ZoneState struct {
	ZoneID             string      `json:"zone_id"`
	DOY                int         `json:"doy"`
	DepletionMM        float64     `json:"depletion_mm"`
	TAWMM              float64     `json:"taw_mm"`
	RAWMM              float64     `json:"raw_mm"`
	RootDepthM         float64     `json:"root_depth_m"`
	Kc                 float64     `json:"kc"`
	History            []DayRecord `json:"history"`
	SeasonETcMM        float64     `json:"season_etc_mm"`
	SeasonETaMM        float64     `json:"season_eta_mm"`
	SeasonRainMM       float64     `json:"season_rain_mm"`
	SeasonIrrigationMM float64     `json:"season_irrigation_mm"`
	SeasonDrainageMM   float64     `json:"season_drainage_mm"`
	StressDays         int         `json:"stress_days"`
	AssimilatedDays    int         `json:"assimilated_days"`
}

// Pulse is one valve opening in the schedule sent to the controller.
type Pulse struct {
	ZoneID      string
	Valve       string
	DOY         int
	StartMinute int
	Minutes     int
	DepthMM     float64
}

// Planner decides the daily run time of every zone.
type Planner struct {
	farm       *Farm
	season     *Season
	obs        map[string]map[int]DailyObservation
	log        *Logger
	profiles   []*SoilProfile
	States     []*ZoneState
	candidates []int
	pumpSlots  int
}

func NewPlanner(farm *Farm, season *Season, daily map[string][]DailyObservation, logger *Logger) *Planner {
	p := &Planner{
		farm:      farm,
		season:    season,
		obs:       make(map[string]map[int]DailyObservation, len(daily)),
		log:       logger,
		pumpSlots: 6,
	}
	for zoneID, days := range daily {
		m := make(map[int]DailyObservation, len(days))
		for _, d := range days {
			m[d.DOY] = d
		}
		p.obs[zoneID] = m
	}
	p.candidates = []int{0, 20, 40, 60, 90, 120}
	for _, z := range farm.Zones {
		dap := season.StartDOY - z.PlantingDOY
		zr := z.Crop.RootDepth(dap)
		taw := 1000 * (z.Soil.FieldCapacity - z.Soil.WiltingPoint) * zr
		p.States = append(p.States, &ZoneState{
			ZoneID:      z.ID,
			DOY:         season.StartDOY - 1,
			DepletionMM: 0.3 * taw,
			TAWMM:       taw,
			RAWMM:       z.Crop.DepletionFraction * taw,
			RootDepthM:  zr,
			Kc:          z.Crop.CropCoefficient(dap),
		})
		p.profiles = append(p.profiles, NewSoilProfile(z.Soil, 0.3))
	}
	return p
}

// Run plans every day of the season and returns the valve schedule.
func (p *Planner) Run() []Pulse {
	var schedule []Pulse
	for _, day := range p.season.Days {
		slotEnd := make([]int, p.pumpSlots)
		for i, z := range p.farm.Zones {
			st := p.States[i]
			p.assimilate(z, st, day.DOY)
			minutes := p.chooseRunTime(z, st, day)
			depth := float64(minutes) / 60 * z.RateMMPerH
			var pulses []Pulse
			if minutes > 0 {
				pulses = splitPulses(z, day.DOY, minutes, slotEnd)
				schedule = append(schedule, pulses...)
			}
			rec := st.Advance(z, p.farm.Latitude, day.DOY, day.TMin, day.TMax, day.RainMM, depth)
			front := p.profiles[i].RunDay(pulses, rec.ETa, day.RainMM, st.RootDepthM)
			if obs, ok := p.obs[z.ID][day.DOY]; ok {
				p.profiles[i].Compare(obs.MeanVWC)
			}
			if minutes > 0 {
				p.log.Infof("zone %s doy %d: run %d min in %d pulse(s), %.1f mm, wetting front %.0f cm",
					z.ID, day.DOY, minutes, len(pulses), depth, front*100)
			}
			if rec.StressCoeff < 0.8 {
				p.log.Warnf("zone %s doy %d: crop stress ks=%.2f depletion %.1f/%.1f mm",
					z.ID, day.DOY, rec.StressCoeff, rec.DepletionMM, st.TAWMM)
			}
		}
	}
	return schedule
}

// assimilate nudges the modelled depletion towards what the probes measured.
func (p *Planner) assimilate(z *Zone, st *ZoneState, doy int) {
	o, ok := p.obs[z.ID][doy]
	if !ok || o.Samples < samplesPerDay {
		return
	}
	measured := (z.Soil.FieldCapacity - o.MeanVWC) * 1000 * st.RootDepthM
	measured = math.Max(0, math.Min(measured, st.TAWMM))
	st.DepletionMM = 0.55*st.DepletionMM + 0.45*measured
	st.AssimilatedDays++
}

// chooseRunTime simulates each candidate run time over the forecast and keeps
// the cheapest one that avoids crop stress without pushing water past the roots.
func (p *Planner) chooseRunTime(z *Zone, st *ZoneState, day Weather) int {
	best, bestScore := 0, math.Inf(1)
	for _, minutes := range p.candidates {
		trial := cloneState(st)
		applied := float64(minutes) / 60 * z.RateMMPerH
		score := applied * 0.08 * z.AreaHa
		for k, fc := range day.Forecast {
			irrigation := 0.0
			if k == 0 {
				irrigation = applied
			}
			rec := trial.Advance(z, p.farm.Latitude, day.DOY+k, fc.TMin, fc.TMax, fc.RainMM, irrigation)
			score += (1-rec.StressCoeff)*40*float64(3-k) + rec.DrainageMM*1.5
		}
		p.log.Debugf("zone %s doy %d candidate %d min score %.3f trial %+v", z.ID, day.DOY, minutes, score, *trial)
		if score < bestScore {
			best, bestScore = minutes, score
		}
	}
	return best
}

// cloneState returns an independent copy of a zone state for what-if runs.
func cloneState(st *ZoneState) *ZoneState {
	data, err := json.Marshal(st)
	if err != nil {
		panic(err)
	}
	var out ZoneState
	if err := json.Unmarshal(data, &out); err != nil {
		panic(err)
	}
	return &out
}

// Advance runs one day of the water balance at hourly resolution.
func (st *ZoneState) Advance(z *Zone, latitude float64, doy int, tmin, tmax, rainMM, irrigationMM float64) DayRecord {
	dap := doy - z.PlantingDOY
	st.RootDepthM = z.Crop.RootDepth(dap)
	st.TAWMM = 1000 * (z.Soil.FieldCapacity - z.Soil.WiltingPoint) * st.RootDepthM
	st.RAWMM = z.Crop.DepletionFraction * st.TAWMM
	st.Kc = z.Crop.CropCoefficient(dap)
	et0 := ReferenceET(latitude, doy, tmin, tmax)

	rec := DayRecord{DOY: doy, ET0: et0, ETc: st.Kc * et0, RainMM: rainMM, IrrigationMM: irrigationMM}
	dr := st.DepletionMM
	ksSum := 0.0
	for h := 0; h < 24; h++ {
		// Daylight ET follows a half-sine between 06:00 and 20:00.
		share := 0.0
		if h >= 6 && h < 20 {
			share = math.Sin(math.Pi*(float64(h)-6+0.5)/14) * math.Pi / 28
		}
		ks := 1.0
		if dr > st.RAWMM {
			ks = math.Max(0, (st.TAWMM-dr)/(st.TAWMM-st.RAWMM))
		}
		ksSum += ks
		eta := ks * st.Kc * et0 * share
		rec.ETa += eta
		dr += eta
		if h == 4 {
			dr -= irrigationMM * 0.92 // drip application efficiency
		}
		if h == 15 {
			effective := rainMM
			if rainMM > 5 {
				effective = 5 + (rainMM-5)*0.75
			}
			dr -= effective
		}
		if dr < 0 {
			rec.DrainageMM += -dr
			dr = 0
		}
		if dr > st.TAWMM {
			dr = st.TAWMM
		}
	}
	rec.StressCoeff = ksSum / 24
	rec.DepletionMM = dr
	st.DepletionMM = dr
	st.DOY = doy
	st.SeasonETcMM += rec.ETc
	st.SeasonETaMM += rec.ETa
	st.SeasonRainMM += rainMM
	st.SeasonIrrigationMM += irrigationMM
	st.SeasonDrainageMM += rec.DrainageMM
	if rec.StressCoeff < 0.95 {
		st.StressDays++
	}
	st.History = append(st.History, rec)
	if len(st.History) > historyDays {
		st.History = append(st.History[:0], st.History[len(st.History)-historyDays:]...)
	}
	return rec
}

// splitPulses turns a run time into cycle-and-soak pulses and books them on
// the pump, which can feed a limited number of valves at once.
func splitPulses(z *Zone, doy, minutes int, slotEnd []int) []Pulse {
	depth := float64(minutes) / 60 * z.RateMMPerH
	n := int(math.Ceil(depth / z.Soil.MaxPulseMM))
	if n < 1 {
		n = 1
	}
	const soakMinutes = 45
	per := minutes / n
	rest := minutes - per*n
	slot := 0
	for i := range slotEnd {
		if slotEnd[i] < slotEnd[slot] {
			slot = i
		}
	}
	start := slotEnd[slot]
	if start < 4*60 {
		start = 4 * 60
	}
	pulses := make([]Pulse, 0, n)
	for i := 0; i < n; i++ {
		m := per
		if i == n-1 {
			m += rest
		}
		pulses = append(pulses, Pulse{
			ZoneID: z.ID, Valve: z.Valve, DOY: doy, StartMinute: start, Minutes: m,
			DepthMM: float64(m) / 60 * z.RateMMPerH,
		})
		start += m + soakMinutes
	}
	slotEnd[slot] = start
	return pulses
}
