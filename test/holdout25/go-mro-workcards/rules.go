package main

import (
	"fmt"
	"regexp"
	"strings"
)

// ChapterRule holds the part and serial number formats accepted for an ATA
// chapter, as maintained by technical records in the station configuration.
type ChapterRule struct {
	Chapter       string
	PartPattern   string
	SerialPattern string
	RequiresDual  bool // duplicate inspection required after replacement
}

// RuleBook is the validation configuration for task cards.
type RuleBook struct {
	chapters       map[string]ChapterRule
	LicencePattern string
	StationPattern string
}

// DefaultRuleBook returns the records configuration used at line stations.
func DefaultRuleBook() *RuleBook {
	rules := []ChapterRule{
		{"21", `^3290\d{3}-\d$`, `^\d{5}$`, false},
		{"26", `^309\d{5}$`, `^\d{5}[A-Z]{2}$`, false},
		{"27", `^1\d{2}A\d{4}-\d{1,2}$`, `^FC\d{6}$`, true},
		{"29", `^660\d{2}-\d{3}$`, `^H[A-Z]\d{4}$`, false},
		{"32", `^D2\d{4}000-\d{1,2}$`, `^MAL\d{5}$`, false},
		{"34", `^HG\d{4}[A-Z]{2}\d{2}$`, `^\d{7}$`, false},
		{"49", `^38\d{5}-\d$`, `^P\d{5}$`, false},
		{"52", `^D52\d{5}-\d$`, `^DA\d{5}$`, false},
		{"72", `^\d{4}M\d{2}P\d{2}$`, `^G[A-Z]{2}\d{5}$`, true},
	}
	rb := &RuleBook{
		chapters:       make(map[string]ChapterRule),
		LicencePattern: `^(UK|EASA|IE)\.66\.[A-Z0-9]{4,8}$`,
		StationPattern: `^[A-Z]{3}$`,
	}
	for _, r := range rules {
		rb.chapters[r.Chapter] = r
	}
	return rb
}

type fieldCheck struct {
	field   string
	pattern string
	value   string
}

// CheckCard validates the references on a completed task card and returns
// the records findings; an empty slice means the card can be accepted.
func (rb *RuleBook) CheckCard(station string, c *TaskCard) []string {
	rule, ok := rb.chapters[c.ATA]
	if !ok {
		return []string{fmt.Sprintf("%s: unknown ATA chapter %q", c.TaskID, c.ATA)}
	}
	checks := []fieldCheck{
		{"task", `^` + rule.Chapter + `-\d{3}-\d{2}$`, c.TaskID},
		{"licence", rb.LicencePattern, c.Licence},
		{"station", rb.StationPattern, station},
	}
	if c.Action == "REPLACE" {
		checks = append(checks,
			fieldCheck{"part off", rule.PartPattern, c.PartOff},
			fieldCheck{"serial off", rule.SerialPattern, c.SerialOff},
			fieldCheck{"part on", rule.PartPattern, c.PartOn},
			fieldCheck{"serial on", rule.SerialPattern, c.SerialOn},
		)
	}
	var findings []string
	for _, chk := range checks {
		re, err := regexp.Compile(chk.pattern)
		if err != nil {
			findings = append(findings, fmt.Sprintf("%s: bad %s rule: %v", c.TaskID, chk.field, err))
			continue
		}
		if !re.MatchString(strings.TrimSpace(chk.value)) {
			findings = append(findings, fmt.Sprintf("%s: %s %q does not match chapter %s format", c.TaskID, chk.field, chk.value, rule.Chapter))
		}
	}
	if c.ManHours <= 0 || c.ManHours > 48 {
		findings = append(findings, fmt.Sprintf("%s: implausible man-hours %.1f", c.TaskID, c.ManHours))
	}
	if rule.RequiresDual && c.Action == "REPLACE" && c.DualInspector == "" {
		findings = append(findings, fmt.Sprintf("%s: duplicate inspection missing", c.TaskID))
	}
	return findings
}
