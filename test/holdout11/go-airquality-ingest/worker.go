package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Reading is a single parsed sensor value.
type Reading struct {
	Serial    string
	TS        int64
	Pollutant string
	Value     float64
}

// HourStat summarises one pollutant of one station for one hour.
type HourStat struct {
	N      int
	Mean   float64
	Median float64
	Max    float64
	AQI    float64
	Spikes int
}

// BatchResult is what a worker reports for one upload.
type BatchResult struct {
	StationID  string
	Hour       int64
	AuthFailed bool
	Accepted   int
	Rejected   int
	Hourly     map[string]HourStat
}

func parseReading(line string) (Reading, error) {
	re := regexp.MustCompile(`^(S-\d{6}),(\d{10}),(pm25|pm10|no2|o3|so2|co)=(-?\d+(?:\.\d+)?)$`)
	m := re.FindStringSubmatch(line)
	if m == nil {
		return Reading{}, fmt.Errorf("malformed reading %q", line)
	}
	ts, err := strconv.ParseInt(m[2], 10, 64)
	if err != nil {
		return Reading{}, err
	}
	v, err := strconv.ParseFloat(m[4], 64)
	if err != nil {
		return Reading{}, err
	}
	return Reading{Serial: m[1], TS: ts, Pollutant: m[3], Value: v}, nil
}

// IngestWorker verifies, parses and calibrates uploads.
type IngestWorker struct {
	ID       int
	Network  *Network
	Verifier *Verifier
}

// Run processes uploads until the input channel is closed.
func (w *IngestWorker) Run(in <-chan Upload, out chan<- BatchResult) {
	values := make(map[string][]float64, len(pollutants))
	for up := range in {
		out <- w.process(up, values)
	}
}

func (w *IngestWorker) process(up Upload, values map[string][]float64) BatchResult {
	res := BatchResult{StationID: up.StationID, Hour: up.Hour}
	body := string(up.Body)
	if err := w.Verifier.Verify(up.StationID, up.Body, up.Signature); err != nil {
		res.AuthFailed = true
		res.Rejected = strings.Count(body, "\n")
		return res
	}
	st, ok := w.Network.Station(up.StationID)
	if !ok {
		res.Rejected = strings.Count(body, "\n")
		return res
	}
	for k := range values {
		values[k] = values[k][:0]
	}
	for len(body) > 0 {
		nl := strings.IndexByte(body, '\n')
		if nl < 0 {
			nl = len(body)
		}
		line := body[:nl]
		if nl < len(body) {
			body = body[nl+1:]
		} else {
			body = ""
		}
		r, err := parseReading(line)
		if err != nil || r.TS < up.Hour || r.TS >= up.Hour+3600 || !stationHasSensor(st, r.Serial) {
			res.Rejected++
			continue
		}
		cal, ok := w.Network.CalibrationFor(r.Serial, r.Pollutant, r.TS)
		if !ok {
			res.Rejected++
			continue
		}
		v := r.Value*cal.Slope + cal.Offset
		if v < 0 {
			v = 0
		}
		values[r.Pollutant] = append(values[r.Pollutant], v)
		res.Accepted++
	}
	res.Hourly = make(map[string]HourStat, len(values))
	for p, vs := range values {
		if len(vs) == 0 {
			continue
		}
		res.Hourly[p] = summarise(p, vs)
	}
	return res
}

func stationHasSensor(st *Station, serial string) bool {
	for _, s := range st.Sensors {
		if s.Serial == serial {
			return true
		}
	}
	return false
}

// summarise computes robust hourly statistics and flags spikes that exceed
// three times the hourly median (they are kept, but counted).
func summarise(p string, vs []float64) HourStat {
	sorted := append([]float64(nil), vs...)
	sort.Float64s(sorted)
	med := sorted[len(sorted)/2]
	if len(sorted)%2 == 0 {
		med = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	var sum float64
	hs := HourStat{N: len(vs), Median: med, Max: sorted[len(sorted)-1]}
	for _, v := range vs {
		sum += v
		if med > 0 && v > 3*med {
			hs.Spikes++
		}
	}
	hs.Mean = sum / float64(len(vs))
	hs.AQI = subIndex(p, hs.Mean)
	return hs
}
