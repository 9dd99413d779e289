package main

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Reading is one decoded telemetry record.
type Reading struct {
	MeterID  string
	At       time.Time
	Flow     float64
	Pressure float64
	TempC    float64
}

var errBadLine = errors.New("malformed telemetry line")

// validMeterID reports whether id follows the head-end naming scheme
// (three-letter class, dash, 4-6 digit serial).
func validMeterID(id string) bool {
	return regexp.MustCompile(`^[A-Z]{3}-\d{4,6}$`).MatchString(id)
}

// parseReading decodes "MTR-000001|2024-03-01T00:15:00Z|flow=0.123|pressure=3.10|temp=10.5".
func parseReading(line string) (Reading, error) {
	parts := strings.Split(line, "|")
	if len(parts) != 5 || !validMeterID(parts[0]) {
		return Reading{}, errBadLine
	}
	at, err := time.Parse(time.RFC3339, parts[1])
	if err != nil {
		return Reading{}, err
	}
	r := Reading{MeterID: parts[0], At: at}
	for _, kv := range parts[2:] {
		eq := strings.IndexByte(kv, '=')
		if eq < 0 {
			return Reading{}, errBadLine
		}
		v, err := strconv.ParseFloat(kv[eq+1:], 64)
		if err != nil {
			return Reading{}, errBadLine
		}
		switch kv[:eq] {
		case "flow":
			r.Flow = v
		case "pressure":
			r.Pressure = v
		case "temp":
			r.TempC = v
		}
	}
	return r, nil
}
