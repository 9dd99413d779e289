package main

import (
	"math/rand"
	"strconv"
)

// Account is a retail electricity customer attached to one smart meter.
type Account struct {
	ID          string
	MeterID     string
	Holder      string
	Zone        string
	Plan        string
	Discount    float64 // loyalty / direct-debit discount as a fraction
	Vulnerable  bool    // on the priority services register
	HasSolar    bool    // exports to the grid
	ContractKVA float64 // contracted capacity, used for demand charges
}

// AccountRegistry holds every active account for the billing run.
type AccountRegistry struct {
	accounts []Account
	zones    []string
}

var surnames = []string{"Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski",
	"Silva", "Byrne", "Novak", "Ramos", "Fischer", "Adeyemi", "Costa", "Jensen"}

func newAccountRegistry(n, zones int, seed int64) *AccountRegistry {
	rng := rand.New(rand.NewSource(seed))
	plans := []string{"FLEX-TOU", "GREEN-FIX", "EV-NIGHT", "STANDARD"}
	r := &AccountRegistry{}
	for z := 0; z < zones; z++ {
		r.zones = append(r.zones, "Z"+pad(z+1, 2))
	}
	for i := 0; i < n; i++ {
		acc := Account{
			ID:          "ACC-" + pad(700000+i*7, 7),
			MeterID:     "MTR-" + pad(100000+i*13%899999, 6),
			Holder:      surnames[rng.Intn(len(surnames))],
			Zone:        r.zones[rng.Intn(zones)],
			Plan:        plans[rng.Intn(len(plans))],
			Discount:    float64(rng.Intn(4)) * 0.025,
			Vulnerable:  rng.Float64() < 0.08,
			HasSolar:    rng.Float64() < 0.22,
			ContractKVA: []float64{6, 9, 12, 15}[rng.Intn(4)],
		}
		r.accounts = append(r.accounts, acc)
	}
	// Accounts arrive from the CRM export in migration order, not by meter.
	rng.Shuffle(len(r.accounts), func(i, j int) { r.accounts[i], r.accounts[j] = r.accounts[j], r.accounts[i] })
	return r
}

// ForMeter returns the account currently attached to a meter.
func (r *AccountRegistry) ForMeter(meterID string) (*Account, bool) {
	for i := range r.accounts {
		if r.accounts[i].MeterID == meterID {
			return &r.accounts[i], true
		}
	}
	return nil, false
}

// InZone lists the accounts served by a distribution zone.
func (r *AccountRegistry) InZone(zone string) []*Account {
	var out []*Account
	for i := range r.accounts {
		if r.accounts[i].Zone == zone {
			out = append(out, &r.accounts[i])
		}
	}
	return out
}

func pad(v, width int) string {
	s := strconv.Itoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
