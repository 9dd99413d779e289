package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"sort"
	"strconv"
)

// FXRates converts minor units of a currency to euro cents with rates held
// as micro-units of EUR per unit of currency.
type FXRates struct {
	micros [len(currencies)]int64
}

func NewFXRates() *FXRates {
	return &FXRates{micros: [len(currencies)]int64{1000000, 921400, 1167300, 1062800, 88100, 231600, 134100, 87200}}
}

func (fx *FXRates) ToEUR(cur byte, amount int64) int64 {
	return (amount*fx.micros[cur] + 500000) / 1000000
}

var eeaCountries = func() (t [26 * 26]bool) {
	for _, c := range []string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS",
		"IE", "IT", "LV", "LI", "LT", "LU", "MT", "NL", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE"} {
		t[int(c[0]-'A')*26+int(c[1]-'A')] = true
	}
	return
}()

func isEEA(c [2]byte) bool {
	if c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		return false
	}
	return eeaCountries[int(c[0]-'A')*26+int(c[1]-'A')]
}

// Position is the settlement position of one merchant.
type Position struct {
	Merchant     MerchantID
	MCC          uint16
	Sales        int
	Refunds      int
	SalesEUR     int64
	RefundsEUR   int64
	Interchange  int64
	SchemeFees   int64
	MedianTicket int64
	Chargeable   bool
}

func (p *Position) Net() int64 {
	return p.SalesEUR - p.RefundsEUR - p.Interchange - p.SchemeFees
}

// FileResult is what one clearing file contributes to the settlement.
type FileResult struct {
	Name         string
	Records      int
	Rejected     int
	FlaggedCards int
	Positions    map[MerchantID]*Position
}

var errDigestMismatch = errors.New("trailer digest does not match detail records")

type byCardTime []Txn

func (s byCardTime) Len() int      { return len(s) }
func (s byCardTime) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byCardTime) Less(i, j int) bool {
	a, b := &s[i], &s[j]
	if a.PAN != b.PAN {
		return a.PAN < b.PAN
	}
	if a.Day != b.Day {
		return a.Day < b.Day
	}
	return a.Seconds < b.Seconds
}

type byMerchantAmount []Txn

func (s byMerchantAmount) Len() int      { return len(s) }
func (s byMerchantAmount) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byMerchantAmount) Less(i, j int) bool {
	a, b := &s[i], &s[j]
	if c := bytes.Compare(a.Merchant[:], b.Merchant[:]); c != 0 {
		return c < 0
	}
	return a.Amount < b.Amount
}

// processFile verifies, parses and prices one clearing file.
func processFile(path, name string, table *InterchangeTable, fx *FXRates, logger *Logger) (*FileResult, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	hdrEnd := bytes.IndexByte(data, '\n')
	trlStart := bytes.LastIndex(data[:len(data)-1], []byte("\nTRL"))
	if hdrEnd < 0 || trlStart < hdrEnd {
		return nil, errors.New(name + ": missing header or trailer")
	}
	body := data[hdrEnd+1 : trlStart+1]
	trailer := bytes.Fields(data[trlStart+1:])
	sum := sha256.Sum256(body)
	if len(trailer) != 2 || hex.EncodeToString(sum[:]) != string(trailer[1]) {
		return nil, errDigestMismatch
	}

	res := &FileResult{Name: name, Positions: make(map[MerchantID]*Position, 4096)}
	txns := make([]Txn, 0, len(body)/(recordLen+1))
	for off := 0; off+recordLen <= len(body); off += recordLen + 1 {
		res.Records++
		var t Txn
		if err := parseRecord(body[off:off+recordLen], &t); err != nil {
			res.Rejected++
			if logger.Enabled(LevelDebug) {
				logger.Debugf("%s: record %d rejected: %v", name, res.Records, err)
			}
			continue
		}
		txns = append(txns, t)
	}

	for i := range txns {
		t := &txns[i]
		pos := res.Positions[t.Merchant]
		if pos == nil {
			pos = &Position{Merchant: t.Merchant, MCC: t.MCC}
			res.Positions[t.Merchant] = pos
		}
		eur := fx.ToEUR(t.Currency, t.Amount)
		regional := !isEEA(t.IssuerCtry)
		rule, ok := table.Rule(t, regional)
		if !ok {
			res.Rejected++
			continue
		}
		fee := interchangeFee(rule, eur)
		scheme := (eur*2 + 5000) / 10000
		if regional {
			scheme += 1 + (eur*40+5000)/10000
		}
		if t.Refund {
			pos.Refunds++
			pos.RefundsEUR += eur
			pos.Interchange -= fee
		} else {
			pos.Sales++
			pos.SalesEUR += eur
			pos.Interchange += fee
		}
		pos.SchemeFees += scheme
	}

	res.FlaggedCards = velocityCheck(txns)
	medianTickets(txns, res.Positions)
	return res, nil
}

