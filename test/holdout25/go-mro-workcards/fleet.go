package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"sort"
	"strconv"
	"sync"
)

// Limit is one life limit of a component: flight hours (FH), flight
// cycles (FC) or calendar days (CAL) since installation.
type Limit struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
}

// ComponentEvent is one entry of a component's back-to-birth record.
type ComponentEvent struct {
	Day    int     `json:"day"`
	Action string  `json:"action"`
	TaskID string  `json:"taskId"`
	Hours  float64 `json:"hours"`
	Cycles int     `json:"cycles"`
}

// Component is a serialised, tracked part installed at a position.
type Component struct {
	ATA          string           `json:"ata"`
	Description  string           `json:"description"`
	Position     string           `json:"position"`
	PartNumber   string           `json:"partNumber"`
	Serial       string           `json:"serial"`
	HoursSince   float64          `json:"hoursSinceInstall"`
	CyclesSince  int              `json:"cyclesSinceInstall"`
	DaysSince    int              `json:"daysSinceInstall"`
	Limits       []Limit          `json:"limits"`
	History      []ComponentEvent `json:"history"`
	Deferred     bool             `json:"deferred"`
	LastTaskCard string           `json:"lastTaskCard"`
}

// Aircraft holds the configuration and utilisation of one airframe.
type Aircraft struct {
	Tail        string      `json:"tail"`
	Type        string      `json:"type"`
	Hours       float64     `json:"hours"`
	Cycles      int         `json:"cycles"`
	Day         int         `json:"day"`
	DailyHours  float64     `json:"dailyHours"`
	DailyCycles float64     `json:"dailyCycles"`
	Components  []Component `json:"components"`
	Revision    int         `json:"revision"`
}

// Fleet is the in-memory configuration store shared by all request handlers.
type Fleet struct {
	mu       sync.RWMutex
	aircraft map[string]*Aircraft
	tails    []string
	// overrides holds tighter limits from airworthiness directives and
	// service bulletins, keyed by type, part number and limit kind.
	overrides map[string]float64
	// programme is the planned flying per tail and day number, as
	// published by network planning, keyed "tail|day".
	programme map[string]DayPlan
}

// DayPlan is the planned utilisation of one aircraft on one day.
type DayPlan struct {
	Hours  float64
	Cycles float64
}

type catalogueItem struct {
	ata, description string
	positions        []string
	partNumber       func(r *rand.Rand) string
	serial           func(r *rand.Rand) string
	limits           []Limit
}

