package main

import (
	"encoding/json"
	"fmt"
	"math"
	"time"
)

// Band is one time-of-use pricing window.
type Band struct {
	Name     string  `json:"name"`
	FromHour int     `json:"from_hour"`
	ToHour   int     `json:"to_hour"`
	Rate     float64 `json:"rate_per_kwh"`
	Weekdays []int   `json:"weekdays,omitempty"` // empty means every day
}

// Tariff is a published retail price plan.
type Tariff struct {
	Code           string             `json:"code"`
	Name           string             `json:"name"`
	StandingCharge float64            `json:"standing_charge_per_day"`
	DemandCharge   float64            `json:"demand_charge_per_kw"`
	ExportRate     float64            `json:"export_rate_per_kwh"`
	VATRate        float64            `json:"vat_rate"`
	Bands          []Band             `json:"bands"`
	Levies         map[string]float64 `json:"levies"`
	Notes          []string           `json:"notes,omitempty"`
}

// TariffBook is the set of plans on sale during the billing period.
type TariffBook struct {
	plans    map[string]*Tariff
	profiles map[int]*[48]float64 // settlement load profiles by profile class
}

func defaultTariffBook() *TariffBook {
	levies := func() map[string]float64 {
		return map[string]float64{"climate_change_levy": 0.00775, "network_use": 0.0412, "capacity_market": 0.0037, "feed_in_scheme": 0.0061}
	}
	weekdays := []int{1, 2, 3, 4, 5}
	book := &TariffBook{plans: map[string]*Tariff{
		"FLEX-TOU": {Code: "FLEX-TOU", Name: "Flexible time of use", StandingCharge: 0.4521, DemandCharge: 0.021, ExportRate: 0.15, VATRate: 0.05,
			Bands:  []Band{{"night", 0, 7, 0.1432, nil}, {"day", 7, 16, 0.2688, nil}, {"peak", 16, 19, 0.4120, weekdays}, {"evening", 16, 24, 0.2688, nil}},
			Levies: levies(), Notes: []string{"peak applies Monday to Friday", "prices include network costs"}},
		"GREEN-FIX": {Code: "GREEN-FIX", Name: "Green fixed 12m", StandingCharge: 0.4890, ExportRate: 0.12, VATRate: 0.05,
			Bands: []Band{{"anytime", 0, 24, 0.2455, nil}}, Levies: levies(), Notes: []string{"100% renewable backed"}},
		"EV-NIGHT": {Code: "EV-NIGHT", Name: "EV overnight", StandingCharge: 0.4710, DemandCharge: 0.015, ExportRate: 0.15, VATRate: 0.05,
			Bands: []Band{{"ev", 0, 5, 0.0850, nil}, {"day", 5, 23, 0.2990, nil}, {"late", 23, 24, 0.0850, nil}}, Levies: levies()},
		"STANDARD": {Code: "STANDARD", Name: "Standard variable", StandingCharge: 0.5322, ExportRate: 0.041, VATRate: 0.05,
			Bands: []Band{{"anytime", 0, 24, 0.2462, nil}}, Levies: levies()},
	}}
	book.profiles = map[int]*[48]float64{}
	for pc := 1; pc <= 3; pc++ {
		var p [48]float64
		for slot := range p {
			h := float64(slot) / 2
			p[slot] = 0.12 + 0.18*math.Exp(-(h-8)*(h-8)/6) + 0.45*math.Exp(-(h-19)*(h-19)/5)
			if pc == 2 && slot < 10 {
				p[slot] += 1.4
			}
		}
		book.profiles[pc] = &p
	}
	return book
}

// ForAccount returns the account's plan with its personal adjustments applied.
// The published tariff is shared between workers and must not be modified, so
// the adjustments are made on a private copy.
func (b *TariffBook) ForAccount(acc *Account) (*Tariff, error) {
	base, ok := b.plans[acc.Plan]
	if !ok {
		return nil, fmt.Errorf("account %s: unknown plan %q", acc.ID, acc.Plan)
	}
	raw, err := json.Marshal(base)
	if err != nil {
		return nil, err
	}
	var t Tariff
	if err := json.Unmarshal(raw, &t); err != nil {
		return nil, err
	}
	for i := range t.Bands {
		t.Bands[i].Rate = round4(t.Bands[i].Rate * (1 - acc.Discount))
	}
	if acc.Vulnerable {
		t.StandingCharge = round4(t.StandingCharge * 0.85)
		t.Notes = append(t.Notes, "priority services discount on standing charge")
	}
	if !acc.HasSolar {
		t.ExportRate = 0
	}
	return &t, nil
}

// bandFor picks the index of the band that applies at a given time.
func (t *Tariff) bandFor(ts time.Time) int {
	h := ts.Hour()
	wd := int(ts.Weekday())
	for i := range t.Bands {
		b := &t.Bands[i]
		if h < b.FromHour || h >= b.ToHour {
			continue
		}
		if len(b.Weekdays) > 0 && !containsInt(b.Weekdays, wd) {
			continue
		}
		return i
	}
	return len(t.Bands) - 1
}

func (t *Tariff) levyPerKWh() float64 {
	sum := 0.0
	for _, v := range t.Levies {
		sum += v
	}
	return sum
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func round4(v float64) float64 {
	if v < 0 {
		return -round4(-v)
	}
	return float64(int64(v*10000+0.5)) / 10000
}
