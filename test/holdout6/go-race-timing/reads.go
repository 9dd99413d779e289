package main

import (
	"regexp"
	"strconv"
	"strings"
)

// A chip read line looks like:
//
//	MAT=KM21 BIB=04512 T=02:13:45.120 RSSI=-61 ANT=3
type chipRead struct {
	Mat    string
	Bib    int
	Millis int64
	RSSI   int
	Ant    int
}

type readParser struct {
	line *regexp.Regexp
	mat  map[string]string
}

func newReadParser() *readParser {
	return &readParser{
		line: regexp.MustCompile(`^MAT=([A-Z0-9]+) BIB=(\d{1,6}) T=(\d{2}):(\d{2}):(\d{2})\.(\d{3}) RSSI=(-?\d+) ANT=(\d)$`),
		mat:  map[string]string{},
	}
}

func (p *readParser) Parse(line string) (chipRead, bool) {
	m := p.line.FindStringSubmatch(line)
	if m == nil {
		return chipRead{}, false
	}
	bib, _ := strconv.Atoi(m[2])
	h, _ := strconv.Atoi(m[3])
	mi, _ := strconv.Atoi(m[4])
	s, _ := strconv.Atoi(m[5])
	ms, _ := strconv.Atoi(m[6])
	rssi, _ := strconv.Atoi(m[7])
	ant, _ := strconv.Atoi(m[8])
	mat, ok := p.mat[m[1]]
	if !ok {
		mat = strings.Clone(m[1])
		p.mat[mat] = mat
	}
	return chipRead{
		Mat:    mat,
		Bib:    bib,
		Millis: int64(((h*60+mi)*60+s)*1000 + ms),
		RSSI:   rssi,
		Ant:    ant,
	}, true
}