var catalogue = []catalogueItem{
	{"21", "Pack flow control valve", []string{"L", "R"},
		func(r *rand.Rand) string { return fmt.Sprintf("3290%03d-%d", r.Intn(1000), 1+r.Intn(9)) },
		func(r *rand.Rand) string { return fmt.Sprintf("%05d", r.Intn(100000)) },
		[]Limit{{"FH", 18000}}},
	{"26", "Engine fire extinguisher bottle", []string{"1", "2"},
		func(r *rand.Rand) string { return fmt.Sprintf("309%05d", r.Intn(100000)) },
		func(r *rand.Rand) string {
			return fmt.Sprintf("%05d%c%c", r.Intn(100000), 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)))
		},
		[]Limit{{"CAL", 3650}}},
	{"27", "Flight control actuator", []string{"AIL-L", "AIL-R", "ELEV-L", "ELEV-R", "RUD-U", "RUD-L", "SPL-1", "SPL-2", "SPL-3", "SPL-4", "SPL-5", "SPL-6"},
		func(r *rand.Rand) string {
			return fmt.Sprintf("1%02dA%04d-%d", r.Intn(100), r.Intn(10000), 1+r.Intn(20))
		},
		func(r *rand.Rand) string { return fmt.Sprintf("FC%06d", r.Intn(1000000)) },
		[]Limit{{"FH", 24000}, {"FC", 30000}}},
	{"29", "Engine driven hydraulic pump", []string{"ENG1", "ENG2"},
		func(r *rand.Rand) string { return fmt.Sprintf("660%02d-%03d", r.Intn(100), r.Intn(1000)) },
		func(r *rand.Rand) string { return fmt.Sprintf("H%c%04d", 'A'+rune(r.Intn(26)), r.Intn(10000)) },
		[]Limit{{"FH", 15000}}},
	{"32", "Main landing gear shock strut", []string{"MLG-L", "MLG-R", "NLG"},
		func(r *rand.Rand) string { return fmt.Sprintf("D2%04d000-%d", r.Intn(10000), 1+r.Intn(12)) },
		func(r *rand.Rand) string { return fmt.Sprintf("MAL%05d", r.Intn(100000)) },
		[]Limit{{"FC", 20000}, {"CAL", 3650}}},
	{"32", "Wheel and tyre assembly", []string{"MLG-1", "MLG-2", "MLG-3", "MLG-4", "NLG-1", "NLG-2"},
		func(r *rand.Rand) string { return fmt.Sprintf("D2%04d000-%d", r.Intn(10000), 1+r.Intn(12)) },
		func(r *rand.Rand) string { return fmt.Sprintf("MAL%05d", r.Intn(100000)) },
		[]Limit{{"FC", 320}}},
	{"34", "Air data inertial reference unit", []string{"1", "2", "3"},
		func(r *rand.Rand) string {
			return fmt.Sprintf("HG%04d%c%c%02d", r.Intn(10000), 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)), r.Intn(100))
		},
		func(r *rand.Rand) string { return fmt.Sprintf("%07d", r.Intn(10000000)) },
		[]Limit{{"FH", 40000}}},
	{"49", "APU starter generator", []string{"APU"},
		func(r *rand.Rand) string { return fmt.Sprintf("38%05d-%d", r.Intn(100000), r.Intn(10)) },
		func(r *rand.Rand) string { return fmt.Sprintf("P%05d", r.Intn(100000)) },
		[]Limit{{"FH", 6000}}},
	{"52", "Passenger door actuator", []string{"1L", "1R", "2L", "2R"},
		func(r *rand.Rand) string { return fmt.Sprintf("D52%05d-%d", r.Intn(100000), 1+r.Intn(9)) },
		func(r *rand.Rand) string { return fmt.Sprintf("DA%05d", r.Intn(100000)) },
		[]Limit{{"FC", 40000}}},
	{"72", "Fan disk", []string{"ENG1", "ENG2"},
		func(r *rand.Rand) string {
			return fmt.Sprintf("%04dM%02dP%02d", r.Intn(10000), r.Intn(100), r.Intn(100))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("G%c%c%05d", 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)), r.Intn(100000))
		},
		[]Limit{{"FC", 30000}}},
	{"72", "HPT stage 1 disk", []string{"ENG1", "ENG2"},
		func(r *rand.Rand) string {
			return fmt.Sprintf("%04dM%02dP%02d", r.Intn(10000), r.Intn(100), r.Intn(100))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("G%c%c%05d", 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)), r.Intn(100000))
		},
		[]Limit{{"FC", 20000}}},
	{"72", "LPT stage 1 blade set", []string{"ENG1", "ENG2"},
		func(r *rand.Rand) string {
			return fmt.Sprintf("%04dM%02dP%02d", r.Intn(10000), r.Intn(100), r.Intn(100))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("G%c%c%05d", 'A'+rune(r.Intn(26)), 'A'+rune(r.Intn(26)), r.Intn(100000))
		},
		[]Limit{{"FC", 25000}, {"FH", 45000}}},
}

