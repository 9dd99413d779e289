package main

import "math"

// Tariff is the fare schedule in euro cents.
type Tariff struct {
	UnlockCasual     int64
	PerMinuteCasual  int64
	PerMinuteMember  int64
	FreeMinutesMem   int64
	EbikeSurcharge   int64 // per minute
	OvertimeAfterMin int64
	OvertimePenalty  int64
}

func DefaultTariff() Tariff {
	return Tariff{UnlockCasual: 100, PerMinuteCasual: 25, PerMinuteMember: 12, FreeMinutesMem: 30,
		EbikeSurcharge: 10, OvertimeAfterMin: 120, OvertimePenalty: 500}
}

// Fare computes the charge for a trip in cents.
func (t Tariff) Fare(tr Trip) int64 {
	mins := (tr.End - tr.Start + 59) / 60
	var fare int64
	if tr.Member {
		billable := mins - t.FreeMinutesMem
		if billable > 0 {
			fare = billable * t.PerMinuteMember
		}
	} else {
		fare = t.UnlockCasual + mins*t.PerMinuteCasual
	}
	if tr.BikeType == 'e' {
		fare += mins * t.EbikeSurcharge
	}
	if mins > t.OvertimeAfterMin {
		fare += t.OvertimePenalty
	}
	return fare
}

// DayLedger accumulates one day's trips.
type DayLedger struct {
	net        *Network
	Trips      int
	Revenue    int64
	MemberRev  int64
	KmTotal    float64
	Departures [][24]int32
	Arrivals   [][24]int32
	durHist    [48]int // 5-minute buckets up to 4h
	speedSum   float64
	ebikeTrips int
}

func NewDayLedger(net *Network) *DayLedger {
	n := len(net.Stations)
	return &DayLedger{net: net, Departures: make([][24]int32, n), Arrivals: make([][24]int32, n)}
}

func (l *DayLedger) Record(t Trip, tariff Tariff) {
	l.Trips++
	fare := tariff.Fare(t)
	l.Revenue += fare
	if t.Member {
		l.MemberRev += fare
	}
	km := l.net.Distance(t.From, t.To)
	l.KmTotal += km
	secs := t.End - t.Start
	if secs > 0 {
		l.speedSum += km / (float64(secs) / 3600)
	}
	b := int(secs / 300)
	if b >= len(l.durHist) {
		b = len(l.durHist) - 1
	}
	l.durHist[b]++
	hs := int((t.Start % 86400) / 3600)
	he := int((t.End % 86400) / 3600)
	l.Departures[t.From][hs]++
	l.Arrivals[t.To][he]++
	if t.BikeType == 'e' {
		l.ebikeTrips++
	}
}

// MedianMinutes estimates the median trip duration from the histogram.
func (l *DayLedger) MedianMinutes() int {
	half := l.Trips / 2
	acc := 0
	for i, c := range l.durHist {
		acc += c
		if acc >= half {
			return i*5 + 5
		}
	}
	return len(l.durHist) * 5
}

// SimulateOccupancy runs the hourly dock balance for every station starting
// from a half-full network and returns the end-of-day fill ratio per station.
func (l *DayLedger) SimulateOccupancy() []float64 {
	n := len(l.net.Stations)
	fill := make([]float64, n)
	for i := range l.net.Stations {
		docks := float64(l.net.Stations[i].Docks)
		bikes := docks / 2
		for h := 0; h < 24; h++ {
			// spread each hour over minute steps so full/empty docks clip flows
			dep := float64(l.Departures[i][h]) / 60
			arr := float64(l.Arrivals[i][h]) / 60
			for m := 0; m < 60; m++ {
				bikes = math.Max(0, bikes-dep)
				bikes = math.Min(docks, bikes+arr)
			}
		}
		fill[i] = bikes / docks
	}
	return fill
}
