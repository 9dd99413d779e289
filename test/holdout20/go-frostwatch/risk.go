package main

import "math"

// DewPoint uses the Magnus–Tetens approximation.
func DewPoint(tempC, rh float64) float64 {
	const a, b = 17.625, 243.04
	gamma := math.Log(rh/100) + a*tempC/(b+tempC)
	return b * gamma / (a - gamma)
}

// WetBulb follows Stull (2011).
func WetBulb(tempC, rh float64) float64 {
	return tempC*math.Atan(0.151977*math.Sqrt(rh+8.313659)) +
		math.Atan(tempC+rh) - math.Atan(rh-1.676331) +
		0.00391838*math.Pow(rh, 1.5)*math.Atan(0.023101*rh) - 4.686035
}

// ScoreFrostRisk returns an estimated bud-kill fraction (0..1) for the reading.
func ScoreFrostRisk(b *Block, r Reading) float64 {
	crit := criticalTemps[b.Stage]
	bud := math.Min(r.Canopy, WetBulb(r.TempC, r.RelHum))
	dew := DewPoint(r.TempC, r.RelHum)
	// Radiative frost is worse with calm air and a dry atmosphere.
	calm := 1 / (1 + math.Exp(2*(r.WindMS-1.0)))
	dry := math.Max(0, math.Min(1, (r.TempC-dew)/6))
	adj := bud - 0.6*calm*b.HollowDepth - 0.3*dry
	// Logistic kill curve between the 10 % and 90 % critical temperatures.
	mid := (crit[0] + crit[1]) / 2
	span := math.Max(0.1, (crit[0]-crit[1])/4.4)
	now := 1 / (1 + math.Exp((adj-mid)/span))
	ahead := ProjectBudTemp(adj, r.WindMS, b.HollowDepth, 60)
	later := 1 / (1 + math.Exp((ahead-mid)/span))
	return 0.6*now + 0.4*later
}

// ProjectBudTemp integrates Newtonian radiative cooling of the bud for the
// next `minutes` minutes, with sky temperature depending on calmness and
// cold-air drainage into hollow blocks.
func ProjectBudTemp(budC, windMS, hollow float64, minutes int) float64 {
	sky := budC - 12 - 6*hollow
	k := 0.004 + 0.003/(1+windMS)
	t := budC
	for m := 0; m < minutes; m++ {
		drain := 0.002 * hollow * math.Exp(-float64(m)/90)
		t += -k*(t-sky)*math.Exp(-0.01*(t-sky)) - drain
		if t < sky {
			t = sky
		}
	}
	return t
}
