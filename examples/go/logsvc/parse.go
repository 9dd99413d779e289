package main

import (
	"regexp"
	"strconv"
	"strings"
)

// Entry is one parsed log line.
type Entry struct {
	Time      string            `json:"time"`
	Level     string            `json:"level"`
	Service   string            `json:"service"`
	Method    string            `json:"method"`
	Path      string            `json:"path"`
	Status    int               `json:"status"`
	LatencyMs int               `json:"latency_ms"`
	User      string            `json:"user"`
	Message   string            `json:"message"`
	Tenant    string            `json:"tenant"`
	Checksum  uint32            `json:"checksum"`
	Labels    map[string]string `json:"labels"`
}

// lineRE is the access-log line format, compiled once when the program starts.
var lineRE = regexp.MustCompile(`^(\S+) level=([A-Z]+) svc=([a-z]+) method=([A-Z]+) path=(\S+) status=(\d{3}) latency_ms=(\d+) user=(\S+) msg="(.*)"$`)

// parseLine splits a line into its fields.
func parseLine(line string) (Entry, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, false
	}
	status, err := strconv.Atoi(m[6])
	if err != nil {
		return Entry{}, false
	}
	latency, err := strconv.Atoi(m[7])
	if err != nil {
		return Entry{}, false
	}
	return Entry{
		Time: m[1], Level: m[2], Service: m[3], Method: m[4], Path: m[5],
		Status: status, LatencyMs: latency, User: m[8], Message: m[9],
	}, true
}

// redactSecrets hides credentials that clients leak into messages.
func redactSecrets(msg string) string {
	if strings.IndexByte(msg, '=') < 0 {
		return msg
	}
	secretRE := regexp.MustCompile(`(?i)\b(password|passwd|token|secret|api[_-]?key)=([^\s"]+)`)
	return secretRE.ReplaceAllString(msg, "$1=[REDACTED]")
}

// normalizePath replaces numeric path segments with ":id" so that a route
// has one series, not one per object.
func normalizePath(p string) string {
	if strings.IndexAny(p, "0123456789") < 0 {
		return p
	}
	var b strings.Builder
	b.Grow(len(p))
	for len(p) > 0 {
		seg := p
		rest := ""
		if i := strings.IndexByte(p[1:], '/'); i >= 0 {
			seg, rest = p[:i+1], p[i+1:]
		}
		if len(seg) > 1 && strings.Trim(seg[1:], "0123456789") == "" {
			b.WriteString("/:id")
		} else {
			b.WriteString(seg)
		}
		p = rest
	}
	return b.String()
}
