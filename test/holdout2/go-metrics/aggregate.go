package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Rollup holds the running statistics of one series.
type Rollup struct {
	Name    string            `json:"name"`
	Labels  map[string]string `json:"labels"`
	Count   int64             `json:"count"`
	Sum     float64           `json:"sum"`
	Min     float64           `json:"min"`
	Max     float64           `json:"max"`
	Buckets []int64           `json:"buckets"`
	Digest  []float64         `json:"digest"`
}

var bucketBounds = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100}

type aggregator struct {
	rules     []Rule
	series    map[string]*Rollup
	published int
	history   []map[string]*Rollup
}

func newAggregator(rules []Rule) *aggregator {
	return &aggregator{rules: rules, series: make(map[string]*Rollup)}
}

func seriesKey(name string, labels map[string]string) string {
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	key := ""
	for i, k := range keys {
		if i > 0 {
			key += ","
		}
		key += fmt.Sprintf("%s=%q", k, labels[k])
	}
	return fmt.Sprintf("%s{%s}", name, key)
}

func (a *aggregator) ingest(samples []Sample) {
	for i := range samples {
		s := &samples[i]
		labels := applyRules(a.rules, s.Name, s.Labels)
		key := seriesKey(s.Name, labels)
		r := a.series[key]
		if r == nil {
			r = &Rollup{Name: s.Name, Labels: labels, Min: math.Inf(1), Max: math.Inf(-1),
				Buckets: make([]int64, len(bucketBounds)+1)}
			a.series[key] = r
		}
		r.observe(s.Value)
	}
}

func (r *Rollup) observe(v float64) {
	r.Count++
	r.Sum += v
	if v < r.Min {
		r.Min = v
	}
	if v > r.Max {
		r.Max = v
	}
	b := sort.SearchFloat64s(bucketBounds, v)
	r.Buckets[b]++
	// A small reservoir of recent values for quantile estimates.
	if len(r.Digest) < 128 {
		r.Digest = append(r.Digest, v)
	} else {
		r.Digest[int(r.Count)%128] = v
	}
}

func quantile(values []float64, q float64) float64 {
	if len(values) == 0 {
		return 0
	}
	sorted := append([]float64(nil), values...)
	sort.Float64s(sorted)
	return sorted[int(q*float64(len(sorted)-1))]
}

// snapshot copies every rollup so that publishing can run while ingest
// continues.
func (a *aggregator) snapshot() map[string]*Rollup {
	snap := make(map[string]*Rollup, len(a.series))
	for k, r := range a.series {
		var c Rollup
		b, err := json.Marshal(r)
		if err != nil {
			panic(err)
		}
		if err := json.Unmarshal(b, &c); err != nil {
			panic(err)
		}
		snap[k] = &c
	}
	return snap
}

func (a *aggregator) publish(snap map[string]*Rollup) {
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		r := snap[k]
		sb.WriteString(k)
		sb.WriteByte(' ')
		sb.WriteString(formatFloat(r.Sum / float64(r.Count)))
		sb.WriteByte(' ')
		sb.WriteString(formatFloat(quantile(r.Digest, 0.5)))
		sb.WriteByte(' ')
		sb.WriteString(formatFloat(quantile(r.Digest, 0.99)))
		sb.WriteByte('\n')
	}
	if sb.Len() > 0 {
		a.published++
	}
	a.history = append(a.history, snap)
	if len(a.history) > 3 {
		a.history = a.history[1:]
	}
}
