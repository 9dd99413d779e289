package main

import (
	"errors"
	"math"
	"math/rand"
	"time"
)

// Fit is the result of a harmonic analysis.
type Fit struct {
	Mean  float64
	Amp   []float64
	Phase []float64 // degrees, relative to the analysis epoch
	RMS   float64
}

// Analyzer owns the reusable buffers of one worker.
type Analyzer struct {
	cons   []Constituent
	omega  []float64
	ata    []float64 // normal matrix, n x n, row major
	atb    []float64
	basis  []float64
	text   []byte
	series Series
	resid  []float64
	pred   []float64
}

func NewAnalyzer(cons []Constituent) *Analyzer {
	n := 1 + 2*len(cons)
	a := &Analyzer{
		cons:  cons,
		omega: make([]float64, len(cons)),
		ata:   make([]float64, n*n),
		atb:   make([]float64, n),
		basis: make([]float64, n),
	}
	for c, k := range cons {
		a.omega[c] = k.Speed * math.Pi / 180
	}
	return a
}

// StationResult is everything the report needs about one gauge.
type StationResult struct {
	Station  *Station
	Samples  int
	Missing  int
	Fit      Fit
	AmpErr   float64 // worst relative amplitude error of the major constituents
	Datums   Datums
	Surges   []Surge
	Return50 float64
	MaxResid float64
	Err      error
}

// Process synthesises, decodes and analyses one gauge's record.
func (a *Analyzer) Process(st *Station, epoch time.Time, years int) *StationResult {
	res := &StationResult{Station: st}
	seed := int64(0)
	for _, c := range st.ID {
		seed = seed*31 + int64(c)
	}
	rng := rand.New(rand.NewSource(seed))
	a.series.reset()
	var surge surgeState
	for m := 0; m < 12*years; m++ {
		month := epoch.AddDate(0, m, 0)
		a.text = synthesizeMonth(a.text[:0], st, &surge, rng, epoch, month)
		if err := a.series.decode(a.text, st.ID, epoch); err != nil {
			res.Err = err
			return res
		}
	}
	s := &a.series
	res.Samples, res.Missing = len(s.Level), s.Missing

	fit, err := a.fit(s.Hours, s.Level)
	if err != nil {
		res.Err = err
		return res
	}
	res.Fit = fit
	for c := 0; c < 6; c++ {
		e := math.Abs(fit.Amp[c]-st.Amp[c]) / st.Amp[c]
		res.AmpErr = math.Max(res.AmpErr, e)
	}

	a.pred = growFloats(a.pred, len(s.Hours))
	a.resid = growFloats(a.resid, len(s.Hours))
	for i, h := range s.Hours {
		a.pred[i] = a.predict(&fit, h)
		a.resid[i] = s.Level[i] - a.pred[i]
	}
	res.Datums = computeDatums(s.Hours, a.pred)
	res.Surges, res.MaxResid = findSurges(s.Hours, a.resid)
	res.Return50 = returnLevel(s.Hours, s.Level, 50)
	return res
}

func growFloats(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

func (a *Analyzer) fillBasis(h float64) {
	a.basis[0] = 1
	for c, w := range a.omega {
		s, co := math.Sincos(w * h)
		a.basis[1+2*c] = co
		a.basis[2+2*c] = s
	}
}

// fit solves the least-squares problem level ~ mean + sum(a cos + b sin)
// through the normal equations and a Cholesky factorisation.
func (a *Analyzer) fit(hours, level []float64) (Fit, error) {
	n := len(a.basis)
	for i := range a.ata {
		a.ata[i] = 0
	}
	for i := range a.atb {
		a.atb[i] = 0
	}
	for k, h := range hours {
		a.fillBasis(h)
		y := level[k]
		for i := 0; i < n; i++ {
			bi := a.basis[i]
			a.atb[i] += bi * y
			row := a.ata[i*n : i*n+n]
			for j := i; j < n; j++ {
				row[j] += bi * a.basis[j]
			}
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			a.ata[i*n+j] = a.ata[j*n+i]
		}
	}
	x, err := choleskySolve(a.ata, a.atb, n)
	if err != nil {
		return Fit{}, err
	}
	f := Fit{Mean: x[0], Amp: make([]float64, len(a.cons)), Phase: make([]float64, len(a.cons))}
	for c := range a.cons {
		ca, sb := x[1+2*c], x[2+2*c]
		f.Amp[c] = math.Hypot(ca, sb)
		ph := math.Atan2(sb, ca) * 180 / math.Pi
		if ph < 0 {
			ph += 360
		}
		f.Phase[c] = ph
	}
	var ss float64
	for k, h := range hours {
		d := level[k] - a.predict(&f, h)
		ss += d * d
	}
	f.RMS = math.Sqrt(ss / float64(len(hours)))
	return f, nil
}

func (a *Analyzer) predict(f *Fit, h float64) float64 {
	v := f.Mean
	for c, w := range a.omega {
		v += f.Amp[c] * math.Cos(w*h-f.Phase[c]*math.Pi/180)
	}
	return v
}

var errNotPositive = errors.New("normal matrix is not positive definite")

func choleskySolve(m, b []float64, n int) ([]float64, error) {
	l := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			sum := m[i*n+j]
			for k := 0; k < j; k++ {
				sum -= l[i*n+k] * l[j*n+k]
			}
			if i == j {
				if sum <= 0 {
					return nil, errNotPositive
				}
				l[i*n+i] = math.Sqrt(sum)
			} else {
				l[i*n+j] = sum / l[j*n+j]
			}
		}
	}
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		sum := b[i]
		for k := 0; k < i; k++ {
			sum -= l[i*n+k] * y[k]
		}
		y[i] = sum / l[i*n+i]
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		sum := y[i]
		for k := i + 1; k < n; k++ {
			sum -= l[k*n+i] * x[k]
		}
		x[i] = sum / l[i*n+i]
	}
	return x, nil
}
