package main

import (
	"math/rand"
	"strconv"
	"time"
)

var categories = []string{"paintings", "prints", "silver", "ceramics", "clocks", "jewellery", "furniture", "books", "watches", "sculpture"}
var titleNouns = []string{"Still Life", "Portrait", "Tea Service", "Vase", "Bracket Clock", "Brooch", "Bureau", "Atlas", "Chronograph", "Bronze Figure", "Landscape", "Tureen"}
var channels = []string{"room", "online", "online", "phone", "absentee"}

var sessionEpoch = time.Date(2023, 5, 14, 10, 0, 0, 0, time.UTC)

func generateCatalogue(session string, n int, seed int64) []*Lot {
	rng := rand.New(rand.NewSource(seed))
	lots := make([]*Lot, 0, n)
	for i := 1; i <= n; i++ {
		cat := categories[rng.Intn(len(categories))]
		low := int64(rng.Intn(40)+1) * 25000 * int64(1+rng.Intn(6))
		lots = append(lots, &Lot{
			Number:      i,
			Title:       titleNouns[rng.Intn(len(titleNouns))] + ", " + strconv.Itoa(1700+rng.Intn(300)),
			Category:    cat,
			Reserve:     low * 8 / 10,
			LowEstimate: low,
			HighEst:     low * 3 / 2,
			SellerRate:  0.10 + float64(rng.Intn(6))*0.01,
			Weight:      0.2 + rng.Float64()*30,
			Year:        1700 + rng.Intn(300),
		})
	}
	return lots
}

// generateBidLog produces the raw bid log for a session as written by the
// clerking system: one whitespace-separated record per line.
func generateBidLog(lots []*Lot, reg *BidderRegistry, n int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	all := reg.All()
	out := make([]string, 0, n)
	perLot := n / len(lots)
	at := sessionEpoch
	buf := make([]byte, 0, 96)
	for _, lot := range lots {
		price := lot.LowEstimate / 2
		for k := 0; k < perLot; k++ {
			at = at.Add(time.Duration(400+rng.Intn(2500)) * time.Millisecond)
			price += bidIncrement(price) * int64(1+rng.Intn(2))
			paddle := all[rng.Intn(len(all))].Paddle
			if rng.Intn(200) == 0 {
				paddle = "PADDLE-" + strconv.Itoa(rng.Intn(90)) // mistyped by the clerk
			}
			kind := "BID"
			if rng.Intn(60) == 0 {
				kind = "RETRACT"
			}
			buf = buf[:0]
			buf = at.AppendFormat(buf, time.RFC3339)
			buf = append(buf, " LOT-"...)
			buf = appendPadded(buf, lot.Number, 5)
			buf = append(buf, ' ')
			buf = append(buf, paddle...)
			buf = append(buf, ' ')
			buf = append(buf, kind...)
			buf = append(buf, ' ')
			buf = strconv.AppendInt(buf, price/100, 10)
			buf = append(buf, '.')
			buf = appendPadded(buf, int(price%100), 2)
			buf = append(buf, " GBP "...)
			buf = append(buf, channels[rng.Intn(len(channels))]...)
			out = append(out, string(buf))
		}
	}
	return out
}

func appendPadded(buf []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		buf = append(buf, '0')
	}
	return append(buf, s...)
}

// bidIncrement is the standard auctioneer's increment table.
func bidIncrement(current int64) int64 {
	switch {
	case current < 10000:
		return 500
	case current < 50000:
		return 2000
	case current < 100000:
		return 5000
	case current < 500000:
		return 10000
	case current < 1000000:
		return 50000
	default:
		return 100000
	}
}

// generateHistory fabricates past sale records used by the valuation model.
func generateHistory(n int, seed int64) []PastSale {
	rng := rand.New(rand.NewSource(seed))
	out := make([]PastSale, n)
	for i := range out {
		year := 1700 + rng.Intn(300)
		w := 0.2 + rng.Float64()*30
		base := float64(rng.Intn(40)+1) * 25000
		age := float64(2023-year) / 100
		out[i] = PastSale{
			Category: categories[rng.Intn(len(categories))],
			Year:     year,
			Weight:   w,
			Price:    int64(base * (1 + age*0.3) * (1 + w/60)),
		}
	}
	return out
}
