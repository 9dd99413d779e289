package main

import (
	"sort"
	"strconv"
	"strings"
)

// SettlementTotals aggregates a session's financial outcome.
type SettlementTotals struct {
	Sold, Unsold                int
	Hammer, Premium, Commission int64
	OverEstimate, UnderEstimate int
	ByCategory                  map[string]int64
}

func (t *SettlementTotals) Add(o SettlementTotals) {
	t.Sold += o.Sold
	t.Unsold += o.Unsold
	t.Hammer += o.Hammer
	t.Premium += o.Premium
	t.Commission += o.Commission
	t.OverEstimate += o.OverEstimate
	t.UnderEstimate += o.UnderEstimate
}

func Summarise(results []LotResult) SettlementTotals {
	t := SettlementTotals{ByCategory: make(map[string]int64)}
	for _, r := range results {
		if !r.Sold {
			t.Unsold++
			continue
		}
		t.Sold++
		t.Hammer += r.Hammer
		t.Premium += r.Premium
		t.Commission += r.Commission
		t.ByCategory[r.Lot.Category] += r.Hammer
		if r.Hammer > r.Estimate {
			t.OverEstimate++
		} else {
			t.UnderEstimate++
		}
	}
	return t
}

// money renders pence as a pound amount with thousands separators.
func money(p int64) string {
	neg := p < 0
	if neg {
		p = -p
	}
	s := strconv.FormatInt(p/100, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteString("GBP ")
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteByte('.')
	c := p % 100
	if c < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.FormatInt(c, 10))
	return b.String()
}

func FormatSessionReport(code string, t SettlementTotals, results []LotResult, rejected, auditLines int) string {
	var b strings.Builder
	b.WriteString("session " + code + ": sold " + strconv.Itoa(t.Sold) + ", unsold " + strconv.Itoa(t.Unsold) +
		", rejected bids " + strconv.Itoa(rejected) + ", audit lines " + strconv.Itoa(auditLines) + "\n")
	b.WriteString("  hammer " + money(t.Hammer) + "  premium " + money(t.Premium) + "  commission " + money(t.Commission) + "\n")
	cats := make([]string, 0, len(t.ByCategory))
	for c := range t.ByCategory {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return t.ByCategory[cats[i]] > t.ByCategory[cats[j]] })
	for i, c := range cats {
		if i == 3 {
			break
		}
		b.WriteString("  top category " + c + ": " + money(t.ByCategory[c]) + "\n")
	}
	best := results[0]
	for _, r := range results {
		if r.Hammer > best.Hammer {
			best = r
		}
	}
	b.WriteString("  top lot " + strconv.Itoa(best.Lot.Number) + " " + best.Lot.Title + " -> " + best.Winner + " at " + money(best.Hammer) + "\n")
	return b.String()
}
