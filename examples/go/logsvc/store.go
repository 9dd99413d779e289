package main

import (
	"math/bits"
	"sort"
	"sync"
)

// window is how many recent latencies a series keeps for its percentiles.
const window = 64

// Series is the statistics of one tenant/service/route/status class.
type Series struct {
	Count      int
	Errors     int
	LatencySum int64
	Buckets    [16]int
	recent     [window]int
	next       int
	P50, P95   int
}

// Store holds every series, behind one mutex shared by all requests.
type Store struct {
	mu     sync.Mutex
	series map[string]*Series
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{series: make(map[string]*Series)}
}

// Observe records one request of the series `key`.
func (s *Store) Observe(key string, latencyMs, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ser := s.series[key]
	if ser == nil {
		ser = &Series{}
		s.series[key] = ser
	}
	ser.Count++
	if status >= 500 {
		ser.Errors++
	}
	ser.LatencySum += int64(latencyMs)
	b := bits.Len(uint(latencyMs))
	if b >= len(ser.Buckets) {
		b = len(ser.Buckets) - 1
	}
	ser.Buckets[b]++
	ser.recent[ser.next%window] = latencyMs
	ser.next++
	n := ser.next
	if n > window {
		n = window
	}
	var sorted [window]int
	copy(sorted[:], ser.recent[:n])
	sort.Ints(sorted[:n])
	ser.P50 = sorted[n/2]
	ser.P95 = sorted[n*95/100]
}

// Totals returns the number of series, observations and server errors
// (each line counts in three series).
func (s *Store) Totals() (series, observations, errors int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ser := range s.series {
		observations += ser.Count
		errors += ser.Errors
	}
	return len(s.series), observations, errors
}
