package main

import "math"

// ToneSet describes the sub-carriers of one DSL profile with everything
// that does not depend on the line pre-computed.
type ToneSet struct {
	Name        string
	SpacingHz   float64
	SymbolRate  float64 // DMT symbols per second carrying data
	MaxBits     int
	Downstream  []Tone
	Upstream    []Tone
	TDDDownFrac float64 // share of symbols used downstream (G.fast), 1 for FDD
}

// Tone is one sub-carrier.
type Tone struct {
	FreqHz   float64
	SqrtMHz  float64
	MHz      float64
	TxPSDdBm float64 // transmit PSD in dBm/Hz
	FextBase float64 // 10*log10(f^2) term of the FEXT coupling, dB
}

type band struct{ lo, hi float64 }

func buildTones(spacing float64, n int, bands []band, psd func(f float64) float64) []Tone {
	var out []Tone
	for i := 1; i < n; i++ {
		f := float64(i) * spacing
		in := false
		for _, b := range bands {
			if f >= b.lo && f < b.hi {
				in = true
				break
			}
		}
		if !in {
			continue
		}
		mhz := f / 1e6
		out = append(out, Tone{
			FreqHz:   f,
			MHz:      mhz,
			SqrtMHz:  math.Sqrt(mhz),
			TxPSDdBm: psd(f),
			FextBase: 10 * math.Log10(f*f),
		})
	}
	return out
}

// VDSL2Profile17a uses band plan 998ADE17 with 4.3125 kHz tones.
func VDSL2Profile17a() *ToneSet {
	psd := func(f float64) float64 {
		if f < 3.75e6 {
			return -59.5
		}
		if f < 8.5e6 {
			return -61.5
		}
		return -64.5
	}
	return &ToneSet{
		Name:        "VDSL2-17a",
		SpacingHz:   4312.5,
		SymbolRate:  4000,
		MaxBits:     15,
		TDDDownFrac: 1,
		Downstream:  buildTones(4312.5, 4096, []band{{138e3, 3.75e6}, {5.2e6, 8.5e6}, {12e6, 17.664e6}}, psd),
		Upstream:    buildTones(4312.5, 4096, []band{{3.75e6, 5.2e6}, {8.5e6, 12e6}}, psd),
	}
}

// GfastProfile106a uses 51.75 kHz tones from 2.2 MHz with time division
// duplexing.
func GfastProfile106a() *ToneSet {
	psd := func(f float64) float64 {
		if f < 30e6 {
			return -76
		}
		return -79 - 3*(f-30e6)/76e6
	}
	tones := buildTones(51750, 2048, []band{{2.2e6, 106e6}}, psd)
	return &ToneSet{
		Name:        "G.fast-106a",
		SpacingHz:   51750,
		SymbolRate:  48000,
		MaxBits:     12,
		TDDDownFrac: 0.78,
		Downstream:  tones,
		Upstream:    tones,
	}
}
