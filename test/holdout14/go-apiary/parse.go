package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

const legacyPattern = `^(\d{4}-\d{2}-\d{2}) (H-\d{4}) frames=(\d+) brood=(\d+) honey=(\d+) mites=(\d+) temper=([a-z]+) queen=(seen|missing) weight=([0-9.]+)kg by=([a-z]+)$`

var errShortRecord = errors.New("short v2 record")

// parseRecord dispatches a field-log line to the parser for its format.
func parseRecord(line string) (Inspection, error) {
	if strings.HasPrefix(line, "v2;") {
		return parseV2Record(line)
	}
	return parseLegacyLine(line)
}

// parseV2Record reads the semicolon separated format the current app uploads.
func parseV2Record(line string) (Inspection, error) {
	f := strings.Split(line, ";")
	if len(f) != 11 {
		return Inspection{}, errShortRecord
	}
	when, err := time.Parse("2006-01-02", f[1])
	if err != nil {
		return Inspection{}, err
	}
	ins := Inspection{When: when, Tag: f[2], Temper: f[7], Inspector: f[10]}
	nums := [4]*int{&ins.Frames, &ins.Brood, &ins.Honey, &ins.Mites}
	for i, dst := range nums {
		if *dst, err = strconv.Atoi(f[3+i]); err != nil {
			return Inspection{}, err
		}
	}
	if ins.QueenSeen, err = strconv.ParseBool(f[8]); err != nil {
		return Inspection{}, err
	}
	if ins.WeightKg, err = strconv.ParseFloat(f[9], 64); err != nil {
		return Inspection{}, err
	}
	return ins, nil
}

// parseLegacyLine turns one free-text field-log line into an Inspection.
func parseLegacyLine(line string) (Inspection, error) {
	re := regexp.MustCompile(legacyPattern)
	m := re.FindStringSubmatch(line)
	if m == nil {
		return Inspection{}, fmt.Errorf("malformed inspection line: %q", line)
	}
	when, err := time.Parse("2006-01-02", m[1])
	if err != nil {
		return Inspection{}, err
	}
	ins := Inspection{When: when, Tag: m[2], Temper: m[7], QueenSeen: m[8] == "seen", Inspector: m[10]}
	ins.Frames, _ = strconv.Atoi(m[3])
	ins.Brood, _ = strconv.Atoi(m[4])
	ins.Honey, _ = strconv.Atoi(m[5])
	ins.Mites, _ = strconv.Atoi(m[6])
	ins.WeightKg, err = strconv.ParseFloat(m[9], 64)
	if err != nil {
		return Inspection{}, err
	}
	return ins, nil
}
