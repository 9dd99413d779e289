package main

import (
	"math"
	"math/rand"
	"sort"
	"time"
)

// Reserve estimates incurred-but-not-reported claims for one benefit category
// with an over-dispersed Poisson bootstrap of the chain-ladder method.
type Reserve struct {
	Category string
	Paid     float64
	Mean     float64
	P75      float64
	P95      float64
	P995     float64
}

const (
	triangleOrigins = 52
	triangleDevs    = 26
)

var triangleBase = time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)

type triangle [triangleOrigins][triangleDevs]float64

func weekIndex(date string) (int, bool) {
	t, err := time.Parse(dateLayout, date)
	if err != nil || t.Before(triangleBase) {
		return 0, false
	}
	return int(t.Sub(triangleBase).Hours() / (24 * 7)), true
}

// buildTriangles accumulates allowed amounts by service week and reporting lag.
func buildTriangles(cycles [][]*Claim) map[string]*triangle {
	out := make(map[string]*triangle)
	for _, cs := range cycles {
		for _, c := range cs {
			rw, ok := weekIndex(c.Received)
			if !ok {
				continue
			}
			for _, l := range c.Lines {
				if l.Status != StatusPaid && l.Status != StatusReduced {
					continue
				}
				sw, ok := weekIndex(l.ServiceDate)
				if !ok || sw >= triangleOrigins {
					continue
				}
				dev := rw - sw
				if dev < 0 || dev >= triangleDevs {
					continue
				}
				t := out[l.Category]
				if t == nil {
					t = new(triangle)
					out[l.Category] = t
				}
				t[sw][dev] += float64(l.AllowedCents) / 100
			}
		}
	}
	return out
}

// observed reports whether a cell is known at the evaluation date.
func observed(i, j int) bool { return i+j < triangleOrigins }

func cumulate(inc *triangle, cum *triangle) {
	for i := 0; i < triangleOrigins; i++ {
		s := 0.0
		for j := 0; j < triangleDevs; j++ {
			if !observed(i, j) {
				break
			}
			s += inc[i][j]
			cum[i][j] = s
		}
	}
}

func developmentFactors(cum *triangle, f *[triangleDevs]float64) {
	for j := 0; j < triangleDevs-1; j++ {
		num, den := 0.0, 0.0
		for i := 0; i < triangleOrigins; i++ {
			if !observed(i, j+1) {
				break
			}
			num += cum[i][j+1]
			den += cum[i][j]
		}
		if den > 0 {
			f[j] = num / den
		} else {
			f[j] = 1
		}
	}
}

func latestDev(i int) int {
	d := triangleOrigins - 1 - i
	if d >= triangleDevs {
		d = triangleDevs - 1
	}
	return d
}

// fitted returns the incremental values implied by the factors and the
// latest diagonal.
func fitted(cum *triangle, f *[triangleDevs]float64, m *triangle) {
	for i := 0; i < triangleOrigins; i++ {
		last := latestDev(i)
		c := cum[i][last]
		fc := make([]float64, last+1)
		fc[last] = c
		for j := last - 1; j >= 0; j-- {
			fc[j] = fc[j+1] / f[j]
		}
		for j := 0; j <= last; j++ {
			if j == 0 {
				m[i][j] = fc[0]
			} else {
				m[i][j] = fc[j] - fc[j-1]
			}
		}
	}
}

// gammaSample draws from a gamma distribution (Marsaglia and Tsang).
func gammaSample(rng *rand.Rand, shape, scale float64) float64 {
	if shape < 1 {
		u := rng.Float64()
		return gammaSample(rng, shape+1, scale) * math.Pow(u, 1/shape)
	}
	d := shape - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := rng.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := rng.Float64()
		if math.Log(u) < 0.5*x*x+d-d*v+d*math.Log(v) {
			return d * v * scale
		}
	}
}

// bootstrapReserve runs the ODP bootstrap and returns the reserve distribution summary.
func bootstrapReserve(category string, inc *triangle, iterations int, rng *rand.Rand) Reserve {
	var cum, m, pseudo, pcum triangle
	var f, pf [triangleDevs]float64
	cumulate(inc, &cum)
	developmentFactors(&cum, &f)
	fitted(&cum, &f, &m)

	residuals := make([]float64, 0, triangleOrigins*triangleDevs)
	paid := 0.0
	for i := 0; i < triangleOrigins; i++ {
		paid += cum[i][latestDev(i)]
		for j := 0; j <= latestDev(i); j++ {
			if m[i][j] > 0 {
				residuals = append(residuals, (inc[i][j]-m[i][j])/math.Sqrt(m[i][j]))
			}
		}
	}
	nParams := 2*triangleDevs - 1
	phi := 0.0
	for _, r := range residuals {
		phi += r * r
	}
	if dof := len(residuals) - nParams; dof > 0 {
		phi /= float64(dof)
	}
	if phi <= 0 || len(residuals) == 0 {
		return Reserve{Category: category, Paid: paid}
	}

	reserves := make([]float64, iterations)
	for b := 0; b < iterations; b++ {
		for i := 0; i < triangleOrigins; i++ {
			for j := 0; j <= latestDev(i); j++ {
				mu := m[i][j]
				if mu <= 0 {
					pseudo[i][j] = inc[i][j]
					continue
				}
				r := residuals[rng.Intn(len(residuals))]
				pseudo[i][j] = mu + r*math.Sqrt(mu)
			}
		}
		cumulate(&pseudo, &pcum)
		developmentFactors(&pcum, &pf)
		total := 0.0
		for i := 0; i < triangleOrigins; i++ {
			last := latestDev(i)
			c := pcum[i][last]
			for j := last; j < triangleDevs-1; j++ {
				next := c * pf[j]
				mean := next - c
				if mean > 0 {
					total += gammaSample(rng, mean/phi, phi)
				}
				c = next
			}
		}
		reserves[b] = total
	}
	sort.Float64s(reserves)
	mean := 0.0
	for _, r := range reserves {
		mean += r
	}
	mean /= float64(len(reserves))
	q := func(p float64) float64 { return reserves[int(p*float64(len(reserves)-1))] }
	return Reserve{Category: category, Paid: paid, Mean: mean, P75: q(0.75), P95: q(0.95), P995: q(0.995)}
}

// estimateReserves bootstraps every category in a fixed order.
func estimateReserves(cycles [][]*Claim, iterations int, seed int64) []Reserve {
	tris := buildTriangles(cycles)
	var out []Reserve
	for _, c := range categories {
		t := tris[c]
		if t == nil {
			continue
		}
		out = append(out, bootstrapReserve(c, t, iterations, rand.New(rand.NewSource(seed))))
	}
	return out
}