// velocityCheck counts cards with four or more transactions inside ten minutes.
func velocityCheck(txns []Txn) int {
	sort.Sort(byCardTime(txns))
	flagged := 0
	for i := 0; i < len(txns); {
		j := i
		for j < len(txns) && txns[j].PAN == txns[i].PAN {
			j++
		}
		for k := i; k+3 < j; k++ {
			a, b := &txns[k], &txns[k+3]
			if a.Day == b.Day && b.Seconds-a.Seconds <= 600 {
				flagged++
				break
			}
		}
		i = j
	}
	return flagged
}

// medianTickets sets each merchant's median sale amount and flags merchants
// whose refunds exceed a tenth of their sales.
func medianTickets(txns []Txn, positions map[MerchantID]*Position) {
	sort.Sort(byMerchantAmount(txns))
	for i := 0; i < len(txns); {
		j := i
		sales := 0
		for j < len(txns) && txns[j].Merchant == txns[i].Merchant {
			if !txns[j].Refund {
				sales++
			}
			j++
		}
		pos := positions[txns[i].Merchant]
		if sales > 0 {
			mid, seen := sales/2, 0
			for k := i; k < j; k++ {
				if txns[k].Refund {
					continue
				}
				if seen == mid {
					pos.MedianTicket = txns[k].Amount
					break
				}
				seen++
			}
		}
		pos.Chargeable = pos.Refunds*10 > pos.Sales
		i = j
	}
}

// mergePositions combines per-file positions; merchants acquired in more than
// one region are summed.
func mergePositions(results []*FileResult) []*Position {
	all := make(map[MerchantID]*Position)
	for _, r := range results {
		for id, p := range r.Positions {
			if q, ok := all[id]; ok {
				q.Sales += p.Sales
				q.Refunds += p.Refunds
				q.SalesEUR += p.SalesEUR
				q.RefundsEUR += p.RefundsEUR
				q.Interchange += p.Interchange
				q.SchemeFees += p.SchemeFees
				continue
			}
			all[id] = p
		}
	}
	out := make([]*Position, 0, len(all))
	for _, p := range all {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Merchant[:], out[j].Merchant[:]) < 0 })
	return out
}

// writeSettlement writes one instruction per merchant and a digest trailer.
func writeSettlement(path string, positions []*Position) (string, error) {
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<16)
	h := sha256.New()
	buf := make([]byte, 0, 128)
	for _, p := range positions {
		buf = buf[:0]
		buf = append(buf, "PAY "...)
		buf = append(buf, p.Merchant[:]...)
		buf = append(buf, ' ')
		buf = strconv.AppendUint(buf, uint64(p.MCC), 10)
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(p.Sales), 10)
		buf = append(buf, ' ')
		buf = appendEuro(buf, p.SalesEUR)
		buf = append(buf, ' ')
		buf = appendEuro(buf, p.RefundsEUR)
		buf = append(buf, ' ')
		buf = appendEuro(buf, p.Interchange+p.SchemeFees)
		buf = append(buf, ' ')
		buf = appendEuro(buf, p.Net())
		buf = append(buf, '\n')
		h.Write(buf)
		if _, err := w.Write(buf); err != nil {
			return "", err
		}
	}
	digest := hex.EncodeToString(h.Sum(nil))
	if _, err := w.WriteString("TRL " + digest + "\n"); err != nil {
		return "", err
	}
	return digest, w.Flush()
}

func appendEuro(buf []byte, cents int64) []byte {
	if cents < 0 {
		buf = append(buf, '-')
		cents = -cents
	}
	buf = strconv.AppendInt(buf, cents/100, 10)
	buf = append(buf, '.', byte('0'+cents%100/10), byte('0'+cents%10))
	return buf
}
