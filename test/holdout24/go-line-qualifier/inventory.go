package main

import (
	"math/rand"
	"strconv"
)

// Line is one copper pair from a street cabinet to a premises.
type Line struct {
	AddressKey  string
	Exchange    string
	Cabinet     string
	LoopMetres  float64
	Gauge       float64 // conductor diameter in mm
	BridgedTapM float64
	Binder      int // pairs sharing the binder, drives crosstalk
	FibreToDP   bool
}

// Inventory is the read-only copy of the access network records loaded at
// start-up.
type Inventory struct {
	lines map[string]*Line
	keys  []string
}

func (inv *Inventory) Lookup(key string) (*Line, bool) {
	l, ok := inv.lines[key]
	return l, ok
}

// BuildInventory creates a deterministic plant of n lines spread across
// exchanges and cabinets.
func BuildInventory(seed int64, n int) *Inventory {
	rng := rand.New(rand.NewSource(seed))
	inv := &Inventory{lines: make(map[string]*Line, n), keys: make([]string, 0, n)}
	exchanges := []string{"LDWIM", "LDCHI", "MRDID", "BMHAR", "STLEE", "NIBEL", "WWCAR", "ESEDI"}
	gauges := []float64{0.4, 0.5, 0.5, 0.5, 0.63, 0.9}
	for i := 0; i < n; i++ {
		ex := exchanges[rng.Intn(len(exchanges))]
		cab := ex + "-P" + strconv.Itoa(1+rng.Intn(180))
		key := "UPRN" + strconv.FormatInt(10000000000+rng.Int63n(89999999999), 10)
		l := &Line{
			AddressKey: key,
			Exchange:   ex,
			Cabinet:    cab,
			LoopMetres: 80 + rng.ExpFloat64()*420,
			Gauge:      gauges[rng.Intn(len(gauges))],
			Binder:     10 + rng.Intn(90),
			FibreToDP:  rng.Intn(12) == 0,
		}
		if rng.Intn(7) == 0 {
			l.BridgedTapM = 5 + rng.Float64()*60
		}
		inv.lines[key] = l
		inv.keys = append(inv.keys, key)
	}
	return inv
}
