package main

import (
	"sort"
	"strings"
)

// usageEvent is the slim copy of a rated record kept for fraud screening.
type usageEvent struct {
	at      int64 // unix seconds
	seconds int32
	intl    bool
	premium bool
	cell    string
}

// FraudAlert flags a subscriber whose usage profile looks like SIM-box or
// premium-rate abuse.
type FraudAlert struct {
	MSISDN       string
	Reason       string
	PeakHourSecs int64
	CellHops     int
}

// ScreenForFraud runs the sliding one-hour window checks over every
// subscriber's events in time order.
func ScreenForFraud(events map[string][]usageEvent) []FraudAlert {
	subs := make([]string, 0, len(events))
	for s := range events {
		subs = append(subs, s)
	}
	sort.Strings(subs)
	var alerts []FraudAlert
	for _, s := range subs {
		ev := events[s]
		sort.Slice(ev, func(i, j int) bool { return ev[i].at < ev[j].at })
		var windowSecs, worst int64
		var premium, worstPremium int
		lo := 0
		for hi := range ev {
			windowSecs += int64(ev[hi].seconds)
			if ev[hi].premium {
				premium++
			}
			for ev[hi].at-ev[lo].at > 3600 {
				windowSecs -= int64(ev[lo].seconds)
				if ev[lo].premium {
					premium--
				}
				lo++
			}
			if windowSecs > worst {
				worst = windowSecs
			}
			if premium > worstPremium {
				worstPremium = premium
			}
		}
		hops := 0
		for i := 1; i < len(ev); i++ {
			if ev[i].at-ev[i-1].at < 300 && !sameSite(ev[i].cell, ev[i-1].cell) {
				hops++
			}
		}
		switch {
		case worst > 3*3600:
			alerts = append(alerts, FraudAlert{MSISDN: s, Reason: "voice-volume", PeakHourSecs: worst, CellHops: hops})
		case worstPremium >= 3:
			alerts = append(alerts, FraudAlert{MSISDN: s, Reason: "premium-rate", PeakHourSecs: worst, CellHops: hops})
		case hops > 8:
			alerts = append(alerts, FraudAlert{MSISDN: s, Reason: "cell-velocity", PeakHourSecs: worst, CellHops: hops})
		}
	}
	return alerts
}

// sameSite compares the eNodeB part of two cell global identities.
func sameSite(a, b string) bool {
	ia := strings.LastIndexByte(a, '-')
	ib := strings.LastIndexByte(b, '-')
	return ia > 0 && ib > 0 && a[:ia] == b[:ib]
}

func newUsageEvent(rec *UsageRecord, dest NormalisedNumber) usageEvent {
	return usageEvent{
		at:      rec.Start.Unix(),
		seconds: int32(rec.Seconds),
		intl:    dest.Class == "intl",
		premium: dest.Class == "uk-premium",
		cell:    rec.CellID,
	}
}
