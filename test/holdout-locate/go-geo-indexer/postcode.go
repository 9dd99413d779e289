package main

import (
	"regexp"
	"strings"
)

// normalisePostcode returns the postcode in "AB1 2CD" form, or "" when it is not one.
func normalisePostcode(raw string) string {
	if canonical(raw) {
		return raw
	}
	shape := regexp.MustCompile(`^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\s*([0-9][A-Za-z]{2})$`)
	m := shape.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil {
		return ""
	}
	return strings.ToUpper(m[1]) + " " + strings.ToUpper(m[2])
}

// canonical reports whether s is already upper case with one space before the inward code.
func canonical(s string) bool {
	if len(s) < 6 || s[len(s)-4] != ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
