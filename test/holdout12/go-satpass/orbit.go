package main

import "math"

// propagator evaluates a near-circular orbit with secular J2 drift of the
// node and argument of latitude.
type propagator struct {
	a, n       float64
	sinI, cosI float64
	raan0, u0  float64
	raanDot    float64
	uDot       float64
	gmst0      float64
}

func newPropagator(s *Satellite) propagator {
	n := math.Sqrt(muEarth / (s.SemiMajor * s.SemiMajor * s.SemiMajor))
	k := 1.5 * j2 * (earthRadiusKm / s.SemiMajor) * (earthRadiusKm / s.SemiMajor)
	cosI := math.Cos(s.Incl)
	return propagator{
		a:       s.SemiMajor,
		n:       n,
		sinI:    math.Sin(s.Incl),
		cosI:    cosI,
		raan0:   s.RAAN0,
		u0:      s.ArgLat0,
		raanDot: -k * n * cosI,
		uDot:    n * (1 + k*(2-2.5*math.Sin(s.Incl)*math.Sin(s.Incl))),
		gmst0:   1.7447, // rad at the planning epoch
	}
}

// ecef returns the Earth-fixed position (km) t seconds after epoch.
func (p *propagator) ecef(t float64) [3]float64 {
	u := p.u0 + p.uDot*t
	// right ascension of node relative to the rotating Earth
	lam := p.raan0 + p.raanDot*t - (p.gmst0 + earthRotRad*t)
	su, cu := math.Sincos(u)
	sl, cl := math.Sincos(lam)
	x := cu*cl - su*p.cosI*sl
	y := cu*sl + su*p.cosI*cl
	z := su * p.sinI
	return [3]float64{p.a * x, p.a * y, p.a * z}
}

// elevation returns the elevation angle (rad) of a position seen from st.
func elevation(st *Station, pos [3]float64) float64 {
	dx := pos[0] - st.ecef[0]
	dy := pos[1] - st.ecef[1]
	dz := pos[2] - st.ecef[2]
	rng := math.Sqrt(dx*dx + dy*dy + dz*dz)
	return math.Asin((dx*st.up[0] + dy*st.up[1] + dz*st.up[2]) / rng)
}

// quick horizon test: the satellite is below the local horizon when the
// line-of-sight vector points into the Earth's tangent plane.
func aboveTangent(st *Station, pos [3]float64) bool {
	dx := pos[0] - st.ecef[0]
	dy := pos[1] - st.ecef[1]
	dz := pos[2] - st.ecef[2]
	return dx*st.up[0]+dy*st.up[1]+dz*st.up[2] > 0
}
