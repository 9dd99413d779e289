package main

import (
	"math/rand"
	"strconv"
	"strings"
	"time"
)

// Hive is one instrumented colony as recorded in the apiary register.
type Hive struct {
	ID        string
	Apiary    string
	Breed     string
	Installed time.Time
	Supers    int
	TareKg    float64
	LegacyTag string // RFID tag of first-generation scales, upper-case hex
}

var apiaries = []string{
	"Heatherfield", "Lindenhof", "Old Quarry", "Clover Ridge", "Mill Lane",
	"Willow Bend", "Rapeseed North", "Orchard East", "Gorse Common",
}

var breeds = []string{"Carniolan", "Buckfast", "Italian", "Dark European"}

// Registry resolves the hive references that gateways send.
type Registry struct {
	hives    []*Hive
	byID     map[string]*Hive
	byLegacy map[string]*Hive
}

func NewRegistry(n int, seed int64) *Registry {
	rng := rand.New(rand.NewSource(seed))
	r := &Registry{
		hives:    make([]*Hive, 0, n),
		byID:     make(map[string]*Hive, n),
		byLegacy: make(map[string]*Hive, n),
	}
	base := time.Date(2019, time.March, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		h := &Hive{
			ID:        "HV-" + pad(i+1, 5),
			Apiary:    apiaries[i%len(apiaries)],
			Breed:     breeds[rng.Intn(len(breeds))],
			Installed: base.AddDate(0, rng.Intn(50), rng.Intn(28)),
			Supers:    1 + rng.Intn(3),
			TareKg:    18 + rng.Float64()*6,
		}
		// Roughly half of the fleet still runs the old RFID scales.
		if rng.Float64() < 0.5 {
			h.LegacyTag = strings.ToUpper(strconv.FormatUint(0x9A000000+uint64(rng.Int63n(0xFFFFFF)), 16))
			r.byLegacy[h.LegacyTag] = h
		}
		r.hives = append(r.hives, h)
		r.byID[h.ID] = h
	}
	return r
}

func pad(v, width int) string {
	s := strconv.Itoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// Hives returns the register in id order.
func (r *Registry) Hives() []*Hive { return r.hives }

// Resolve finds a hive by its current register id.
func (r *Registry) Resolve(ref string) (*Hive, error) {
	if h, ok := r.byID[ref]; ok {
		return h, nil
	}
	return nil, Errorf(KindNotFound, "hive %q is not in the register", ref)
}

// ResolveLegacy finds a hive by the RFID tag of a first-generation scale.
func (r *Registry) ResolveLegacy(ref string) (*Hive, error) {
	tag := strings.ToUpper(strings.TrimPrefix(ref, "rf:"))
	if h, ok := r.byLegacy[tag]; ok {
		return h, nil
	}
	return nil, Errorf(KindNotFound, "legacy tag %q is not in the register", ref)
}

// Lookup accepts either kind of reference a gateway may send.
func (r *Registry) Lookup(ref string) (*Hive, error) {
	h, err := r.Resolve(ref)
	if err == nil {
		return h, nil
	}
	if IsKind(err, KindNotFound) {
		return r.ResolveLegacy(ref)
	}
	return nil, err
}
