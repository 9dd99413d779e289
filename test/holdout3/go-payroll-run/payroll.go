package main

import (
	"math"
	"sync"
)

type Payslip struct {
	Employee   *Employee
	Regular    float64
	Overtime   float64
	NightPrem  float64
	Gross      float64
	FederalTax float64
	StateTax   float64
	Social     float64
	Pension    float64
	Expenses   float64
	Net        float64
	Valid      bool
}

type bracket struct {
	upTo float64
	rate float64
}

type TaxTables struct {
	federal []bracket
	state   map[string][]bracket
	social  float64
}

func defaultTaxTables() *TaxTables {
	inf := math.Inf(1)
	return &TaxTables{
		federal: []bracket{{11000, 0.10}, {44725, 0.12}, {95375, 0.22}, {182100, 0.24}, {231250, 0.32}, {578125, 0.35}, {inf, 0.37}},
		state: map[string][]bracket{
			"CA": {{10412, 0.01}, {24684, 0.02}, {38959, 0.04}, {54081, 0.06}, {68350, 0.08}, {349137, 0.093}, {inf, 0.103}},
			"NY": {{8500, 0.04}, {11700, 0.045}, {13900, 0.0525}, {80650, 0.055}, {215400, 0.06}, {inf, 0.0685}},
			"IL": {{inf, 0.0495}},
			"TX": {{inf, 0}},
			"WA": {{inf, 0}},
			"FL": {{inf, 0}},
		},
		social: 0.0765,
	}
}

func progressiveTax(annual float64, bs []bracket) float64 {
	tax, lower := 0.0, 0.0
	for _, b := range bs {
		if annual <= lower {
			break
		}
		top := math.Min(annual, b.upTo)
		tax += (top - lower) * b.rate
		lower = b.upTo
	}
	return tax
}

func computePayslip(e *Employee, ts *Timesheet, t *TaxTables) Payslip {
	p := Payslip{Employee: e, Valid: validEmployee(e)}
	if e.Salaried {
		p.Regular = e.Annual / 26
	} else {
		week := [2]float64{}
		for d, h := range ts.Hours {
			week[d/7] += h
		}
		for _, w := range week {
			reg := math.Min(w, 40)
			p.Regular += reg * e.HourlyRate
			if w > 40 {
				p.Overtime += (w - 40) * e.HourlyRate * 1.5
			}
		}
		p.NightPrem = ts.NightHours * e.HourlyRate * 0.15
	}
	p.Gross = round2(p.Regular + p.Overtime + p.NightPrem)
	annualised := p.Gross * 26
	p.FederalTax = round2(progressiveTax(annualised, t.federal) / 26)
	p.StateTax = round2(progressiveTax(annualised, t.state[e.State]) / 26)
	p.Social = round2(p.Gross * t.social)
	p.Pension = round2(p.Gross * e.Pension)
	for _, x := range ts.Expenses {
		p.Expenses += x
	}
	p.Net = round2(p.Gross - p.FederalTax - p.StateTax - p.Social - p.Pension + p.Expenses)
	return p
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// runPeriod splits the roster into contiguous chunks; each worker writes
// only its own slice range, so no locking is needed.
func runPeriod(roster []Employee, sheets []Timesheet, t *TaxTables, workers int) []Payslip {
	slips := make([]Payslip, len(roster))
	chunk := (len(roster) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, (w+1)*chunk
		if hi > len(roster) {
			hi = len(roster)
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				e := &roster[i]
				slips[i] = computePayslip(e, &sheets[i], t)
			}
		}(lo, hi)
	}
	wg.Wait()
	return slips
}
