package main

import (
	"time"
)

// RateBand is the price for one destination prefix, in milli-pence.
type RateBand struct {
	Name         string
	PeakPerMin   int64
	OffPeakPerMn int64
	PerSMS       int64
	SetupFee     int64
}

// RetailTariff prices usage by longest matching E.164 prefix.
type RetailTariff struct {
	bands       map[string]RateBand
	maxPrefix   int
	dataPerMB   int64
	minimumSecs int
}

func DefaultRetailTariff() *RetailTariff {
	t := &RetailTariff{bands: map[string]RateBand{}, dataPerMB: 120, minimumSecs: 60}
	add := func(prefix string, b RateBand) {
		t.bands[prefix] = b
		if len(prefix) > t.maxPrefix {
			t.maxPrefix = len(prefix)
		}
	}
	add("447", RateBand{Name: "UK mobile", PeakPerMin: 9000, OffPeakPerMn: 4500, PerSMS: 6000, SetupFee: 0})
	add("441", RateBand{Name: "UK landline", PeakPerMin: 8000, OffPeakPerMn: 3000, PerSMS: 6000})
	add("442", RateBand{Name: "UK landline", PeakPerMin: 8000, OffPeakPerMn: 3000, PerSMS: 6000})
	add("44800", RateBand{Name: "Freephone", PerSMS: 0})
	add("44808", RateBand{Name: "Freephone", PerSMS: 0})
	add("449", RateBand{Name: "Premium", PeakPerMin: 150000, OffPeakPerMn: 150000, PerSMS: 25000, SetupFee: 35000})
	add("33", RateBand{Name: "Europe zone 1", PeakPerMin: 45000, OffPeakPerMn: 45000, PerSMS: 20000, SetupFee: 5000})
	add("49", RateBand{Name: "Europe zone 1", PeakPerMin: 45000, OffPeakPerMn: 45000, PerSMS: 20000, SetupFee: 5000})
	add("353", RateBand{Name: "Europe zone 1", PeakPerMin: 45000, OffPeakPerMn: 45000, PerSMS: 20000, SetupFee: 5000})
	add("1", RateBand{Name: "North America", PeakPerMin: 60000, OffPeakPerMn: 60000, PerSMS: 20000, SetupFee: 5000})
	add("91", RateBand{Name: "Rest of world", PeakPerMin: 150000, OffPeakPerMn: 150000, PerSMS: 30000, SetupFee: 10000})
	add("", RateBand{Name: "Rest of world", PeakPerMin: 180000, OffPeakPerMn: 180000, PerSMS: 30000, SetupFee: 10000})
	return t
}

// Band finds the longest prefix band for an E.164 destination.
func (t *RetailTariff) Band(e164 string) RateBand {
	n := t.maxPrefix
	if n > len(e164) {
		n = len(e164)
	}
	for ; n > 0; n-- {
		if b, ok := t.bands[e164[:n]]; ok {
			return b
		}
	}
	return t.bands[""]
}

func isPeak(ts time.Time) bool {
	wd := ts.Weekday()
	if wd == time.Saturday || wd == time.Sunday {
		return false
	}
	h := ts.Hour()
	return h >= 8 && h < 19
}

// Charge is the outcome of rating one record.
type Charge struct {
	Band       string
	Units      int64
	MilliPence int64
	Peak       bool
	ZeroRated  bool
}

// RateVoice prices a call per second after the minimum charge period,
// rounding the end result up to a whole milli-penny.
func (t *RetailTariff) RateVoice(dest NormalisedNumber, start time.Time, secs int) Charge {
	b := t.Band(dest.E164)
	peak := isPeak(start)
	perMin := b.OffPeakPerMn
	if peak {
		perMin = b.PeakPerMin
	}
	billable := secs
	if billable > 0 && billable < t.minimumSecs {
		billable = t.minimumSecs
	}
	// calls that cross the peak boundary are split by minute
	total := b.SetupFee
	remaining := billable
	ts := start
	for remaining > 0 {
		chunk := 60
		if remaining < chunk {
			chunk = remaining
		}
		rate := b.OffPeakPerMn
		if isPeak(ts) {
			rate = b.PeakPerMin
		}
		total += (rate*int64(chunk) + 59) / 60
		remaining -= chunk
		ts = ts.Add(time.Duration(chunk) * time.Second)
	}
	_ = perMin
	return Charge{Band: b.Name, Units: int64(billable), MilliPence: total, Peak: peak, ZeroRated: total == 0}
}

func (t *RetailTariff) RateSMS(dest NormalisedNumber, start time.Time) Charge {
	b := t.Band(dest.E164)
	return Charge{Band: b.Name, Units: 1, MilliPence: b.PerSMS, Peak: isPeak(start), ZeroRated: b.PerSMS == 0}
}

func (t *RetailTariff) RateData(up, down int64, start time.Time) Charge {
	total := up + down
	mb := (total + (1<<20 - 1)) >> 20
	return Charge{Band: "Mobile data", Units: mb, MilliPence: mb * t.dataPerMB, Peak: isPeak(start)}
}
