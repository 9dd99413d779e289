package main

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
)

// reading is one decoded gauge sentence.
type reading struct {
	Station  string
	Unix     int64
	Level    float64
	WaterC   float64
	Pressure float64
	Status   string
}

var (
	errFraming  = errors.New("bad framing")
	errChecksum = errors.New("checksum mismatch")
	errFields   = errors.New("wrong field count")
	errStation  = errors.New("station code does not belong to authority")
)

// decodeSentence parses "$TGL,<code>,<unix>,<level>,<temp>,<pressure>,<status>*CS".
func decodeSentence(line string) (reading, error) {
	var r reading
	if len(line) < 8 || line[0] != '$' {
		return r, errFraming
	}
	star := strings.LastIndexByte(line, '*')
	if star < 0 || star+3 != len(line) {
		return r, errFraming
	}
	body := line[1:star]
	want, err := strconv.ParseUint(line[star+1:], 16, 8)
	if err != nil || byte(want) != nmeaChecksum([]byte(body)) {
		return r, errChecksum
	}
	fields := strings.Split(body, ",")
	if len(fields) != 7 || fields[0] != "TGL" {
		return r, errFields
	}
	r.Station = fields[1]
	if r.Unix, err = strconv.ParseInt(fields[2], 10, 64); err != nil {
		return r, err
	}
	if r.Level, err = strconv.ParseFloat(fields[3], 64); err != nil {
		return r, err
	}
	if r.WaterC, err = strconv.ParseFloat(fields[4], 64); err != nil {
		return r, err
	}
	if r.Pressure, err = strconv.ParseFloat(fields[5], 64); err != nil {
		return r, err
	}
	r.Status = fields[6]
	return r, nil
}

// stationCodeValid checks that a code is "<AUTHORITY>-NNN" for the given authority.
func stationCodeValid(code, authority string) bool {
	pattern := regexp.MustCompile(`^` + regexp.QuoteMeta(authority) + `-[0-9]{3}$`)
	return pattern.MatchString(code)
}
