package main

import "math"

const (
	profileLayers  = 25
	layerMM        = 40.0
	stepsPerDay    = 96
	stepHours      = 24.0 / stepsPerDay
	gravityKPaPerM = 9.81
)

// SoilProfile is a layered Campbell soil column used to follow the wetting
// front under the drippers and to check the bucket model against the probes.
type SoilProfile struct {
	soil      Soil
	theta     [profileLayers]float64
	start     [profileLayers]float64
	k         [profileLayers]float64
	psi       [profileLayers]float64
	residuals int
	sumSq     float64
	deepMM    float64
}

func NewSoilProfile(soil Soil, initialDepletion float64) *SoilProfile {
	sp := &SoilProfile{soil: soil}
	for i := range sp.theta {
		sp.theta[i] = soil.FieldCapacity - initialDepletion*(soil.FieldCapacity-soil.WiltingPoint)*math.Exp(-float64(i)/10)
	}
	return sp
}

func (sp *SoilProfile) residual() float64 { return sp.soil.WiltingPoint * 0.4 }

func (sp *SoilProfile) updateHydraulics() {
	thr := sp.residual()
	span := sp.soil.Saturation - thr
	b := sp.soil.CampbellB
	for i, th := range sp.theta {
		se := (th - thr) / span
		if se < 0.01 {
			se = 0.01
		}
		if se > 1 {
			se = 1
		}
		sp.k[i] = sp.soil.KsMMPerH * math.Pow(se, 2*b+3)
		sp.psi[i] = sp.soil.AirEntryKPa * math.Pow(se, -b)
	}
}

// RunDay steps the column through one day of pulses, rain and evapotranspiration
// and returns the depth (m) reached by the wetting front.
func (sp *SoilProfile) RunDay(pulses []Pulse, etaMM, rainMM, rootDepthM float64) float64 {
	sp.start = sp.theta
	rootLayers := int(math.Ceil(rootDepthM * 1000 / layerMM))
	if rootLayers > profileLayers {
		rootLayers = profileLayers
	}
	if rootLayers < 1 {
		rootLayers = 1
	}
	// Root water uptake follows the 40-30-20-10 rule over the root zone quarters.
	var uptake [profileLayers]float64
	for i := 0; i < rootLayers; i++ {
		quarter := 4 * i / rootLayers
		uptake[i] = (0.4 - 0.1*float64(quarter)) * 4 / float64(rootLayers)
	}

	for step := 0; step < stepsPerDay; step++ {
		minute := step * 24 * 60 / stepsPerDay
		hour := float64(minute) / 60
		// Water arriving at the surface during this step.
		inflow := 0.0
		for _, p := range pulses {
			overlap := math.Min(float64(p.StartMinute+p.Minutes), float64(minute)+stepHours*60) - math.Max(float64(p.StartMinute), float64(minute))
			if overlap > 0 {
				inflow += p.DepthMM * overlap / float64(p.Minutes)
			}
		}
		if step == 15*stepsPerDay/24 {
			inflow += rainMM
		}
		sp.infiltrate(inflow)

		if hour >= 6 && hour < 20 {
			demand := etaMM * math.Sin(math.Pi*(hour-6+stepHours/2)/14) * math.Pi / 28 * stepHours
			for i := 0; i < rootLayers; i++ {
				take := demand * uptake[i] / layerMM
				if sp.theta[i]-take < sp.soil.WiltingPoint {
					take = math.Max(0, sp.theta[i]-sp.soil.WiltingPoint)
				}
				sp.theta[i] -= take
			}
		}
		sp.redistribute()
	}

	front := 0.0
	for i := range sp.theta {
		if sp.theta[i]-sp.start[i] > 0.004 {
			front = float64(i+1) * layerMM / 1000
		}
	}
	return front
}

func (sp *SoilProfile) infiltrate(mm float64) {
	for i := 0; i < profileLayers && mm > 0; i++ {
		room := (sp.soil.Saturation - sp.theta[i]) * layerMM
		if room <= 0 {
			continue
		}
		add := math.Min(room, mm)
		sp.theta[i] += add / layerMM
		mm -= add
	}
	sp.deepMM += mm
}

// redistribute moves water between layers with Darcy fluxes for one step.
func (sp *SoilProfile) redistribute() {
	sp.updateHydraulics()
	thr := sp.residual()
	dzM := layerMM / 1000
	for i := 0; i < profileLayers-1; i++ {
		kMean := math.Sqrt(sp.k[i] * sp.k[i+1])
		gradient := (sp.psi[i]-sp.psi[i+1])/(gravityKPaPerM*dzM) + 1
		flux := kMean * gradient * stepHours // mm, positive downwards
		if flux > 0 {
			flux = math.Min(flux, math.Min((sp.theta[i]-thr)*layerMM, (sp.soil.Saturation-sp.theta[i+1])*layerMM)*0.5)
		} else {
			flux = -math.Min(-flux, math.Min((sp.theta[i+1]-thr)*layerMM, (sp.soil.Saturation-sp.theta[i])*layerMM)*0.5)
		}
		sp.theta[i] -= flux / layerMM
		sp.theta[i+1] += flux / layerMM
	}
	last := profileLayers - 1
	drain := sp.k[last] * stepHours
	drain = math.Min(drain, math.Max(0, (sp.theta[last]-sp.soil.FieldCapacity)*layerMM))
	sp.theta[last] -= drain / layerMM
	sp.deepMM += drain
}

// Compare records the difference between the simulated and measured probe
// water content (30 cm and 60 cm, weighted as in the daily summary).
func (sp *SoilProfile) Compare(measuredVWC float64) {
	at30 := sp.theta[300/int(layerMM)]
	at60 := sp.theta[600/int(layerMM)]
	d := 0.6*at30 + 0.4*at60 - measuredVWC
	sp.sumSq += d * d
	sp.residuals++
}

// RMSE returns the root mean square probe residual.
func (sp *SoilProfile) RMSE() float64 {
	if sp.residuals == 0 {
		return 0
	}
	return math.Sqrt(sp.sumSq / float64(sp.residuals))
}

// DeepPercolationMM returns water lost below the column.
func (sp *SoilProfile) DeepPercolationMM() float64 { return sp.deepMM }
