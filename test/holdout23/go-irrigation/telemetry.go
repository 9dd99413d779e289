package main

import (
	"bufio"
	"errors"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"
)

// ProbeReading is one sample uploaded by a soil moisture probe via the gateway.
type ProbeReading struct {
	At      time.Time
	ProbeID string
	ZoneID  string
	Depth   int
	VWC     float64 // m3/m3
	TempC   float64
	EC      float64 // dS/m
	Battery float64 // V
}

// DailyObservation is the per-zone summary of a day of probe readings.
type DailyObservation struct {
	DOY        int
	MeanVWC    float64
	Samples    int
	MinTempC   float64
	MaxTempC   float64
	MedianEC   float64
	MinBattery float64
}

// IngestStats counts what happened to the gateway upload.
type IngestStats struct {
	Lines       int
	Accepted    int
	Rejected    int
	LowBattery  map[string]bool
	PerProbe    map[string]int
	FirstSample time.Time
	LastSample  time.Time
}

var errMalformed = errors.New("malformed probe line")

const samplesPerDay = 3

// WriteTelemetry writes a gateway upload with every probe sample of the season.
func WriteTelemetry(dir string, farm *Farm, season *Season, seed int64) (string, error) {
	rng := rand.New(rand.NewSource(seed))
	path := filepath.Join(dir, "gateway-upload.log")
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<16)

	depletion := make([]float64, len(farm.Zones))
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	buf := make([]byte, 0, 160)
	for _, day := range season.Days {
		et0 := ReferenceET(farm.Latitude, day.DOY, day.TMin, day.TMax)
		for zi, z := range farm.Zones {
			dap := day.DOY - z.PlantingDOY
			zr := z.Crop.RootDepth(dap)
			taw := 1000 * (z.Soil.FieldCapacity - z.Soil.WiltingPoint) * zr
			depletion[zi] += z.Crop.CropCoefficient(dap)*et0 - day.RainMM
			if depletion[zi] > 0.5*taw {
				depletion[zi] = 0.1 * taw // the grower's own watering
			}
			if depletion[zi] < 0 {
				depletion[zi] = 0
			}
			for s := 0; s < samplesPerDay; s++ {
				at := base.AddDate(0, 0, day.DOY-1).Add(time.Duration(s*24/samplesPerDay) * time.Hour).
					Add(time.Duration(rng.Intn(90)) * time.Second)
				for _, p := range z.Probes {
					dryness := depletion[zi] / (1000 * zr)
					if p.Depth > 30 {
						dryness *= 0.7
					}
					vwc := z.Soil.FieldCapacity - dryness + rng.NormFloat64()*0.004
					temp := day.TMin + (day.TMax-day.TMin)*0.5*(1-math.Cos(float64(s)/samplesPerDay*2*math.Pi)) - float64(p.Depth)/15
					buf = buf[:0]
					if rng.Float64() < 0.004 {
						buf = append(buf, "gateway: retry "...)
						buf = append(buf, p.ID...)
						buf = append(buf, " crc mismatch\n"...)
						w.Write(buf)
						continue
					}
					buf = at.AppendFormat(buf, time.RFC3339)
					buf = append(buf, " probe="...)
					buf = append(buf, p.ID...)
					buf = append(buf, " zone="...)
					buf = append(buf, z.ID...)
					buf = append(buf, " depth="...)
					buf = strconv.AppendInt(buf, int64(p.Depth), 10)
					buf = append(buf, "cm vwc="...)
					buf = strconv.AppendFloat(buf, vwc, 'f', 4, 64)
					buf = append(buf, " temp="...)
					buf = strconv.AppendFloat(buf, temp, 'f', 1, 64)
					buf = append(buf, " ec="...)
					buf = strconv.AppendFloat(buf, 0.6+rng.Float64()*0.8, 'f', 2, 64)
					buf = append(buf, " batt="...)
					buf = strconv.AppendFloat(buf, 3.2+rng.Float64()*0.5, 'f', 2, 64)
					buf = append(buf, '\n')
					w.Write(buf)
				}
			}
		}
	}
	if err := w.Flush(); err != nil {
		return "", err
	}
	return path, nil
}

