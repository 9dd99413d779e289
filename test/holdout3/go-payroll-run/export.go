package main

import (
	"bytes"
	"sort"
	"strconv"
)

// renderExport writes the bank transfer file: fixed-column lines,
// amounts in cents, with a trailer carrying count and control total.
func renderExport(period int, slips []Payslip) []byte {
	var buf bytes.Buffer
	buf.Grow(len(slips) * 96)
	buf.WriteString("HDR|PAYRUN|")
	buf.WriteString(strconv.Itoa(period))
	buf.WriteByte('\n')
	var num [32]byte
	var control int64
	count := 0
	for i := range slips {
		s := &slips[i]
		if !s.Valid {
			continue
		}
		cents := int64(s.Net*100 + 0.5)
		control += cents
		count++
		buf.WriteString("PAY|")
		buf.WriteString(s.Employee.ID)
		buf.WriteByte('|')
		buf.WriteString(s.Employee.BankRef)
		buf.WriteByte('|')
		buf.Write(strconv.AppendInt(num[:0], cents, 10))
		buf.WriteByte('|')
		buf.Write(strconv.AppendFloat(num[:0], s.Gross, 'f', 2, 64))
		buf.WriteByte('|')
		buf.Write(strconv.AppendFloat(num[:0], s.FederalTax+s.StateTax, 'f', 2, 64))
		buf.WriteByte('|')
		buf.WriteString(s.Employee.Department)
		buf.WriteByte('\n')
	}
	buf.WriteString("TRL|")
	buf.WriteString(strconv.Itoa(count))
	buf.WriteByte('|')
	buf.WriteString(strconv.FormatInt(control, 10))
	buf.WriteByte('\n')
	return buf.Bytes()
}

type deptTotal struct {
	name  string
	gross float64
	net   float64
	heads int
}

type ledger struct {
	gross, net float64
	rejected   int
	byDept     map[string]*deptTotal
	history    map[string][]float64
}

func newLedger() *ledger {
	return &ledger{byDept: make(map[string]*deptTotal), history: make(map[string][]float64)}
}

func (l *ledger) post(period int, slips []Payslip) {
	for i := range slips {
		s := &slips[i]
		if !s.Valid {
			l.rejected++
			continue
		}
		l.gross += s.Gross
		l.net += s.Net
		d, ok := l.byDept[s.Employee.Department]
		if !ok {
			d = &deptTotal{name: s.Employee.Department}
			l.byDept[d.name] = d
		}
		d.gross += s.Gross
		d.net += s.Net
		d.heads++
		h, ok := l.history[s.Employee.ID]
		if !ok {
			h = make([]float64, 0, 26)
		}
		l.history[s.Employee.ID] = append(h, s.Net)
	}
	if period%13 == 0 {
		l.varianceReview()
	}
}

// varianceReview flags employees whose latest net pay deviates strongly
// from their own median.
func (l *ledger) varianceReview() int {
	flagged := 0
	scratch := make([]float64, 0, 32)
	for _, h := range l.history {
		if len(h) < 4 {
			continue
		}
		scratch = append(scratch[:0], h...)
		sort.Float64s(scratch)
		med := scratch[len(scratch)/2]
		last := h[len(h)-1]
		if med > 0 && (last/med > 1.6 || last/med < 0.5) {
			flagged++
		}
	}
	return flagged
}

func (l *ledger) topDepartments(n int) []deptTotal {
	out := make([]deptTotal, 0, len(l.byDept))
	for _, d := range l.byDept {
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].gross > out[j].gross })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
