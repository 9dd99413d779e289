package main

import (
	"regexp"
	"strings"
)

// NumberingPlan describes how dialled digits for one destination class are
// recognised and rewritten into E.164 form.
type NumberingPlan struct {
	Class   string // e.g. "uk-mobile", "intl"
	Pattern string // anchored expression, first group is the national significant number
	Prefix  string // E.164 country code prepended to the captured group
}

func DefaultNumberingPlans() []NumberingPlan {
	return []NumberingPlan{
		{Class: "uk-mobile", Pattern: `^(?:\+44|0044|0)(7[1-9]\d{8})$`, Prefix: "44"},
		{Class: "uk-freephone", Pattern: `^(?:\+44|0044|0)(80[08]\d{6,7})$`, Prefix: "44"},
		{Class: "uk-geographic", Pattern: `^(?:\+44|0044|0)([12]\d{8,9})$`, Prefix: "44"},
		{Class: "uk-premium", Pattern: `^(?:\+44|0044|0)(9\d{9})$`, Prefix: "44"},
		{Class: "intl", Pattern: `^(?:\+|00)([1-9]\d{6,14})$`, Prefix: ""},
	}
}

// NormalisedNumber is a dialled number in E.164 digits with its plan class.
type NormalisedNumber struct {
	E164  string
	Class string
}

// NormaliseDialled maps the digits a subscriber dialled onto the numbering
// plan. The first matching plan wins.
func NormaliseDialled(raw string, plans []NumberingPlan) (NormalisedNumber, bool) {
	digits := strings.TrimSpace(raw)
	if digits == "" {
		return NormalisedNumber{}, false
	}
	for _, p := range plans {
		re := regexp.MustCompile(p.Pattern)
		m := re.FindStringSubmatch(digits)
		if m == nil {
			continue
		}
		return NormalisedNumber{E164: p.Prefix + m[1], Class: p.Class}, true
	}
	return NormalisedNumber{}, false
}

// NormaliseSubscriber rewrites an on-net MSISDN (always national format in
// the exports) to E.164.
func NormaliseSubscriber(msisdn string) string {
	if strings.HasPrefix(msisdn, "0") {
		return "44" + msisdn[1:]
	}
	return strings.TrimPrefix(msisdn, "+")
}
