package main

import "errors"

// Clearing file layout: fixed-width detail records of recordLen bytes plus a
// newline, framed by a header and a trailer that carries the SHA-256 of the
// detail section.
const recordLen = 96

const (
	offType     = 0  // "TX"
	offPAN      = 2  // 16 digits
	offMerchant = 18 // 12 chars
	offMCC      = 30 // 4 digits
	offProduct  = 34 // C consumer, D debit, P premium, B business
	offEntry    = 35 // C chip, T contactless, S swipe, E e-commerce
	offCurrency = 36 // ISO 4217 alpha
	offAmount   = 39 // 12 digits, minor units
	offDate     = 51 // YYYYMMDD
	offTime     = 59 // HHMMSS
	offCountry  = 65 // ISO 3166 alpha-2 of the card issuer
	offRef      = 67 // 12 chars acquirer reference
	offTxType   = 79 // S sale, R refund
	offBatch    = 80 // 8 digits
)

type MerchantID [12]byte

// Txn is a parsed clearing record.
type Txn struct {
	PAN        uint64
	Merchant   MerchantID
	MCC        uint16
	Product    byte
	Entry      byte
	Currency   byte // index into currencies
	Amount     int64
	Day        int32 // days since 2024-01-01
	Seconds    int32
	IssuerCtry [2]byte
	Refund     bool
	Batch      uint32
}

var (
	errShortRecord = errors.New("short record")
	errBadDigits   = errors.New("non-numeric field")
	errBadCurrency = errors.New("unknown currency")
	errBadCheck    = errors.New("card number fails check digit")
)

var currencies = [...]string{"EUR", "USD", "GBP", "CHF", "SEK", "PLN", "DKK", "NOK"}

func currencyIndex(b []byte) (byte, bool) {
	for i, c := range currencies {
		if b[0] == c[0] && b[1] == c[1] && b[2] == c[2] {
			return byte(i), true
		}
	}
	return 0, false
}

func parseDigits(b []byte) (int64, bool) {
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// luhnValid checks the card number's check digit.
func luhnValid(pan []byte) bool {
	sum := 0
	double := false
	for i := len(pan) - 1; i >= 0; i-- {
		d := int(pan[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

var cumulativeDays = [13]int32{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}

// parseRecord decodes one detail record into t.
func parseRecord(rec []byte, t *Txn) error {
	if len(rec) < recordLen {
		return errShortRecord
	}
	pan := rec[offPAN : offPAN+16]
	p, ok := parseDigits(pan)
	if !ok {
		return errBadDigits
	}
	if !luhnValid(pan) {
		return errBadCheck
	}
	t.PAN = uint64(p)
	copy(t.Merchant[:], rec[offMerchant:offMerchant+12])
	mcc, ok := parseDigits(rec[offMCC : offMCC+4])
	if !ok {
		return errBadDigits
	}
	t.MCC = uint16(mcc)
	t.Product = rec[offProduct]
	t.Entry = rec[offEntry]
	cur, ok := currencyIndex(rec[offCurrency : offCurrency+3])
	if !ok {
		return errBadCurrency
	}
	t.Currency = cur
	if t.Amount, ok = parseDigits(rec[offAmount : offAmount+12]); !ok {
		return errBadDigits
	}
	month, ok1 := parseDigits(rec[offDate+4 : offDate+6])
	day, ok2 := parseDigits(rec[offDate+6 : offDate+8])
	hms, ok3 := parseDigits(rec[offTime : offTime+6])
	if !ok1 || !ok2 || !ok3 || month < 1 || month > 12 {
		return errBadDigits
	}
	t.Day = cumulativeDays[month-1] + int32(day) - 1
	t.Seconds = int32(hms/10000*3600 + hms/100%100*60 + hms%100)
	copy(t.IssuerCtry[:], rec[offCountry:offCountry+2])
	t.Refund = rec[offTxType] == 'R'
	batch, ok := parseDigits(rec[offBatch : offBatch+8])
	if !ok {
		return errBadDigits
	}
	t.Batch = uint32(batch)
	return nil
}
