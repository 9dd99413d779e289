package main

import (
	"math"
)

// Cable constants per conductor gauge: insertion loss in dB per km is
// a*sqrt(f MHz) + b*f MHz.
type cableModel struct{ a, b float64 }

var cableModels = map[float64]cableModel{
	0.4:  {a: 18.5, b: 1.9},
	0.5:  {a: 14.2, b: 1.6},
	0.63: {a: 11.0, b: 1.3},
	0.9:  {a: 7.9, b: 1.0},
}

const (
	backgroundNoisedBm = -140.0 // dBm/Hz
	shannonGapdB       = 9.75
	codingGaindB       = 3.0
	fextCouplingdB     = -182.0 // 10*log10 of the 99% worst case coupling constant per metre
)

// backgroundNoiseMW is the background noise floor in mW/Hz.
var backgroundNoiseMW = math.Pow(10, backgroundNoisedBm/10)

// QualificationEngine computes achievable sync rates from the line
// physics. It is immutable after construction and safe for concurrent use.
type QualificationEngine struct {
	vdsl  *ToneSet
	gfast *ToneSet
}

func NewQualificationEngine() *QualificationEngine {
	return &QualificationEngine{vdsl: VDSL2Profile17a(), gfast: GfastProfile106a()}
}

// RateEstimate is the achievable rate for one technology and margin.
type RateEstimate struct {
	Technology   string  `json:"technology"`
	MarginDB     float64 `json:"marginDb"`
	Vectored     bool    `json:"vectored"`
	DownKbps     int     `json:"downKbps"`
	UpKbps       int     `json:"upKbps"`
	UsedTonesDn  int     `json:"usedTonesDown"`
	MeanBitsDn   float64 `json:"meanBitsDown"`
	AttenuationD float64 `json:"attenuationDb"`
}

type lineState struct {
	lossPerKm cableModel
	km        float64
	tapM      float64
	fextScale float64 // dB: 10log10((n/49)^0.6 * L metres) + coupling
}

func (e *QualificationEngine) prepare(l *Line, vectored bool) lineState {
	cm, ok := cableModels[l.Gauge]
	if !ok {
		cm = cableModels[0.5]
	}
	disturbers := float64(l.Binder)
	if vectored {
		// vectoring cancels all but the residual alien crosstalk
		disturbers = math.Max(1, disturbers*0.05)
	}
	return lineState{
		lossPerKm: cm,
		km:        l.LoopMetres / 1000,
		tapM:      l.BridgedTapM,
		fextScale: fextCouplingdB + 6*math.Log10(disturbers/49) + 10*math.Log10(l.LoopMetres),
	}
}

func (s *lineState) insertionLoss(t *Tone) float64 {
	loss := s.km * (s.lossPerKm.a*t.SqrtMHz + s.lossPerKm.b*t.MHz)
	if s.tapM > 0 {
		// quarter-wave notches from an unterminated bridged tap
		tau := s.tapM / 2.0e8
		loss += 2.5 + 7*math.Abs(math.Sin(2*math.Pi*t.FreqHz*tau))
	}
	return loss
}

// loadBits runs water-filling-free bit loading: every tone carries the
// largest integer constellation that keeps the requested margin.
func (s *lineState) loadBits(tones []Tone, maxBits int, marginDB float64) (bits int, used int, attenuation float64) {
	gap := math.Pow(10, (shannonGapdB+marginDB-codingGaindB)/10)
	var lossSum float64
	for i := range tones {
		t := &tones[i]
		loss := s.insertionLoss(t)
		lossSum += loss
		rx := t.TxPSDdBm - loss
		fext := t.TxPSDdBm + s.fextScale + t.FextBase - loss
		noise := 10 * math.Log10(backgroundNoiseMW+math.Pow(10, fext/10))
		snr := math.Pow(10, (rx-noise)/10)
		b := int(math.Log2(1 + snr/gap))
		if b < 1 {
			continue
		}
		if b > maxBits {
			b = maxBits
		}
		bits += b
		used++
	}
	if len(tones) > 0 {
		attenuation = lossSum / float64(len(tones))
	}
	return bits, used, attenuation
}

// Estimate returns the achievable rate for one tone set, margin and
// vectoring state on a line.
func (e *QualificationEngine) Estimate(ts *ToneSet, l *Line, marginDB float64, vectored bool) RateEstimate {
	st := e.prepare(l, vectored)
	dnBits, dnUsed, att := st.loadBits(ts.Downstream, ts.MaxBits, marginDB)
	upBits, _, _ := st.loadBits(ts.Upstream, ts.MaxBits, marginDB)
	dnFrac, upFrac := 1.0, 1.0
	if ts.TDDDownFrac < 1 {
		dnFrac, upFrac = ts.TDDDownFrac, 1-ts.TDDDownFrac
	}
	// 8% framing and Reed-Solomon overhead
	down := float64(dnBits) * ts.SymbolRate * dnFrac * 0.92 / 1000
	up := float64(upBits) * ts.SymbolRate * upFrac * 0.92 / 1000
	mean := 0.0
	if dnUsed > 0 {
		mean = float64(dnBits) / float64(dnUsed)
	}
	return RateEstimate{
		Technology: ts.Name, MarginDB: marginDB, Vectored: vectored,
		DownKbps: int(down), UpKbps: int(up), UsedTonesDn: dnUsed,
		MeanBitsDn: math.Round(mean*100) / 100, AttenuationD: math.Round(att*10) / 10,
	}
}

// Qualify produces the full set of estimates order entry shows the agent.
func (e *QualificationEngine) Qualify(l *Line, margins []float64) []RateEstimate {
	out := make([]RateEstimate, 0, len(margins)*3)
	for _, m := range margins {
		out = append(out, e.Estimate(e.vdsl, l, m, false))
		out = append(out, e.Estimate(e.vdsl, l, m, true))
		if l.FibreToDP || l.LoopMetres < 350 {
			out = append(out, e.Estimate(e.gfast, l, m, true))
		}
	}
	return out
}
