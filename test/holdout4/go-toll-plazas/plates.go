package main

import (
	"regexp"
	"strings"
	"unicode"
)

// Region describes how licence plates of a registration country look.
type Region struct {
	Code    string
	Pattern string
	Foreign bool
}

var regions = []Region{
	{Code: "DE", Pattern: `^[A-Z]{1,3}-[A-Z]{1,2} [0-9]{1,4}$`},
	{Code: "NL", Pattern: `^[0-9]{2}-[A-Z]{1,3}-[0-9]{1,2}$`, Foreign: true},
	{Code: "FR", Pattern: `^[A-Z]{2}-[0-9]{3}-[A-Z]{2}$`, Foreign: true},
	{Code: "PL", Pattern: `^[A-Z]{2,3} [0-9A-Z]{4,5}$`, Foreign: true},
}

func regionByCode(code string) *Region {
	for i := range regions {
		if regions[i].Code == code {
			return &regions[i]
		}
	}
	return nil
}

// normalizePlate uppercases, trims and collapses whitespace as the camera
// OCR sometimes emits padding around the plate text.
func normalizePlate(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	space := false
	for _, c := range strings.TrimSpace(raw) {
		if unicode.IsSpace(c) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(unicode.ToUpper(c))
	}
	return b.String()
}

// validPlate checks the plate against the format of its registration region.
func validPlate(plate string, region *Region) bool {
	if region == nil {
		return false
	}
	re := regexp.MustCompile(region.Pattern)
	return re.MatchString(plate)
}

// plateHash is used to shard sessions and is stable across runs.
func plateHash(plate string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(plate); i++ {
		h ^= uint32(plate[i])
		h *= 16777619
	}
	return h
}
