package main

import (
	"math"
	"math/rand"
	"strconv"
	"time"
)

// SampleMinutes is the reporting interval of the gauges.
const SampleMinutes = 6

// synthesizeMonth renders one month of the gauge's 6-minute record in the
// data-centre text format: a header line per month, then one line per
// sample ("<id> <yyyy-mm-dd hh:mm> <level m> <quality>"); outages are
// written with level -99.000 and quality 9.
func synthesizeMonth(buf []byte, st *Station, s *surgeState, rng *rand.Rand, epoch, month time.Time) []byte {
	next := month.AddDate(0, 1, 0)
	buf = append(buf, "# station "...)
	buf = append(buf, st.ID...)
	buf = append(buf, ' ')
	buf = append(buf, st.Name...)
	buf = append(buf, "  lat "...)
	buf = strconv.AppendFloat(buf, st.Lat, 'f', 3, 64)
	buf = append(buf, " lon "...)
	buf = strconv.AppendFloat(buf, st.Lon, 'f', 3, 64)
	buf = append(buf, " datum STND units m interval 6\n"...)

	speeds := make([]float64, len(Constituents))
	phases := make([]float64, len(Constituents))
	for c, k := range Constituents {
		speeds[c] = k.Speed * math.Pi / 180
		phases[c] = st.Phase[c] * math.Pi / 180
	}
	var stamp [16]byte
	day := time.Time{}
	for t := month; t.Before(next); t = t.Add(SampleMinutes * time.Minute) {
		if t.YearDay() != day.YearDay() || t.Year() != day.Year() {
			day = t
			y, m, d := t.Date()
			put4(stamp[0:], y)
			stamp[4] = '-'
			put2(stamp[5:], int(m))
			stamp[7] = '-'
			put2(stamp[8:], d)
			stamp[10] = ' '
			stamp[13] = ':'
		}
		put2(stamp[11:], t.Hour())
		put2(stamp[14:], t.Minute())

		hours := t.Sub(epoch).Hours()
		level := st.MSL
		for c := range speeds {
			level += st.Amp[c] * math.Cos(speeds[c]*hours-phases[c])
		}
		level += s.step(st, rng, hours)

		buf = append(buf, st.ID...)
		buf = append(buf, ' ')
		buf = append(buf, stamp[:]...)
		buf = append(buf, ' ')
		if s.outage > 0 {
			s.outage--
			buf = append(buf, "-99.000 9\n"...)
			continue
		}
		if rng.Float64() < st.GapRate/10 {
			s.outage = 5 + rng.Intn(60)
		}
		buf = appendFixed3(buf, level)
		buf = append(buf, " 0\n"...)
	}
	return buf
}

// appendFixed3 writes v with exactly three decimals (millimetres).
func appendFixed3(buf []byte, v float64) []byte {
	mm := int64(math.Round(v * 1000))
	if mm < 0 {
		buf = append(buf, '-')
		mm = -mm
	}
	buf = strconv.AppendInt(buf, mm/1000, 10)
	frac := mm % 1000
	return append(buf, '.', byte('0'+frac/100), byte('0'+frac/10%10), byte('0'+frac%10))
}

func put2(b []byte, v int) { b[0], b[1] = byte('0'+v/10), byte('0'+v%10) }

func put4(b []byte, v int) {
	put2(b, v/100)
	put2(b[2:], v%100)
}

// surgeState carries the meteorological residual between samples: an AR(1)
// noise process plus storm surges of a few hours to two days.
type surgeState struct {
	noise    float64
	peakAt   float64
	peakSize float64
	width    float64
	outage   int
}

func (s *surgeState) step(st *Station, rng *rand.Rand, hours float64) float64 {
	s.noise = 0.97*s.noise + rng.NormFloat64()*st.NoiseSD*0.25
	if hours > s.peakAt+3*s.width && rng.Float64() < st.StormRate/(30*24*10) {
		s.width = 4 + rng.Float64()*14
		s.peakAt = hours + 2*s.width
		s.peakSize = 0.25 + rng.ExpFloat64()*0.35
		if rng.Float64() < 0.3 {
			s.peakSize = -s.peakSize * 0.6 // offshore wind set-down
		}
	}
	surge := 0.0
	if s.width > 0 {
		z := (hours - s.peakAt) / s.width
		if z > -4 && z < 4 {
			surge = s.peakSize * math.Exp(-z*z/2)
		}
	}
	return s.noise + surge
}
