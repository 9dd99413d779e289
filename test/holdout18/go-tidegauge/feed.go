package main

import (
	"math"
	"math/rand"
	"strconv"
)

const epochStart = 1717200000 // 2024-06-01T00:00:00Z

// telemetryFeed produces the raw NMEA-style sentences the gauges transmit.
type telemetryFeed struct {
	stations []*gaugeStation
	rng      *rand.Rand
	surge    []float64
}

func newTelemetryFeed(stations []*gaugeStation, seed int64) *telemetryFeed {
	return &telemetryFeed{stations: stations, rng: rand.New(rand.NewSource(seed)), surge: make([]float64, len(stations))}
}

// day returns one day's sentences, one per station per minute.
func (f *telemetryFeed) day(d int) []string {
	lines := make([]string, 0, len(f.stations)*1440)
	buf := make([]byte, 0, 96)
	for minute := 0; minute < 1440; minute++ {
		t := int64(epochStart + d*86400 + minute*60)
		for i, st := range f.stations {
			f.surge[i] = 0.995*f.surge[i] + f.rng.NormFloat64()*0.012
			level := st.DatumOffset + astronomicalTide(st, t) + f.surge[i] + f.rng.NormFloat64()*0.01
			status := "OK"
			if f.rng.Intn(900) == 0 {
				status = "FLT"
				level = st.SensorCeiling + 1
			}
			buf = buf[:0]
			buf = append(buf, "TGL,"...)
			code := st.Code
			if f.rng.Intn(500) == 0 {
				code = "XX" + code[2:]
			}
			buf = append(buf, code...)
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, t, 10)
			buf = append(buf, ',')
			buf = strconv.AppendFloat(buf, level, 'f', 3, 64)
			buf = append(buf, ',')
			buf = strconv.AppendFloat(buf, 11.5+3*math.Sin(float64(minute)/229), 'f', 1, 64)
			buf = append(buf, ',')
			buf = strconv.AppendFloat(buf, 1012+6*math.Cos(float64(d)/3), 'f', 1, 64)
			buf = append(buf, ',')
			buf = append(buf, status...)
			sum := nmeaChecksum(buf)
			line := make([]byte, 0, len(buf)+4)
			line = append(line, '$')
			line = append(line, buf...)
			line = append(line, '*', hexDigit(sum>>4), hexDigit(sum&0xF))
			lines = append(lines, string(line))
		}
	}
	return lines
}

func nmeaChecksum(body []byte) byte {
	var c byte
	for _, b := range body {
		c ^= b
	}
	return c
}

func hexDigit(v byte) byte {
	if v < 10 {
		return '0' + v
	}
	return 'A' + v - 10
}
