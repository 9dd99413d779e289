package main

// DensityModel converts snow, firn and ice depths into water equivalent.
type DensityModel struct {
	Ice       float64
	Firn      float64
	Water     float64
	MeltFirst float64 // density of the winter snow when it melts, if no pit
}

func DefaultDensityModel() DensityModel {
	return DensityModel{Ice: 900, Firn: 600, Water: 1000, MeltFirst: 420}
}

// StakeBalance is the annual point balance at one stake, m water equivalent.
type StakeBalance struct {
	Stake  string
	X, Y   float64
	Elev   float64
	Winter float64
	Summer float64
	Annual float64
}

// PointBalances applies the density model to every stake visit.
func PointBalances(visits []StakeVisit, m DensityModel) []StakeBalance {
	out := make([]StakeBalance, len(visits))
	for i, v := range visits {
		rho := v.PitDensity
		if rho <= 0 {
			rho = m.MeltFirst
		}
		winter := v.WinterSnowCm / 100 * rho / m.Water
		var summer float64
		if v.IceExposed {
			snowMelt := v.WinterSnowCm / 100 * rho / m.Water
			iceMelt := (v.EmergenceCm - v.WinterSnowCm) / 100 * m.Ice / m.Water
			summer = -(snowMelt + iceMelt)
		} else {
			summer = -v.EmergenceCm / 100 * rho / m.Water
		}
		out[i] = StakeBalance{Stake: v.Stake, X: v.X, Y: v.Y, Elev: v.Elev, Winter: winter, Summer: summer, Annual: winter + summer}
	}
	return out
}
