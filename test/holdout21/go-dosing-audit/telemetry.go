package main

import (
	"math"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
)

// Reading is one sample reported by a zone's dosing controller.
type Reading struct {
	Unix  int64
	Zone  string
	EC    float64
	PH    float64
	TempC float64
	Flow  float64 // litres per minute through the gully
	Pump  bool
}

// TelemetryFeed synthesises the controller log lines a day of operation
// produces: slow diurnal drift, uptake by the plants, sensor noise and the
// occasional garbled line from a flaky RS-485 link.
type TelemetryFeed struct {
	house *House
	rng   *rand.Rand
	drift []float64
}

func NewTelemetryFeed(h *House, seed int64) *TelemetryFeed {
	f := &TelemetryFeed{house: h, rng: rand.New(rand.NewSource(seed))}
	f.drift = make([]float64, len(h.Zones))
	return f
}

const feedStart = int64(1718064000) // 2024-06-11 00:00 UTC

// Generate returns the frames answered by the bay controllers when polled,
// in arrival order, holding about n readings in total. Each frame is a
// newline-separated block of readings from zones of one bay.
func (f *TelemetryFeed) Generate(n int) []string {
	frames := make([]string, 0, n/8+1)
	frame := make([]byte, 0, 2048)
	buf := make([]byte, 0, 128)
	bays := f.house.Bays()
	inFrame := 0
	frameLen := 0
	var bay []int
	for i := 0; i < n; i++ {
		if inFrame == frameLen {
			if len(frame) > 0 {
				frames = append(frames, string(frame))
				frame = frame[:0]
			}
			bay = bays[f.rng.Intn(len(bays))]
			frameLen = 8 + f.rng.Intn(9)
			inFrame = 0
		}
		inFrame++
		zi := bay[f.rng.Intn(len(bay))]
		z := &f.house.Zones[zi]
		ts := feedStart + int64(i)*86400*2/int64(n)
		hour := float64((ts-feedStart)%86400) / 3600
		diurnal := math.Sin((hour - 6) / 24 * 2 * math.Pi)
		f.drift[zi] += f.rng.NormFloat64() * 0.01
		f.drift[zi] *= 0.995

		ec := z.Recipe.TargetEC + f.drift[zi] + 0.08*diurnal + f.rng.NormFloat64()*0.04
		ph := z.Recipe.TargetPH - f.drift[zi]*0.6 + f.rng.NormFloat64()*0.05
		temp := 19 + 6*diurnal + f.rng.NormFloat64()*0.4
		flow := 2.5 + f.rng.Float64()*1.5
		pump := f.rng.Intn(10) > 0

		buf = buf[:0]
		buf = strconv.AppendInt(buf, ts, 10)
		buf = append(buf, " zone="...)
		buf = append(buf, z.ID...)
		buf = append(buf, " ec="...)
		buf = strconv.AppendFloat(buf, math.Max(ec, 0.05), 'f', 2, 64)
		buf = append(buf, " ph="...)
		buf = strconv.AppendFloat(buf, ph, 'f', 2, 64)
		buf = append(buf, " temp="...)
		buf = strconv.AppendFloat(buf, temp, 'f', 1, 64)
		buf = append(buf, " flow="...)
		buf = strconv.AppendFloat(buf, flow, 'f', 2, 64)
		if pump {
			buf = append(buf, " pump=on"...)
		} else {
			buf = append(buf, " pump=off"...)
		}
		if f.rng.Intn(400) == 0 {
			buf = buf[:len(buf)/2] // line truncated on the bus
		}
		if f.rng.Intn(50) == 0 && len(frame) > 0 {
			// The controller retransmits its previous line after a CRC retry.
			frame = append(frame, frame[lastLineStart(frame):]...)
		}
		frame = append(frame, buf...)
		frame = append(frame, '\n')
	}
	if len(frame) > 0 {
		frames = append(frames, string(frame))
	}
	return frames
}

func lastLineStart(frame []byte) int {
	for i := len(frame) - 2; i >= 0; i-- {
		if frame[i] == '\n' {
			return i + 1
		}
	}
	return 0
}

// ParseFrame decodes the readings of one polled frame. Lines that do not
// match the controller's line format are counted as rejected.
func ParseFrame(frame string) (readings []Reading, rejected int) {
	lineFormat := regexp.MustCompile(`^(\d+) zone=([A-Za-z0-9-]+) ec=(\d+\.\d+) ph=(\d+\.\d+) temp=(-?\d+\.\d+) flow=(\d+\.\d+) pump=(on|off)$`)
	for len(frame) > 0 {
		line := frame
		if i := strings.IndexByte(frame, '\n'); i >= 0 {
			line, frame = frame[:i], frame[i+1:]
		} else {
			frame = ""
		}
		if line == "" {
			continue
		}
		r, ok := decodeLine(lineFormat, line)
		if !ok {
			rejected++
			continue
		}
		readings = append(readings, r)
	}
	return readings, rejected
}

func decodeLine(lineFormat *regexp.Regexp, line string) (Reading, bool) {
	m := lineFormat.FindStringSubmatch(line)
	if m == nil {
		return Reading{}, false
	}
	var r Reading
	var err error
	if r.Unix, err = strconv.ParseInt(m[1], 10, 64); err != nil {
		return Reading{}, false
	}
	r.Zone = m[2]
	if r.EC, err = strconv.ParseFloat(m[3], 64); err != nil {
		return Reading{}, false
	}
	if r.PH, err = strconv.ParseFloat(m[4], 64); err != nil {
		return Reading{}, false
	}
	if r.TempC, err = strconv.ParseFloat(m[5], 64); err != nil {
		return Reading{}, false
	}
	if r.Flow, err = strconv.ParseFloat(m[6], 64); err != nil {
		return Reading{}, false
	}
	r.Pump = m[7] == "on"
	return r, true
}
