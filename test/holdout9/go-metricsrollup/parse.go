package main

import (
	"bytes"
	"regexp"
	"strconv"
)

// Sample is one parsed metric point in a simple line protocol:
//   cpu.usage,host=web-12,region=eu-west value=0.73 1700000000123
type Sample struct {
	Series string // measurement plus sorted tag set, used as the rollup key
	Name   string
	Value  float64
	TsMs   int64
}

var (
	lineRe    = regexp.MustCompile(`^([a-z][a-z0-9_.]*)((?:,[a-z_]+=[A-Za-z0-9_.\-]+)*) value=(-?[0-9]+(?:\.[0-9]+)?) ([0-9]{13})$`)
	tagNameRe = regexp.MustCompile(`^[a-z_]+$`)
)

type LineParser struct {
	internedSeries map[string]string
	Rejected       int
}

func NewLineParser() *LineParser {
	return &LineParser{internedSeries: make(map[string]string, 4096)}
}

func (p *LineParser) intern(b []byte) string {
	if s, ok := p.internedSeries[string(b)]; ok {
		return s
	}
	s := string(b)
	p.internedSeries[s] = s
	return s
}

// ParseBatch splits a newline separated payload and invokes emit for each valid sample.
func (p *LineParser) ParseBatch(payload []byte, emit func(Sample)) {
	for len(payload) > 0 {
		nl := bytes.IndexByte(payload, '\n')
		var line []byte
		if nl < 0 {
			line, payload = payload, nil
		} else {
			line, payload = payload[:nl], payload[nl+1:]
		}
		if len(line) == 0 {
			continue
		}
		m := lineRe.FindSubmatchIndex(line)
		if m == nil {
			p.Rejected++
			continue
		}
		value, err := strconv.ParseFloat(string(line[m[6]:m[7]]), 64)
		if err != nil {
			p.Rejected++
			continue
		}
		ts, err := strconv.ParseInt(string(line[m[8]:m[9]]), 10, 64)
		if err != nil {
			p.Rejected++
			continue
		}
		emit(Sample{
			Series: p.intern(line[m[2]:m[5]]),
			Name:   p.intern(line[m[2]:m[3]]),
			Value:  value,
			TsMs:   ts,
		})
	}
}

func validTagName(name string) bool { return tagNameRe.MatchString(name) }
