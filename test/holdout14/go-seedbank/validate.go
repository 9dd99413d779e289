package main

import (
	"regexp"
	"strings"
)

var (
	accessionIDPattern = regexp.MustCompile(`^ACC-(19[6-9]\d|20[0-2]\d)-\d{6}$`)
	legacyIDPattern    = regexp.MustCompile(`^(?i)acc\s+(\d{4})-(\d{6})$`)
	donorPattern       = regexp.MustCompile(`^[A-Z]{2,7}(-[A-Z]{2,5})?$|^farmer-network$`)
)

// normaliseID upgrades legacy identifiers to the current format.
func normaliseID(id string) (string, bool) {
	if accessionIDPattern.MatchString(id) {
		return id, true
	}
	if m := legacyIDPattern.FindStringSubmatch(id); m != nil {
		var b strings.Builder
		b.Grow(16)
		b.WriteString("ACC-")
		b.WriteString(m[1])
		b.WriteByte('-')
		b.WriteString(m[2])
		return b.String(), true
	}
	return id, false
}

func validate(a *Accession, species map[string]*Species) []string {
	var problems []string
	id, ok := normaliseID(a.ID)
	if !ok {
		problems = append(problems, "unparseable id")
	}
	a.ID = id
	if !donorPattern.MatchString(a.Donor) {
		problems = append(problems, "unknown donor format")
	}
	if _, ok := species[a.SpeciesCode]; !ok {
		problems = append(problems, "species code not in checklist")
	}
	if a.MoisturePct > 8 {
		problems = append(problems, "moisture above storage standard")
	}
	if a.StorageC > -10 {
		problems = append(problems, "stored above -10C")
	}
	return problems
}