// NewFleet builds a deterministic fleet with a few years of history.
func NewFleet(seed int64, n int) *Fleet {
	r := rand.New(rand.NewSource(seed))
	f := &Fleet{aircraft: make(map[string]*Aircraft), overrides: make(map[string]float64), programme: make(map[string]DayPlan)}
	types := []string{"A320-214", "A321-231", "B737-800"}
	for i := 0; i < n; i++ {
		tail := fmt.Sprintf("G-E%c%c%c", 'A'+rune(i/26%26), 'A'+rune(i%26), 'K'+rune(i%7))
		a := &Aircraft{
			Tail:        tail,
			Type:        types[i%len(types)],
			Hours:       20000 + r.Float64()*30000,
			Cycles:      12000 + r.Intn(20000),
			Day:         1000 + r.Intn(2000),
			DailyHours:  8 + r.Float64()*6,
			DailyCycles: 3 + r.Float64()*5,
		}
		// Cabin and structure items are tracked by zone as well, so most
		// catalogue entries repeat over several zones.
		for zone := 0; zone < 1; zone++ {
			for _, item := range catalogue {
				for _, pos := range item.positions {
					c := Component{
						ATA:         item.ata,
						Description: item.description,
						Position:    fmt.Sprintf("Z%d-%s", zone+1, pos),
						PartNumber:  item.partNumber(r),
						Serial:      item.serial(r),
						HoursSince:  r.Float64() * 8000,
						CyclesSince: r.Intn(6000),
						DaysSince:   r.Intn(1500),
						Limits:      append([]Limit(nil), item.limits...),
					}
					for h := 0; h < 2+r.Intn(3); h++ {
						c.History = append(c.History, ComponentEvent{
							Day:    a.Day - r.Intn(1500),
							Action: []string{"INSTALLED", "INSPECTED", "REPAIRED", "LUBRICATED"}[r.Intn(4)],
							TaskID: fmt.Sprintf("%s-%03d-%02d", item.ata, r.Intn(1000), r.Intn(100)),
							Hours:  a.Hours - r.Float64()*10000,
							Cycles: a.Cycles - r.Intn(5000),
						})
					}
					a.Components = append(a.Components, c)
					if r.Intn(9) == 0 {
						for _, l := range item.limits {
							f.overrides[a.Type+"/"+c.PartNumber+"/"+l.Kind] = l.Value * (0.6 + 0.3*r.Float64())
						}
					}
				}
			}
		}
		for d := 0; d < 720; d++ {
			if r.Intn(12) == 0 {
				continue // maintenance ground day or unplanned
			}
			k := 0.6 + 0.8*r.Float64()
			f.programme[tail+"|"+strconv.Itoa(a.Day+d)] = DayPlan{Hours: a.DailyHours * k, Cycles: a.DailyCycles * k}
		}
		f.aircraft[tail] = a
		f.tails = append(f.tails, tail)
	}
	sort.Strings(f.tails)
	return f
}

// Tails lists the registrations in the fleet.
func (f *Fleet) Tails() []string { return append([]string(nil), f.tails...) }

// Snapshot returns a private copy of an aircraft's configuration that a
// request may modify before committing it.
func (f *Fleet) Snapshot(tail string) (*Aircraft, error) {
	f.mu.RLock()
	a, ok := f.aircraft[tail]
	if !ok {
		f.mu.RUnlock()
		return nil, fmt.Errorf("unknown tail %s", tail)
	}
	f.mu.RUnlock()
	raw, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	var cp Aircraft
	if err := json.Unmarshal(raw, &cp); err != nil {
		return nil, err
	}
	return &cp, nil
}

// Current returns the committed configuration of an aircraft. Committed
// configurations are never modified, so callers may read it freely.
func (f *Fleet) Current(tail string) (*Aircraft, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	a, ok := f.aircraft[tail]
	return a, ok
}

// Commit stores a modified configuration if nobody else committed first.
func (f *Fleet) Commit(a *Aircraft) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	cur := f.aircraft[a.Tail]
	if cur.Revision != a.Revision {
		return false
	}
	a.Revision++
	f.aircraft[a.Tail] = a
	return true
}

// Planned returns the published flying programme of a tail for a day.
func (f *Fleet) Planned(key string) (DayPlan, bool) {
	p, ok := f.programme[key]
	return p, ok
}

// Override returns an AD/SB limit for a part, if one applies.
func (f *Fleet) Override(key string) (float64, bool) {
	v, ok := f.overrides[key]
	return v, ok
}
