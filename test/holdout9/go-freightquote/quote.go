package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

type Address struct {
	Country string
	Postal  string
}

type Parcel struct {
	LengthCm, WidthCm, HeightCm float64
}

type QuoteRequest struct {
	ID         int
	Origin     Address
	Dest       Address
	WeightKg   float64
	Parcels    []Parcel
	Service    string
	Surcharges []string
	Reference  string
}

type QuoteResult struct {
	RequestID int
	Lane      string
	Service   string
	Billable  float64
	Total     float64
	Err       error
}

type QuoteService struct {
	card *RateCard
}

func NewQuoteService(card *RateCard) *QuoteService { return &QuoteService{card: card} }

func zoneOf(a Address) int {
	h := 0
	for _, ch := range a.Country + a.Postal[:2] {
		h = h*31 + int(ch)
	}
	if h < 0 {
		h = -h
	}
	return h%5 + 1
}

func (s *QuoteService) Quote(r QuoteRequest) QuoteResult {
	if err := validateRequest(r); err != nil {
		return QuoteResult{RequestID: r.ID, Err: err}
	}
	card := cloneForRequest(s.card)
	if r.Service == "economy" && r.WeightKg > 500 {
		card.FuelPercent -= 2.0 // bulk economy fuel discount
	}

	var dimWeight float64
	for _, p := range r.Parcels {
		dimWeight += p.LengthCm * p.WidthCm * p.HeightCm / card.DimDivisor
	}
	billable := math.Max(r.WeightKg, dimWeight)

	zr := card.zone(zoneOf(r.Origin), zoneOf(r.Dest))
	tier := sort.SearchFloat64s(zr.WeightTier, billable)
	base := billable * zr.BasePerKg * zr.TierFactor[tier]
	if base < zr.MinCharge {
		base = zr.MinCharge
	}
	base *= card.ServiceMult[r.Service]

	total := base * (1 + card.FuelPercent/100)
	for _, code := range r.Surcharges {
		if sc := card.surcharge(code); sc != nil {
			total += base*sc.Percent/100 + sc.Flat
		}
	}
	total = math.Round(total*100) / 100
	lane := r.Origin.Country + r.Origin.Postal[:1] + ">" + r.Dest.Country + r.Dest.Postal[:1] + "/" + r.Service
	return QuoteResult{RequestID: r.ID, Lane: lane, Service: r.Service, Billable: billable, Total: total}
}

// ---- manifest book: per-lane aggregation of accepted quotes ----

type LaneStats struct {
	Lane    string
	Count   int
	Revenue float64
	Weight  float64
}

type ManifestBook struct {
	lanes []LaneStats
}

func NewManifestBook() *ManifestBook { return &ManifestBook{} }

func (b *ManifestBook) findLane(lane string) int {
	for i := range b.lanes {
		if b.lanes[i].Lane == lane {
			return i
		}
	}
	return -1
}

func (b *ManifestBook) Add(res QuoteResult) {
	idx := b.findLane(res.Lane)
	if idx < 0 {
		b.lanes = append(b.lanes, LaneStats{Lane: res.Lane})
		idx = len(b.lanes) - 1
	}
	st := &b.lanes[idx]
	st.Count++
	st.Revenue += res.Total
	st.Weight += res.Billable
}

func (b *ManifestBook) LaneCount() int { return len(b.lanes) }

func (b *ManifestBook) TopLanes(n int) []string {
	sorted := append([]LaneStats(nil), b.lanes...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Revenue > sorted[j].Revenue })
	var out []string
	for i := 0; i < n && i < len(sorted); i++ {
		st := sorted[i]
		out = append(out, fmt.Sprintf("%-12s shipments=%4d revenue=%10.2f kg=%9.1f", st.Lane, st.Count, st.Revenue, st.Weight))
	}
	return out
}

// ---- load generator ----

type LoadGenerator struct {
	rng *rand.Rand
}

func NewLoadGenerator(seed int64) *LoadGenerator { return &LoadGenerator{rng: rand.New(rand.NewSource(seed))} }

var countries = []string{"DE", "NL", "GB", "FR", "PL", "SE"}
var services = []string{"economy", "standard", "standard", "express", "overnight"}
var surchargeCodes = []string{"RES", "LIFT", "HAZ", "REMOTE", "SAT", "SIGN", "INS", "OVERSIZE"}

func (g *LoadGenerator) postal(country string) string {
	r := g.rng
	switch country {
	case "DE":
		return fmt.Sprintf("%05d", r.Intn(99999)+1)
	case "NL":
		return fmt.Sprintf("%04d %c%c", 1000+r.Intn(9000), 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)))
	case "GB":
		return fmt.Sprintf("%c%c%d %d%c%c", 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)), r.Intn(10), r.Intn(10), 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)))
	case "FR":
		return fmt.Sprintf("%02d%03d", 1+r.Intn(95), r.Intn(1000))
	case "PL":
		return fmt.Sprintf("%02d-%03d", r.Intn(100), r.Intn(1000))
	default:
		return fmt.Sprintf("%03d %02d", 100+r.Intn(900), r.Intn(100))
	}
}

func (g *LoadGenerator) Next() QuoteRequest {
	r := g.rng
	oc := countries[r.Intn(len(countries))]
	dc := countries[r.Intn(len(countries))]
	req := QuoteRequest{
		ID:       r.Int(),
		Origin:   Address{oc, g.postal(oc)},
		Dest:     Address{dc, g.postal(dc)},
		WeightKg: math.Round(r.ExpFloat64()*40*10)/10 + 0.2,
		Service:  services[r.Intn(len(services))],
	}
	req.Reference = fmt.Sprintf("%c%c%c-%06d", 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)), r.Intn(1000000))
	if r.Intn(3) == 0 {
		req.Reference += fmt.Sprintf("-%02d", r.Intn(100))
	}
	if r.Intn(50) == 0 {
		req.Origin.Postal = strings.ToLower(req.Origin.Postal) + "x"
	}
	for i := 0; i < 1+r.Intn(4); i++ {
		req.Parcels = append(req.Parcels, Parcel{10 + r.Float64()*110, 10 + r.Float64()*80, 5 + r.Float64()*60})
	}
	for i := 0; i < r.Intn(3); i++ {
		req.Surcharges = append(req.Surcharges, surchargeCodes[r.Intn(len(surchargeCodes))])
	}
	return req
}