// parseProbeLine decodes one gateway line into a reading.
func parseProbeLine(line string) (ProbeReading, error) {
	re := regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z) probe=(FP-\d{4}) zone=(Z\d{3}) depth=(\d+)cm vwc=(\d+\.\d+) temp=(-?\d+\.\d+) ec=(\d+\.\d+) batt=(\d+\.\d+)$`)
	m := re.FindStringSubmatch(line)
	if m == nil {
		return ProbeReading{}, errMalformed
	}
	at, err := time.Parse(time.RFC3339, m[1])
	if err != nil {
		return ProbeReading{}, err
	}
	depth, _ := strconv.Atoi(m[4])
	r := ProbeReading{At: at, ProbeID: m[2], ZoneID: m[3], Depth: depth}
	if r.VWC, err = strconv.ParseFloat(m[5], 64); err != nil {
		return ProbeReading{}, err
	}
	if r.TempC, err = strconv.ParseFloat(m[6], 64); err != nil {
		return ProbeReading{}, err
	}
	if r.EC, err = strconv.ParseFloat(m[7], 64); err != nil {
		return ProbeReading{}, err
	}
	if r.Battery, err = strconv.ParseFloat(m[8], 64); err != nil {
		return ProbeReading{}, err
	}
	return r, nil
}

// IngestTelemetry reads the gateway upload and returns daily observations per zone.
func IngestTelemetry(path string, farm *Farm) (map[string][]DailyObservation, *IngestStats, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()

	stats := &IngestStats{LowBattery: map[string]bool{}, PerProbe: map[string]int{}}
	byZone := make(map[string][]ProbeReading, len(farm.Zones))
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		stats.Lines++
		r, err := parseProbeLine(sc.Text())
		if err != nil {
			stats.Rejected++
			continue
		}
		if farm.Zone(r.ZoneID) == nil {
			stats.Rejected++
			continue
		}
		stats.Accepted++
		stats.PerProbe[r.ProbeID]++
		if r.Battery < 3.3 {
			stats.LowBattery[r.ProbeID] = true
		}
		if stats.FirstSample.IsZero() || r.At.Before(stats.FirstSample) {
			stats.FirstSample = r.At
		}
		if r.At.After(stats.LastSample) {
			stats.LastSample = r.At
		}
		byZone[r.ZoneID] = append(byZone[r.ZoneID], r)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}

	daily := make(map[string][]DailyObservation, len(byZone))
	for zoneID, readings := range byZone {
		daily[zoneID] = summariseDays(readings)
	}
	return daily, stats, nil
}

func summariseDays(readings []ProbeReading) []DailyObservation {
	sort.Slice(readings, func(i, j int) bool { return readings[i].At.Before(readings[j].At) })
	var out []DailyObservation
	var ecs []float64
	start := 0
	for i := 1; i <= len(readings); i++ {
		if i < len(readings) && readings[i].At.YearDay() == readings[start].At.YearDay() {
			continue
		}
		day := readings[start:i]
		obs := DailyObservation{DOY: day[0].At.YearDay(), MinTempC: math.Inf(1), MaxTempC: math.Inf(-1), MinBattery: math.Inf(1)}
		ecs = ecs[:0]
		var weighted, weights float64
		for _, r := range day {
			w := 0.6
			if r.Depth > 30 {
				w = 0.4
			}
			weighted += w * r.VWC
			weights += w
			obs.MinTempC = math.Min(obs.MinTempC, r.TempC)
			obs.MaxTempC = math.Max(obs.MaxTempC, r.TempC)
			obs.MinBattery = math.Min(obs.MinBattery, r.Battery)
			ecs = append(ecs, r.EC)
		}
		sort.Float64s(ecs)
		obs.MedianEC = ecs[len(ecs)/2]
		obs.MeanVWC = weighted / weights
		obs.Samples = len(day)
		out = append(out, obs)
		start = i
	}
	return out
}
