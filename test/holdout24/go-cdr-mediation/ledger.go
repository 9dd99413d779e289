package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

// Account accumulates one subscriber's rated usage for the bill run.
type Account struct {
	MSISDN      string
	Calls       int
	CallSeconds int64
	SMS         int
	DataBytes   int64
	ChargePence int64
	milli       int64
	Bands       map[string]int64
	Cells       map[string]int
}

type Ledger struct {
	accounts map[string]*Account
}

func NewLedger() *Ledger { return &Ledger{accounts: make(map[string]*Account, 8192)} }

func (l *Ledger) Post(msisdn string, rec *UsageRecord, c Charge) {
	a := l.accounts[msisdn]
	if a == nil {
		a = &Account{MSISDN: msisdn, Bands: map[string]int64{}, Cells: map[string]int{}}
		l.accounts[msisdn] = a
	}
	switch rec.Kind {
	case "MOC":
		a.Calls++
		a.CallSeconds += int64(rec.Seconds)
	case "SMS":
		a.SMS++
	case "DATA":
		a.DataBytes += rec.BytesUp + rec.BytesDown
	}
	a.milli += c.MilliPence
	a.ChargePence = (a.milli + 999) / 1000
	a.Bands[c.Band] += c.MilliPence
	a.Cells[rec.CellID]++
}

func (l *Ledger) TotalPence() int64 {
	var t int64
	for _, a := range l.accounts {
		t += a.ChargePence
	}
	return t
}

func (l *Ledger) sorted() []*Account {
	out := make([]*Account, 0, len(l.accounts))
	for _, a := range l.accounts {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].MSISDN < out[j].MSISDN })
	return out
}

func (l *Ledger) TopSpenders(n int) []*Account {
	all := l.sorted()
	sort.SliceStable(all, func(i, j int) bool { return all[i].ChargePence > all[j].ChargePence })
	if len(all) > n {
		all = all[:n]
	}
	return all
}

// FormatPence renders an amount in pence as pounds, e.g. 123456 -> "£1,234.56".
func FormatPence(p int64) string {
	neg := p < 0
	if neg {
		p = -p
	}
	pounds := strconv.FormatInt(p/100, 10)
	var b []byte
	for i, c := range []byte(pounds) {
		if i > 0 && (len(pounds)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	pence := p % 100
	s := "£" + string(b) + "." + string('0'+byte(pence/10)) + string('0'+byte(pence%10))
	if neg {
		s = "-" + s
	}
	return s
}

// WriteBillingSummary writes one line per subscriber with the band split.
func WriteBillingSummary(path string, l *Ledger) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, a := range l.sorted() {
		bands := make([]string, 0, len(a.Bands))
		for name := range a.Bands {
			bands = append(bands, name)
		}
		sort.Strings(bands)
		w.WriteString(a.MSISDN)
		w.WriteString("\tcalls=")
		w.WriteString(strconv.Itoa(a.Calls))
		w.WriteString("\tsecs=")
		w.WriteString(strconv.FormatInt(a.CallSeconds, 10))
		w.WriteString("\tsms=")
		w.WriteString(strconv.Itoa(a.SMS))
		w.WriteString("\tdataMB=")
		w.WriteString(strconv.FormatInt(a.DataBytes>>20, 10))
		w.WriteString("\tcells=")
		w.WriteString(strconv.Itoa(len(a.Cells)))
		w.WriteString("\ttotal=")
		w.WriteString(FormatPence(a.ChargePence))
		for _, name := range bands {
			w.WriteString("\t")
			w.WriteString(name)
			w.WriteString("=")
			w.WriteString(FormatPence((a.Bands[name] + 999) / 1000))
		}
		w.WriteString("\n")
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
