package main

import (
	"bytes"
	"fmt"
	"sort"
)

type lotStats struct {
	shipments  int
	excursions int
	peak       float64
	mktSum     float64
}

type excursionLedger struct {
	byKey   map[string]*lotStats
	byLot   map[string]int
	hourly  map[string]int
	entries []string
	audit   bytes.Buffer
}

func newExcursionLedger() *excursionLedger {
	return &excursionLedger{byKey: map[string]*lotStats{}, byLot: map[string]int{}, hourly: map[string]int{}}
}

func (l *excursionLedger) record(s *Shipment, v Verdict) {
	for _, leg := range s.Legs {
		key := fmt.Sprintf("%s/%s/%s-%s/%s", s.Product, s.Lot, leg.From, leg.To, leg.Carrier)
		st := l.byKey[key]
		if st == nil {
			st = &lotStats{}
			l.byKey[key] = st
		}
		st.shipments++
		st.mktSum += v.MeanKineticC
		if v.PeakTempC > st.peak {
			st.peak = v.PeakTempC
		}
		if v.Excursion {
			st.excursions++
		}
	}
	for _, r := range s.Readings {
		bucket := fmt.Sprintf("%s:%s:%s:%d:%d", s.Product, s.Lot, r.Logger, r.Epoch/3600, int(r.TempC))
		l.hourly[bucket]++
		l.audit.WriteString(fmt.Sprintf("%s,%s,%s,%s,%d,%.2f,%d,%t\n",
			s.ID, s.Product, s.Lot, r.Logger, r.Epoch, r.TempC, r.Humidity, r.DoorOpen))
		if r.TempC > s.MaxTempC {
			l.entries = append(l.entries, fmt.Sprintf("%s lot=%s logger=%s t=%d temp=%.1fC rh=%d%%",
				s.ID, s.Lot, r.Logger, r.Epoch, r.TempC, r.Humidity))
		}
	}
	l.byLot[s.Lot]++
}

type ledgerSummary struct {
	excursions int
	byLot      map[string]int
	worst      []string
}

// flushAudit hands the batch's audit rows to the archiver and returns the byte count.
func (l *excursionLedger) flushAudit() int {
	n := l.audit.Len()
	l.audit.Reset()
	return n
}

func (l *excursionLedger) summary() ledgerSummary {
	sum := ledgerSummary{byLot: l.byLot}
	keys := make([]string, 0, len(l.byKey))
	for k, st := range l.byKey {
		sum.excursions += st.excursions
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return l.byKey[keys[i]].peak > l.byKey[keys[j]].peak })
	if len(keys) > 10 {
		keys = keys[:10]
	}
	sum.worst = keys
	return sum
}
