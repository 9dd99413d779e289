package main

import (
	"regexp"
	"strconv"
)

type Employee struct {
	ID         string
	Name       string
	Department string
	HourlyRate float64
	Salaried   bool
	Annual     float64
	State      string
	Pension    float64
	BankRef    string
}

type Timesheet struct {
	EmployeeID string
	Hours      [14]float64
	NightHours float64
	Expenses   []float64
}

var (
	employeeIDPattern = regexp.MustCompile(`^EMP-[0-9]{6}$`)
	bankRefPattern    = regexp.MustCompile(`^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,20}$`)
)

var departments = []string{"warehouse", "logistics", "finance", "support", "engineering", "sales", "facilities"}
var states = []string{"CA", "NY", "TX", "WA", "IL", "FL"}
var givenNames = []string{"Ana", "Bilal", "Chen", "Dara", "Eitan", "Fatima", "Goran", "Hana", "Ines", "Jonas"}
var familyNames = []string{"Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad", "Kowalski"}

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func (r *rng) float() float64 { return float64(r.next()%1000000) / 1000000.0 }

func buildRoster(seed uint64, n int) []Employee {
	r := &rng{s: seed}
	out := make([]Employee, 0, n)
	for i := 0; i < n; i++ {
		e := Employee{
			ID:         "EMP-" + strconv.Itoa(100000+i*7),
			Name:       givenNames[r.next()%uint64(len(givenNames))] + " " + familyNames[r.next()%uint64(len(familyNames))],
			Department: departments[r.next()%uint64(len(departments))],
			State:      states[r.next()%uint64(len(states))],
			Pension:    0.03 + 0.02*r.float(),
			BankRef:    "GB" + strconv.Itoa(10+int(r.next()%89)) + "NWBK" + strconv.FormatUint(10000000+r.next()%89999999, 10),
		}
		if r.next()%3 == 0 {
			e.Salaried = true
			e.Annual = 48000 + 90000*r.float()
		} else {
			e.HourlyRate = 17 + 28*r.float()
		}
		if i%211 == 0 {
			e.BankRef = "gb00"
		}
		out = append(out, e)
	}
	return out
}

// generateTimesheets returns one timesheet per roster entry, same order.
func generateTimesheets(seed uint64, roster []Employee, period int) []Timesheet {
	r := &rng{s: seed | 1}
	out := make([]Timesheet, len(roster))
	for i := range roster {
		e := &roster[i]
		ts := &out[i]
		ts.EmployeeID = e.ID
		for d := 0; d < 14; d++ {
			if d%7 >= 5 && r.next()%5 != 0 {
				continue
			}
			ts.Hours[d] = 6 + float64(r.next()%60)/10.0
		}
		ts.NightHours = float64(r.next()%12) / 2
		for k := 0; k < int(r.next()%4); k++ {
			ts.Expenses = append(ts.Expenses, float64(r.next()%25000)/100)
		}
	}
	return out
}

func validEmployee(e *Employee) bool {
	return employeeIDPattern.MatchString(e.ID) && bankRefPattern.MatchString(e.BankRef)
}
