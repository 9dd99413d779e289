package main

import (
	"encoding/json"
	"strings"
)

type Germination struct {
	TrialDate string  `json:"trial_date"`
	Sown      int     `json:"sown"`
	Sprouted  int     `json:"sprouted"`
	TempC     float64 `json:"temp_c"`
}

type Accession struct {
	Code        string        `json:"code"`
	Genus       string        `json:"genus"`
	Species     string        `json:"species"`
	Family      string        `json:"family"`
	Collector   string        `json:"collector"`
	Country     string        `json:"country"`
	Latitude    float64       `json:"latitude"`
	Longitude   float64       `json:"longitude"`
	SeedCount   int           `json:"seed_count"`
	MoisturePct float64       `json:"moisture_pct"`
	Trials      []Germination `json:"trials"`
	Tags        []string      `json:"tags"`
}

type rand64 struct{ s uint64 }

func newRand(seed uint64) *rand64 { return &rand64{s: seed} }

func (r *rand64) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func (r *rand64) intn(n int) int          { return int(r.next() % uint64(n)) }
func (r *rand64) float() float64          { return float64(r.next()%1000000) / 1000000.0 }
func (r *rand64) pick(xs []string) string { return xs[r.intn(len(xs))] }

var genera = []string{"Quercus", "Triticum", "Hordeum", "Pisum", "Allium", "Solanum", "Brassica", "Vicia", "Lathyrus", "Avena"}
var families = map[string]string{
	"Quercus": "Fagaceae", "Triticum": "Poaceae", "Hordeum": "Poaceae", "Pisum": "Fabaceae",
	"Allium": "Amaryllidaceae", "Solanum": "Solanaceae", "Brassica": "Brassicaceae",
	"Vicia": "Fabaceae", "Lathyrus": "Fabaceae", "Avena": "Poaceae",
}
var epithets = []string{"robur", "aestivum", "vulgare", "sativum", "cepa", "tuberosum", "oleracea", "faba", "odoratus", "sativa", "petraea"}
var collectors = []string{"A. Lindqvist", "M. Okafor", "R. Salas", "T. Nguyen", "K. Brandt", "J. Moreau"}
var countries = []string{"NO", "SE", "ET", "PE", "VN", "DE", "FR", "IR", "MX"}
var tagPool = []string{"landrace", "wild-relative", "drought-tolerant", "duplicate-safety", "core-collection", "recalcitrant", "orthodox"}

func generateBatch(r *rand64, batch, n int) []Accession {
	out := make([]Accession, 0, n)
	for i := 0; i < n; i++ {
		g := r.pick(genera)
		a := Accession{
			Genus:       g,
			Species:     r.pick(epithets),
			Family:      families[g],
			Collector:   r.pick(collectors),
			Country:     r.pick(countries),
			Latitude:    r.float()*120 - 60,
			Longitude:   r.float()*340 - 170,
			SeedCount:   200 + r.intn(20000),
			MoisturePct: 3 + r.float()*6,
		}
		a.Code = accessionCode(a.Country, batch, i, r.intn(7) == 0)
		nt := 1 + r.intn(4)
		for t := 0; t < nt; t++ {
			sown := 50 + r.intn(50)
			a.Trials = append(a.Trials, Germination{
				TrialDate: dateString(2015+r.intn(10), 1+r.intn(12), 1+r.intn(28)),
				Sown:      sown,
				Sprouted:  r.intn(sown + 1),
				TempC:     15 + r.float()*10,
			})
		}
		for t := 0; t < 1+r.intn(3); t++ {
			a.Tags = append(a.Tags, r.pick(tagPool))
		}
		out = append(out, a)
	}
	return out
}

func accessionCode(country string, batch, i int, malformed bool) string {
	var sb strings.Builder
	sb.WriteString(country)
	sb.WriteByte('-')
	writePadded(&sb, 2020+batch%6, 4)
	sb.WriteByte('-')
	writePadded(&sb, batch*10000+i, 6)
	if malformed {
		sb.WriteString("x")
	}
	return sb.String()
}

func dateString(y, m, d int) string {
	var sb strings.Builder
	writePadded(&sb, y, 4)
	sb.WriteByte('-')
	writePadded(&sb, m, 2)
	sb.WriteByte('-')
	writePadded(&sb, d, 2)
	return sb.String()
}

func writePadded(sb *strings.Builder, v, width int) {
	var buf [12]byte
	p := len(buf)
	for v > 0 || p == len(buf) {
		p--
		buf[p] = byte('0' + v%10)
		v /= 10
	}
	for len(buf)-p < width {
		p--
		buf[p] = '0'
	}
	sb.Write(buf[p:])
}

// snapshot returns an independent copy of an accession so that the vault's
// history is not affected by later edits to the intake record.
func snapshot(a Accession) Accession {
	raw, err := json.Marshal(a)
	if err != nil {
		return a
	}
	var out Accession
	if err := json.Unmarshal(raw, &out); err != nil {
		return a
	}
	return out
}
