package main

import (
	"regexp"
	"strings"
)

type rule struct {
	field   string
	pattern string
}

var codeRules = []rule{
	{"code", `^[A-Z]{2}-\d{4}-\d{6}$`},
	{"collector", `^[A-Z]\. [A-Z][a-z]+$`},
}

// fieldValue returns the textual value of one accession field.
func fieldValue(a *Accession, field string) string {
	switch field {
	case "code":
		return a.Code
	case "collector":
		return a.Collector
	case "genus":
		return a.Genus
	}
	return ""
}

// validate checks an accession against the passport data conventions.
func validate(a *Accession) []string {
	var problems []string
	for _, r := range codeRules {
		re := regexp.MustCompile(r.pattern)
		if !re.MatchString(fieldValue(a, r.field)) {
			problems = append(problems, r.field)
		}
	}
	if a.MoisturePct > 8.0 {
		problems = append(problems, "moisture")
	}
	if a.Latitude < -60 || a.Latitude > 60 {
		problems = append(problems, "latitude")
	}
	if strings.TrimSpace(a.Species) == "" {
		problems = append(problems, "species")
	}
	return problems
}

func viability(a *Accession) float64 {
	sown, sprouted := 0, 0
	for _, t := range a.Trials {
		w := 1.0
		if t.TempC > 22 {
			w = 0.8
		}
		sown += t.Sown
		sprouted += int(float64(t.Sprouted) * w)
	}
	if sown == 0 {
		return 0
	}
	return float64(sprouted) / float64(sown)
}
