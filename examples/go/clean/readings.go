package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"regexp"
	"sort"
	"strconv"
)

// Reading is one sensor measurement.
type Reading struct {
	Sensor string
	Site   int
	Value  float64
}

// readingRE is the line format, compiled once when the program starts.
var readingRE = regexp.MustCompile(`^site-(\d{2})/([a-z][a-z0-9]{2}-\d{4}) (-?\d+\.\d{3})$`)

// generate builds the raw input: one reading per line, from a fixed seed.
func generate(n int, seed int64) []byte {
	rng := rand.New(rand.NewSource(seed))
	buf := make([]byte, 0, n*28)
	kinds := []string{"tmp", "hum", "prs", "co2"}
	for i := 0; i < n; i++ {
		buf = append(buf, "site-"...)
		buf = strconv.AppendInt(buf, int64(10+rng.Intn(40)), 10)
		buf = append(buf, '/')
		buf = append(buf, kinds[rng.Intn(len(kinds))]...)
		buf = append(buf, '-')
		buf = strconv.AppendInt(buf, int64(1000+rng.Intn(9000)), 10)
		buf = append(buf, ' ')
		if rng.Intn(200) == 0 {
			buf = append(buf, "n/a"...) // a sensor that failed to report
		} else {
			buf = strconv.AppendFloat(buf, rng.NormFloat64()*12+20, 'f', 3, 64)
		}
		buf = append(buf, '\n')
	}
	return buf
}

// parseReadings validates and decodes every line.
func parseReadings(raw []byte) ([]Reading, int) {
	rs := make([]Reading, 0, bytes.Count(raw, []byte{'\n'}))
	rejected := 0
	var m [8]int
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '\n')
		line := raw[:i]
		raw = raw[i+1:]
		idx := readingRE.FindSubmatchIndex(line)
		if idx == nil {
			rejected++
			continue
		}
		copy(m[:], idx)
		site, _ := strconv.Atoi(string(line[m[2]:m[3]]))
		v, err := strconv.ParseFloat(string(line[m[6]:m[7]]), 64)
		if err != nil {
			rejected++
			continue
		}
		rs = append(rs, Reading{Sensor: string(line[m[4]:m[5]]), Site: site, Value: v})
	}
	return rs, rejected
}

// bySiteValue orders readings by site, then value.
type bySiteValue []Reading

func (s bySiteValue) Len() int      { return len(s) }
func (s bySiteValue) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s bySiteValue) Less(i, j int) bool {
	if s[i].Site != s[j].Site {
		return s[i].Site < s[j].Site
	}
	return s[i].Value < s[j].Value
}

// sortReadings sorts in place.
func sortReadings(rs []Reading) {
	sort.Sort(bySiteValue(rs))
}

// SiteMedian is the median reading of a site.
type SiteMedian struct {
	Site   int
	Count  int
	Median float64
}

// medians reads the median of every site from the sorted readings.
func medians(rs []Reading) []SiteMedian {
	out := make([]SiteMedian, 0, 40)
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && rs[end].Site == rs[start].Site {
			end++
		}
		out = append(out, SiteMedian{Site: rs[start].Site, Count: end - start, Median: rs[(start+end)/2].Value})
		start = end
	}
	return out
}

// fingerprint hashes the whole input once, for the report's provenance line.
func fingerprint(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}
