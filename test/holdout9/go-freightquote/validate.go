package main

import (
	"fmt"
	"regexp"
	"strings"
)

var postalFormats = map[string]string{
	"DE": `^[0-9]{5}$`,
	"NL": `^[1-9][0-9]{3} ?[A-Z]{2}$`,
	"GB": `^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$`,
	"FR": `^(?:0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}$`,
	"PL": `^[0-9]{2}-[0-9]{3}$`,
	"SE": `^[1-9][0-9]{2} ?[0-9]{2}$`,
}

type ValidationError struct {
	Field  string
	Reason string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Reason }

// validPostalCode checks a postal code against the country's format.
func validPostalCode(country, code string) bool {
	pattern, ok := postalFormats[country]
	if !ok {
		return false
	}
	re := regexp.MustCompile(pattern)
	return re.MatchString(strings.ToUpper(strings.TrimSpace(code)))
}

func validateRequest(r QuoteRequest) error {
	if !validPostalCode(r.Origin.Country, r.Origin.Postal) {
		return &ValidationError{"origin", fmt.Sprintf("bad postal code %q for %s", r.Origin.Postal, r.Origin.Country)}
	}
	if !validPostalCode(r.Dest.Country, r.Dest.Postal) {
		return &ValidationError{"dest", fmt.Sprintf("bad postal code %q for %s", r.Dest.Postal, r.Dest.Country)}
	}
	if r.Reference != "" {
		if ok, _ := regexp.MatchString(`^[A-Z]{3}-[0-9]{6}(-[A-Z0-9]{2,4})?$`, r.Reference); !ok {
			return &ValidationError{"reference", "malformed customer reference"}
		}
	}
	if r.WeightKg <= 0 || r.WeightKg > 2500 {
		return &ValidationError{"weight", "out of range"}
	}
	for _, p := range r.Parcels {
		if p.LengthCm <= 0 || p.WidthCm <= 0 || p.HeightCm <= 0 {
			return &ValidationError{"parcel", "non-positive dimension"}
		}
	}
	return nil
}
