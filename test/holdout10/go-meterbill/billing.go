package main

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DailyCharge is the priced result of one meter for one day.
type DailyCharge struct {
	Day          time.Time
	ImportKWh    float64
	ExportKWh    float64
	EnergyCost   float64
	ExportCredit float64
	Standing     float64
	Levies       float64
	PeakKW       float64
	Estimated    int
	Spikes       int
	ByBand       [4]float64
}

// dailyBiller prices zone-day files; each worker owns one.
type dailyBiller struct {
	registry *AccountRegistry
	book     *TariffBook
	ledger   *StatementLedger
	block    []Reading
}

func (b *dailyBiller) process(batch zoneDay) (lines, rejected int) {
	data := batch.data
	var hdr blockHeader
	var acc *Account
	flush := func() {
		if acc == nil || len(b.block) == 0 {
			return
		}
		tariff, err := b.book.ForAccount(acc)
		if err != nil {
			rejected += len(b.block)
			return
		}
		vee(b.book.profiles[hdr.ProfileClass], b.block)
		b.ledger.add(acc, priceDay(tariff, acc, hdr.Day, b.block))
	}
	for len(data) > 0 {
		nl := strings.IndexByte(data, '\n')
		var line string
		if nl < 0 {
			line, data = data, ""
		} else {
			line, data = data[:nl], data[nl+1:]
		}
		lines++
		if strings.HasPrefix(line, "MTR-") {
			flush()
			acc, b.block = nil, b.block[:0]
			h, err := parseHeader(line)
			if err != nil {
				rejected++
				continue
			}
			a, ok := b.registry.ForMeter(h.MeterID)
			if !ok {
				rejected++
				continue
			}
			hdr, acc = h, a
			continue
		}
		if acc == nil {
			rejected++
			continue
		}
		r, err := parseInterval(hdr.Day, line)
		if err != nil {
			rejected++
			continue
		}
		b.block = append(b.block, r)
	}
	flush()
	return lines, rejected
}

// vee runs validation, estimation and editing on one meter-day: intervals the
// head-end estimated are re-estimated from the settlement profile scaled to the
// day's actual consumption, and implausible spikes are capped.
func vee(profile *[48]float64, block []Reading) {
	var actual, profAct float64
	for i := range block {
		if block[i].Quality == 'A' {
			actual += block[i].Import
			profAct += profile[block[i].Slot]
		}
	}
	scale := 1.0
	if profAct > 0 {
		scale = actual / profAct
	}
	for i := range block {
		r := &block[i]
		expected := profile[r.Slot] * scale
		switch {
		case r.Quality == 'E':
			r.Import = math.Round(expected*1000) / 1000
		case r.Import > 6*expected+1.5:
			r.Import = 6*expected + 1.5
			r.Quality = 'M'
		}
	}
}

// priceDay applies a personalised tariff to one day of interval data.
func priceDay(t *Tariff, acc *Account, day time.Time, readings []Reading) DailyCharge {
	sort.Slice(readings, func(i, j int) bool { return readings[i].Slot < readings[j].Slot })
	c := DailyCharge{Day: day, Standing: t.StandingCharge}
	levy := t.levyPerKWh()
	for _, r := range readings {
		bi := t.bandFor(r.At)
		band := &t.Bands[bi]
		c.ImportKWh += r.Import
		c.ExportKWh += r.Export
		c.EnergyCost += r.Import * band.Rate
		c.ExportCredit += r.Export * t.ExportRate
		c.Levies += r.Import * levy
		c.ByBand[bi] += r.Import
		if kw := r.Import * 2; kw > c.PeakKW {
			c.PeakKW = kw
		}
		switch r.Quality {
		case 'E':
			c.Estimated++
		case 'M':
			c.Spikes++
		}
	}
	if t.DemandCharge > 0 && c.PeakKW > acc.ContractKVA*0.5 {
		c.EnergyCost += (c.PeakKW - acc.ContractKVA*0.5) * t.DemandCharge * 24
	}
	return c
}

// Statement accumulates a customer's charges over the billing period.
type Statement struct {
	Account    *Account
	Days       []DailyCharge
	ImportKWh  float64
	ExportKWh  float64
	Net        float64
	VAT        float64
	Total      float64
	LoadFactor float64
	Flags      []string
	Summary    string
}

