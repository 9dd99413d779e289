package main

import (
	"regexp"
	"strings"
)

// Rule rewrites the value of a label of the metrics whose name starts with
// MetricPrefix, when the value matches a pattern.
type Rule struct {
	MetricPrefix string
	Label        string
	Pattern      string
	Replacement  string
}

func defaultRules() []Rule {
	return []Rule{
		{MetricPrefix: "http_", Label: "path", Pattern: `^/api/v\d+/([a-z]+)\d*/item/\d+$`, Replacement: "/api/$1/item/:id"},
		{MetricPrefix: "db_", Label: "host", Pattern: `^(node-\d+)\..*$`, Replacement: "$1"},
		{MetricPrefix: "http_requests", Label: "status", Pattern: `^([2-5])\d\d$`, Replacement: "${1}xx"},
	}
}

// applyRules returns a relabelled copy of the label set.
func applyRules(rules []Rule, name string, labels map[string]string) map[string]string {
	out := make(map[string]string, len(labels))
	for k, v := range labels {
		out[k] = v
	}
	for _, rule := range rules {
		v, ok := out[rule.Label]
		if !ok || !strings.HasPrefix(name, rule.MetricPrefix) {
			continue
		}
		re := regexp.MustCompile(rule.Pattern)
		out[rule.Label] = re.ReplaceAllString(v, rule.Replacement)
	}
	return out
}
