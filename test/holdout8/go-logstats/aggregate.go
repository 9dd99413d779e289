package main

import (
	"math"
)

// latency histogram: log-spaced buckets from 0.1 ms to ~100 s
const (
	histBuckets = 240
	histMinMs   = 0.1
)

var histGrowth = math.Pow(1e6, 1.0/histBuckets)
var logHistGrowth = math.Log(histGrowth)

func bucketOf(ms float64) int {
	if ms <= histMinMs {
		return 0
	}
	b := int(math.Log(ms/histMinMs) / logHistGrowth)
	if b >= histBuckets {
		b = histBuckets - 1
	}
	return b
}

func bucketUpper(b int) float64 { return histMinMs * math.Pow(histGrowth, float64(b+1)) }

// RouteStats accumulates traffic for one method+route.
type RouteStats struct {
	Requests  int64
	Errors    int64
	Bots      int64
	Bytes     int64
	Status    map[int]int64
	Hist      [histBuckets]int64
	PerMinute [1440]int32
}

// ClientStats accumulates traffic for one client address.
type ClientStats struct {
	Requests int64
	Errors   int64
	Bytes    int64
	First    int32
	Last     int32
}

// Aggregate is the merged view over many log lines.
type Aggregate struct {
	Lines     int64
	Malformed int64
	Routes    map[string]*RouteStats
	Clients   map[uint32]*ClientStats
	keyBuf    []byte
}

func NewAggregate() *Aggregate {
	return &Aggregate{
		Routes:  make(map[string]*RouteStats, 64),
		Clients: make(map[uint32]*ClientStats, 1<<16),
		keyBuf:  make([]byte, 0, 160),
	}
}

func (a *Aggregate) Add(route, method []byte, e *Entry) {
	a.keyBuf = append(append(append(a.keyBuf[:0], method...), ' '), route...)
	rs := a.Routes[string(a.keyBuf)]
	if rs == nil {
		rs = &RouteStats{Status: make(map[int]int64, 8)}
		a.Routes[string(a.keyBuf)] = rs
	}
	rs.Requests++
	rs.Bytes += e.Bytes
	rs.Status[e.Status]++
	if e.Status >= 500 {
		rs.Errors++
	}
	if e.AgentBot {
		rs.Bots++
	}
	rs.Hist[bucketOf(e.Latency)]++
	rs.PerMinute[e.Second/60]++

	cs := a.Clients[e.Client]
	if cs == nil {
		cs = &ClientStats{First: e.Second}
		a.Clients[e.Client] = cs
	}
	cs.Requests++
	cs.Bytes += e.Bytes
	if e.Status >= 400 {
		cs.Errors++
	}
	if e.Second < cs.First {
		cs.First = e.Second
	}
	if e.Second > cs.Last {
		cs.Last = e.Second
	}
}

func (a *Aggregate) Merge(o *Aggregate) {
	a.Lines += o.Lines
	a.Malformed += o.Malformed
	for k, rs := range o.Routes {
		dst := a.Routes[k]
		if dst == nil {
			a.Routes[k] = rs
			continue
		}
		dst.Requests += rs.Requests
		dst.Errors += rs.Errors
		dst.Bots += rs.Bots
		dst.Bytes += rs.Bytes
		for s, n := range rs.Status {
			dst.Status[s] += n
		}
		for i := range rs.Hist {
			dst.Hist[i] += rs.Hist[i]
		}
		for i := range rs.PerMinute {
			dst.PerMinute[i] += rs.PerMinute[i]
		}
	}
	for ip, cs := range o.Clients {
		dst := a.Clients[ip]
		if dst == nil {
			a.Clients[ip] = cs
			continue
		}
		dst.Requests += cs.Requests
		dst.Errors += cs.Errors
		dst.Bytes += cs.Bytes
		if cs.First < dst.First {
			dst.First = cs.First
		}
		if cs.Last > dst.Last {
			dst.Last = cs.Last
		}
	}
}

// Percentile estimates the q-quantile latency (ms) from the histogram.
func (rs *RouteStats) Percentile(q float64) float64 {
	target := int64(math.Ceil(q * float64(rs.Requests)))
	var seen int64
	for b, n := range rs.Hist {
		seen += n
		if seen >= target {
			return bucketUpper(b)
		}
	}
	return bucketUpper(histBuckets - 1)
}

// PeakMinute returns the busiest minute of the day and its request count.
func (rs *RouteStats) PeakMinute() (int, int32) {
	best, idx := int32(-1), 0
	for i, n := range rs.PerMinute {
		if n > best {
			best, idx = n, i
		}
	}
	return idx, best
}
