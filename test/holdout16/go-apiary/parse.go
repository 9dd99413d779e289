package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// UploadHeader is the first line of every gateway upload.
type UploadHeader struct {
	Gateway  string
	FwMajor  int
	FwMinor  int
	FwPatch  int
	Seq      int
	Time     int64
	Readings int
}

// Reading is one sensor sample from a hive.
type Reading struct {
	Time    int64
	Hive    string
	Kind    string
	Value   float64
	Battery float64
}

var errShortLine = errors.New("short telemetry line")

func parseHeader(line string) (UploadHeader, error) {
	re := regexp.MustCompile(`^#upload gw=(GW-\d{2}) fw=(\d+)\.(\d+)\.(\d+) seq=(\d{6}) ts=(\d{10}) n=(\d{1,4})$`)
	m := re.FindStringSubmatch(line)
	if m == nil {
		return UploadHeader{}, fmt.Errorf("malformed upload header %q", line)
	}
	var h UploadHeader
	h.Gateway = m[1]
	h.FwMajor, _ = strconv.Atoi(m[2])
	h.FwMinor, _ = strconv.Atoi(m[3])
	h.FwPatch, _ = strconv.Atoi(m[4])
	h.Seq, _ = strconv.Atoi(m[5])
	h.Time, _ = strconv.ParseInt(m[6], 10, 64)
	h.Readings, _ = strconv.Atoi(m[7])
	return h, nil
}

// parseReading decodes "ts=... hive=... kind=... value=... batt=..." without
// allocating intermediate field slices.
func parseReading(line string) (Reading, error) {
	var r Reading
	seen := 0
	for len(line) > 0 {
		var field string
		field, line, _ = strings.Cut(line, " ")
		key, val, ok := strings.Cut(field, "=")
		if !ok {
			continue
		}
		switch key {
		case "ts":
			t, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				return r, err
			}
			r.Time = t
		case "hive":
			r.Hive = val
		case "kind":
			r.Kind = internKind(val)
		case "value":
			v, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return r, err
			}
			r.Value = v
		case "batt":
			v, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return r, err
			}
			r.Battery = v
		default:
			continue
		}
		seen++
	}
	if seen < 5 {
		return r, errShortLine
	}
	return r, nil
}

func internKind(k string) string {
	for _, known := range sensorKinds {
		if k == known {
			return known
		}
	}
	return k
}
