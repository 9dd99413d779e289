package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"regexp"
	"strconv"
	"strings"
)

type Reading struct {
	BlockCode string
	Station   string
	Night     int
	Hour      int
	Minute    int
	TempC     float64
	RelHum    float64
	WindMS    float64
	Canopy    float64 // canopy (leaf-wetness) temperature
}

type TelemetryGenerator struct {
	rng     *rand.Rand
	orchard *Orchard
}

func NewTelemetryGenerator(seed int64, o *Orchard) *TelemetryGenerator {
	return &TelemetryGenerator{rng: rand.New(rand.NewSource(seed + 1)), orchard: o}
}

// WriteNight writes the raw gateway log for one night (18:00–07:45, 15 min).
func (g *TelemetryGenerator) WriteNight(path string, night int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	baseline := -1.5 + g.rng.Float64()*4
	for slot := 0; slot < 56; slot++ {
		hour := (18 + slot/4) % 24
		minute := (slot % 4) * 15
		cooling := math.Sin(float64(slot) / 56 * math.Pi)
		for i := 0; i < len(g.orchard.Blocks); i += 2 {
			b := g.orchard.Blocks[g.rng.Intn(len(g.orchard.Blocks))]
			temp := baseline + 6 - cooling*7 - b.HollowDepth*2.5 - (b.ElevationM-180)/60 + g.rng.NormFloat64()*0.6
			rh := math.Min(100, 70+cooling*25+g.rng.NormFloat64()*3)
			wind := math.Max(0, 1.8-cooling*1.4+g.rng.NormFloat64()*0.5)
			canopy := temp - 0.4 - g.rng.Float64()*0.8
			if g.rng.Intn(400) == 0 {
				fmt.Fprintf(w, "blk=%s st=GW%02d ERR sensor timeout\n", b.Code, i%17)
				continue
			}
			fmt.Fprintf(w, "blk=%s st=GW%02d n=%d t=%02d:%02d temp=%.2f rh=%.1f wind=%.2f canopy=%.2f\n",
				b.Code, i%17, night, hour, minute, temp, rh, wind, canopy)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func ReadSpool(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}

// ParseReading decodes one gateway log line of space-separated key=value pairs.
func ParseReading(line string) (Reading, bool) {
	var r Reading
	fields := strings.Fields(line)
	if len(fields) != 8 {
		return r, false
	}
	for _, f := range fields {
		eq := strings.IndexByte(f, '=')
		if eq < 0 {
			return r, false
		}
		key, val := f[:eq], f[eq+1:]
		var err error
		switch key {
		case "blk":
			if !validBlockCode(val) {
				return r, false
			}
			r.BlockCode = val
		case "st":
			r.Station = val
		case "n":
			r.Night, err = strconv.Atoi(val)
		case "t":
			if len(val) != 5 || val[2] != ':' {
				return r, false
			}
			r.Hour, err = strconv.Atoi(val[:2])
			if err == nil {
				r.Minute, err = strconv.Atoi(val[3:])
			}
		case "temp":
			r.TempC, err = strconv.ParseFloat(val, 64)
		case "rh":
			r.RelHum, err = strconv.ParseFloat(val, 64)
		case "wind":
			r.WindMS, err = strconv.ParseFloat(val, 64)
		case "canopy":
			r.Canopy, err = strconv.ParseFloat(val, 64)
		default:
			return r, false
		}
		if err != nil {
			return r, false
		}
	}
	return r, true
}

// validBlockCode checks the surveyed block code: row letter, row number, column.
func validBlockCode(code string) bool {
	blockCode := regexp.MustCompile(`^[A-Z]\d{2}-\d{2}$`)
	if !blockCode.MatchString(code) {
		return false
	}
	row, _ := strconv.Atoi(code[1:3])
	return code[0] == byte('A'+row%26)
}
