package main

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"
)

// postalFormats holds the per-country postal code layout, written in a
// compact notation: 9 = digit, A = letter, anything else literal.
var postalFormats = map[string]string{
	"NL": "9999 AA",
	"DE": "99999",
	"BE": "9999",
	"DK": "9999",
	"FR": "99999",
	"ES": "99999",
	"IT": "99999",
	"CZ": "999 99",
	"AT": "9999",
	"PL": "99-999",
	"CH": "9999",
	"PT": "9999-999",
	"US": "99999",
}

// layoutToPattern converts a compact postal layout into a regular expression.
func layoutToPattern(layout string) string {
	var b strings.Builder
	b.WriteString("^")
	for _, c := range layout {
		switch c {
		case '9':
			b.WriteString(`\d`)
		case 'A':
			b.WriteString(`[A-Z]`)
		case ' ':
			b.WriteString(`\s?`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	return b.String()
}

// matchField reports whether value matches the given pattern.
func matchField(pattern, value string) bool {
	re := regexp.MustCompile(pattern)
	return re.MatchString(value)
}

func validPostalCode(country, code string) bool {
	if country == "GB" {
		return matchField(`^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$`, code)
	}
	layout, ok := postalFormats[country]
	if !ok {
		return false
	}
	return matchField(layoutToPattern(layout), code)
}

func validTracking(tracking string) bool {
	return matchField(`^1Z[0-9A-F]{3}\d{9}$`, tracking)
}

func validCustomer(customer string) bool {
	return matchField(`^CUST-\d{4}$`, customer)
}

// validateShipment returns the list of problems found with a booking.
func validateShipment(s *Shipment) []string {
	var errs []string
	if !validPostalCode(s.Country, s.PostalCode) {
		errs = append(errs, fmt.Sprintf("%s: bad postal code %q for %s", s.ID, s.PostalCode, s.Country))
	}
	if !validCustomer(s.Customer) {
		errs = append(errs, fmt.Sprintf("%s: unknown customer reference %q", s.ID, s.Customer))
	}
	if !validTracking(s.Tracking) {
		errs = append(errs, fmt.Sprintf("%s: bad tracking number %q", s.ID, s.Tracking))
	}
	if s.WeightKg <= 0 || s.WeightKg > 1000 {
		errs = append(errs, fmt.Sprintf("%s: weight %.1f out of range", s.ID, s.WeightKg))
	}
	return errs
}

// normalizeShipment returns a cleaned-up copy of a booking: postal codes
// upper-cased and trimmed, weights rounded to 10 g, booking times snapped
// to the minute, priorities clamped.
func normalizeShipment(s Shipment) Shipment {
	n := s
	n.PostalCode = strings.ToUpper(strings.TrimSpace(s.PostalCode))
	n.Customer = strings.TrimSpace(s.Customer)
	n.WeightKg = math.Round(s.WeightKg*100) / 100
	n.Volume = math.Round(s.Volume*1000) / 1000
	n.BookedAt = s.BookedAt.Truncate(time.Minute)
	if n.Priority > 3 {
		n.Priority = 3
	}
	return n
}

// auditEntry records which fields normalisation touched for a shipment.
type auditEntry struct {
	ShipmentID string
	Changed    []string
}

func normalizeAll(shipments []Shipment) []auditEntry {
	var audit []auditEntry
	for i := range shipments {
		before := shipments[i]
		after := normalizeShipment(before)
		if changed := changedFields(&before, &after); len(changed) > 0 {
			audit = append(audit, auditEntry{ShipmentID: after.ID, Changed: changed})
		}
		shipments[i] = after
	}
	return audit
}
