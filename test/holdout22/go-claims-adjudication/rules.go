package main

import "regexp"

// ExclusionRule denies procedures whose code matches CodePattern for the
// given benefit category, unless the policy carries the waiving rider.
type ExclusionRule struct {
	ID            string
	Category      string
	Plan          string
	CodePattern   string
	WaivedByRider string
	Reason        string
}

var exclusionRules = []ExclusionRule{
	{"EX-101", "DENTAL", "", `^D9(2|4|9)[0-9]{2}$`, "", "adjunctive dental service not covered"},
	{"EX-102", "DENTAL", "BRONZE", `^D(27|62|67)[0-9]{2}$`, "DENTAL-MAJOR", "crowns and bridges require major dental rider"},
	{"EX-103", "DENTAL", "", `^D8[0-9]{3}$`, "ORTHO", "orthodontics requires ortho rider"},
	{"EX-104", "DENTAL", "", `^D6(0[1-9]|1[0-9])[0-9]$`, "IMPLANT", "implant services excluded"},
	{"EX-201", "PHARMACY", "", `^J(3490|3590|9999)$`, "", "unclassified drug code"},
	{"EX-202", "PHARMACY", "BRONZE", `^J[0-9]{4}$`, "SPECIALTY-RX", "injectable drugs require specialty rider"},
	{"EX-301", "VISION", "", `^V25(2[0-9]|3[0-9])$`, "", "contact lens services limited to vision rider"},
	{"EX-302", "VISION", "SILVER", `^V2(02|03)[0-9]{2}$`, "VISION", "frames excluded on silver plan"},
	{"EX-401", "THERAPY", "", `^971(5[0-9]|9[0-9])$`, "", "maintenance therapy not medically necessary"},
	{"EX-402", "THERAPY", "BRONZE", `^9801[0-9]$`, "WELLNESS", "massage therapy requires wellness rider"},
	{"EX-501", "DME", "", `^E0(1[5-9]|2[0-9])[0-9]$`, "", "comfort items excluded"},
	{"EX-502", "DME", "", `^A42(5[0-9])$`, "DIABETIC", "diabetic supplies require diabetic rider"},
	{"EX-601", "OFFICE", "", `^99(4[5-9])[0-9]$`, "", "non-face-to-face services excluded"},
	{"EX-602", "OFFICE", "BRONZE", `^9938[0-9]$`, "WELLNESS", "preventive visit requires wellness rider"},
	{"EX-701", "LAB", "", `^81[0-9]{3}$`, "", "genetic testing excluded"},
	{"EX-702", "LAB", "SILVER", `^8641[0-9]$`, "", "allergy panels excluded on silver plan"},
}

// rulesByCategory indexes the exclusion rules by benefit category.
var rulesByCategory = func() map[string][]ExclusionRule {
	m := make(map[string][]ExclusionRule)
	for _, r := range exclusionRules {
		m[r.Category] = append(m[r.Category], r)
	}
	return m
}()

// Applies reports whether the rule excludes the claim line under the policy.
func (r ExclusionRule) Applies(line *ClaimLine, pol *Policy) bool {
	if r.Plan != "" && r.Plan != pol.Plan {
		return false
	}
	if r.WaivedByRider != "" && pol.hasRider(r.WaivedByRider) {
		return false
	}
	matched, err := regexp.MatchString(r.CodePattern, line.ProcedureCode)
	return err == nil && matched
}
