package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"os"
	"strconv"
)

var merchantMCCs = []uint16{5411, 5411, 5499, 5541, 5812, 5814, 5311, 5651, 5732, 5912, 5999, 4111, 4121, 3501, 7011, 8011, 8062, 5942, 5200, 5722}

var issuerCountries = []string{"DE", "FR", "NL", "BE", "ES", "IT", "AT", "PL", "SE", "DK", "IE", "FI", "PT", "US", "GB", "CH", "CA", "JP", "AU", "NO"}

type acquirerFile struct {
	Name      string
	Path      string
	Merchants int
	Cards     int
	Records   int
}

// putDigits writes n as zero-padded decimal into dst.
func putDigits(dst []byte, n int64) {
	for i := len(dst) - 1; i >= 0; i-- {
		dst[i] = byte('0' + n%10)
		n /= 10
	}
}

func newPAN(rng *rand.Rand, bin string) [16]byte {
	var pan [16]byte
	copy(pan[:], bin)
	for i := len(bin); i < 15; i++ {
		pan[i] = byte('0' + rng.Intn(10))
	}
	// choose the check digit that satisfies Luhn
	for d := byte('0'); d <= '9'; d++ {
		pan[15] = d
		if luhnValid(pan[:]) {
			break
		}
	}
	return pan
}

// writeClearingFile generates a deterministic acquirer clearing file.
func writeClearingFile(f acquirerFile, seed int64) error {
	rng := rand.New(rand.NewSource(seed))
	bins := []string{"4111", "4532", "5105", "5425", "2221", "4000"}
	cards := make([][16]byte, f.Cards)
	cardCountry := make([]string, f.Cards)
	for i := range cards {
		cards[i] = newPAN(rng, bins[rng.Intn(len(bins))])
		if rng.Float64() < 0.85 {
			cardCountry[i] = issuerCountries[rng.Intn(13)]
		} else {
			cardCountry[i] = issuerCountries[13+rng.Intn(len(issuerCountries)-13)]
		}
	}
	type merchant struct {
		id       [12]byte
		mcc      uint16
		currency string
		ticket   float64
	}
	merchants := make([]merchant, f.Merchants)
	for i := range merchants {
		var m merchant
		copy(m.id[:], f.Name[:2])
		putDigits(m.id[2:], int64(rng.Intn(1e9)))
		m.mcc = merchantMCCs[rng.Intn(len(merchantMCCs))]
		m.currency = currencies[0]
		if rng.Float64() < 0.3 {
			m.currency = currencies[1+rng.Intn(len(currencies)-1)]
		}
		m.ticket = 5 + rng.ExpFloat64()*60
		merchants[i] = m
	}

	out, err := os.Create(f.Path)
	if err != nil {
		return err
	}
	defer out.Close()
	w := bufio.NewWriterSize(out, 1<<20)
	header := []byte("HDR" + f.Name + " CLEARING 20240131\n")
	if _, err := w.Write(header); err != nil {
		return err
	}
	digest := sha256.New()
	rec := make([]byte, recordLen+1)
	products := []byte("CCCDDDPB")
	entries := []byte("CCTTTSEE")
	var lastCard int
	var lastDay, lastHMS int64
	for n := 0; n < f.Records; n++ {
		for i := range rec {
			rec[i] = ' '
		}
		rec[recordLen] = '\n'
		m := &merchants[int(float64(len(merchants))*rng.Float64()*rng.Float64())]
		ci := rng.Intn(len(cards))
		day, hms := int64(1+rng.Intn(31)), int64(rng.Intn(24)*10000+rng.Intn(60)*100+rng.Intn(60))
		if n > 0 && rng.Float64() < 0.02 {
			// card used again moments after the previous transaction
			ci, day, hms = lastCard, lastDay, lastHMS
			if hms%10000 < 5800 {
				hms += 100
			}
		}
		lastCard, lastDay, lastHMS = ci, day, hms
		copy(rec[offType:], "TX")
		copy(rec[offPAN:], cards[ci][:])
		if rng.Intn(5000) == 0 {
			rec[offPAN+15] = '0' + (rec[offPAN+15]-'0'+1)%10 // keying error upstream
		}
		copy(rec[offMerchant:], m.id[:])
		putDigits(rec[offMCC:offMCC+4], int64(m.mcc))
		rec[offProduct] = products[rng.Intn(len(products))]
		rec[offEntry] = entries[rng.Intn(len(entries))]
		copy(rec[offCurrency:], m.currency)
		amount := int64(m.ticket*(0.2+rng.ExpFloat64())*100) + 1
		putDigits(rec[offAmount:offAmount+12], amount)
		copy(rec[offDate:], "202401")
		putDigits(rec[offDate+6:offDate+8], day)
		putDigits(rec[offTime:offTime+6], hms)
		copy(rec[offCountry:], cardCountry[ci])
		putDigits(rec[offRef:offRef+12], int64(n)+100000000000)
		rec[offTxType] = 'S'
		if rng.Float64() < 0.04 {
			rec[offTxType] = 'R'
		}
		putDigits(rec[offBatch:offBatch+8], int64(n/2000))
		digest.Write(rec)
		if _, err := w.Write(rec); err != nil {
			return err
		}
	}
	trailer := "TRL" + strconv.Itoa(f.Records) + " " + hex.EncodeToString(digest.Sum(nil)) + "\n"
	if _, err := w.WriteString(trailer); err != nil {
		return err
	}
	return w.Flush()
}
