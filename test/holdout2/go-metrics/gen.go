package main

import "strconv"

// Sample is one observation of a metric with its labels.
type Sample struct {
	Name   string
	Labels map[string]string
	Value  float64
	TimeMs int64
}

type generator struct {
	state uint64
	now   int64
	names []string
	hosts []string
	paths []string
}

func newGenerator(seed uint64) *generator {
	g := &generator{state: seed, now: 1718064000000}
	g.names = []string{"http_requests_total", "http_request_duration_seconds", "db_query_duration_seconds",
		"cache_hits_total", "cache_misses_total", "queue_depth", "gc_pause_seconds"}
	for i := 0; i < 16; i++ {
		g.hosts = append(g.hosts, "node-"+strconv.Itoa(i)+".eu-west-1.internal")
	}
	for i := 0; i < 60; i++ {
		g.paths = append(g.paths, "/api/v2/resource"+strconv.Itoa(i%12)+"/item/"+strconv.Itoa(i))
	}
	return g
}

func (g *generator) next() uint64 {
	g.state ^= g.state << 13
	g.state ^= g.state >> 7
	g.state ^= g.state << 17
	return g.state
}

func (g *generator) batch(n int) []Sample {
	out := make([]Sample, 0, n)
	for i := 0; i < n; i++ {
		r := g.next()
		g.now += int64(r % 3)
		labels := map[string]string{
			"host":   g.hosts[r%uint64(len(g.hosts))],
			"path":   g.paths[(r>>8)%uint64(len(g.paths))],
			"status": strconv.Itoa(200 + int((r>>16)%5)*100),
			"method": []string{"GET", "POST", "PUT", "DELETE"}[(r>>24)%4],
		}
		out = append(out, Sample{
			Name:   g.names[(r>>32)%uint64(len(g.names))],
			Labels: labels,
			Value:  float64((r>>40)%100000) / 1000,
			TimeMs: g.now,
		})
	}
	return out
}