// StatementLedger collects daily charges from all workers.
type StatementLedger struct {
	mu    sync.Mutex
	start time.Time
	days  int
	byAcc map[string]*Statement
}

func newStatementLedger(start time.Time, days int) *StatementLedger {
	return &StatementLedger{start: start, days: days, byAcc: make(map[string]*Statement)}
}

func (l *StatementLedger) add(acc *Account, c DailyCharge) {
	l.mu.Lock()
	st, ok := l.byAcc[acc.ID]
	if !ok {
		st = &Statement{Account: acc, Days: make([]DailyCharge, 0, l.days)}
		l.byAcc[acc.ID] = st
	}
	st.Days = append(st.Days, c)
	l.mu.Unlock()
}

// close finalises every statement: totals, VAT, load factor and review flags.
func (l *StatementLedger) close(book *TariffBook) []*Statement {
	out := make([]*Statement, 0, len(l.byAcc))
	for _, st := range l.byAcc {
		sort.Slice(st.Days, func(i, j int) bool { return st.Days[i].Day.Before(st.Days[j].Day) })
		var peak, net float64
		var est int
		daily := make([]float64, 0, len(st.Days))
		for _, d := range st.Days {
			st.ImportKWh += d.ImportKWh
			st.ExportKWh += d.ExportKWh
			net += d.EnergyCost + d.Standing + d.Levies - d.ExportCredit
			peak = math.Max(peak, d.PeakKW)
			est += d.Estimated
			daily = append(daily, d.ImportKWh)
		}
		vat := book.plans[st.Account.Plan].VATRate
		st.Net = roundPence(net)
		st.VAT = roundPence(math.Max(net, 0) * vat)
		st.Total = st.Net + st.VAT
		if peak > 0 {
			st.LoadFactor = st.ImportKWh / (peak * 24 * float64(len(st.Days)))
		}
		if len(st.Days) < l.days {
			st.Flags = append(st.Flags, "missing-days")
		}
		if est > 48 {
			st.Flags = append(st.Flags, "high-estimation")
		}
		if spike(daily) {
			st.Flags = append(st.Flags, "consumption-spike")
		}
		var sb strings.Builder
		sb.WriteString(st.Account.ID)
		sb.WriteString(" ")
		sb.WriteString(strconv.FormatFloat(st.ImportKWh, 'f', 1, 64))
		sb.WriteString("kWh ")
		sb.WriteString(strconv.FormatFloat(st.Total, 'f', 2, 64))
		st.Summary = sb.String()
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Account.ID < out[j].Account.ID })
	return out
}

func spike(xs []float64) bool {
	if len(xs) < 7 {
		return false
	}
	var mean, sq float64
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sq += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(sq / float64(len(xs)))
	for _, x := range xs {
		if sd > 0 && (x-mean)/sd > 3 {
			return true
		}
	}
	return false
}

func roundPence(v float64) float64 { return math.Round(v*100) / 100 }

func summarise(sts []*Statement) string {
	var sb strings.Builder
	var revenue, kwh, export float64
	flagged := map[string]int{}
	byPlan := map[string]float64{}
	for _, st := range sts {
		revenue += st.Total
		kwh += st.ImportKWh
		export += st.ExportKWh
		byPlan[st.Account.Plan] += st.Total
		for _, f := range st.Flags {
			flagged[f]++
		}
	}
	sb.WriteString("statements: " + strconv.Itoa(len(sts)) + "\n")
	sb.WriteString("billed energy: " + strconv.FormatFloat(kwh, 'f', 1, 64) + " kWh, exported " + strconv.FormatFloat(export, 'f', 1, 64) + " kWh\n")
	sb.WriteString("revenue incl. VAT: " + strconv.FormatFloat(revenue, 'f', 2, 64) + "\n")
	plans := make([]string, 0, len(byPlan))
	for p := range byPlan {
		plans = append(plans, p)
	}
	sort.Strings(plans)
	for _, p := range plans {
		sb.WriteString("  " + p + ": " + strconv.FormatFloat(byPlan[p], 'f', 2, 64) + "\n")
	}
	flags := make([]string, 0, len(flagged))
	for f := range flagged {
		flags = append(flags, f)
	}
	sort.Strings(flags)
	for _, f := range flags {
		sb.WriteString("  flagged " + f + ": " + strconv.Itoa(flagged[f]) + "\n")
	}
	return sb.String()
}
