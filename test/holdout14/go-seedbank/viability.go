package main

import "math"

// normalCDF converts a probit value to a germination fraction.
func normalCDF(x float64) float64 {
	return 0.5 * (1 + math.Erf(x/math.Sqrt2))
}

// sigma is the time (days) for viability to fall by one probit under the
// given storage conditions.
func sigma(sp *Species, moisture, tempC float64) float64 {
	log10Sigma := sp.KE - sp.CW*math.Log10(moisture) - sp.CH*tempC - sp.CQ*tempC*tempC
	return math.Pow(10, log10Sigma)
}

// projectViability walks month by month through storage until the lot falls
// under the regeneration threshold, returning the current estimate and the
// regeneration year. The storage temperature follows small seasonal
// excursions from the freezer set point (door openings, defrosts), so the
// monthly probit loss is computed once per calendar month.
func projectViability(sp *Species, a *Accession, nowYear int) (float64, int) {
	const days = 30.44
	var monthlyLoss [12]float64
	for m := range monthlyLoss {
		excursion := 1.5 * math.Sin(float64(m)*math.Pi/6)
		monthlyLoss[m] = days / sigma(sp, a.MoisturePct, a.StorageC+excursion)
	}
	initial := normalCDF(a.InitialVia)
	threshold := 0.85 * initial
	probit := a.InitialVia
	current := initial
	for month := 0; month < 12*120; month++ {
		probit -= monthlyLoss[month%12]
		v := normalCDF(probit)
		year := a.Collected + month/12
		if year <= nowYear {
			current = v
		}
		if v < threshold {
			return current, year
		}
	}
	return current, a.Collected + 120
}

// wilsonLower is the lower bound of the Wilson score interval (95%).
func wilsonLower(success, n int) float64 {
	if n == 0 {
		return 0
	}
	const z = 1.959964
	p := float64(success) / float64(n)
	nn := float64(n)
	denom := 1 + z*z/nn
	centre := p + z*z/(2*nn)
	margin := z * math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn))
	return (centre - margin) / denom
}
