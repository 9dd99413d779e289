package main

import "math"

// ScaleGrowth integrates oxide scale growth on the billet surface. Scale
// thickens parabolically, x² = ∫ kp(T) dt, with an Arrhenius rate constant.
type ScaleGrowth struct {
	integral float64 // µm²
}

const (
	scaleActivationK = 21000.0 // Q/R for wüstite growth, kelvin
	scaleRateUm2PerS = 2.0e8   // pre-exponential kp, µm²/s
	scaleOnsetC      = 570.0   // below this the scale is thin and protective
)

func (s *ScaleGrowth) Accumulate(tempC, dt float64) {
	if tempC < scaleOnsetC {
		return
	}
	s.integral += scaleRateUm2PerS * math.Exp(-scaleActivationK/(tempC+273.15)) * dt
}

// Microns is the scale thickness grown so far.
func (s *ScaleGrowth) Microns() float64 { return math.Sqrt(s.integral) }

// MetalLossMicrons converts scale thickness to metal consumed: wüstite holds
// roughly 0.76 of its thickness as iron.
func (s *ScaleGrowth) MetalLossMicrons() float64 { return 0.76 * s.Microns() }
