package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Charge is one furnace load as the planning system exports it.
type Charge struct {
	ID      string `json:"id"`
	Furnace string `json:"furnace"`
	Grade   string `json:"grade"`
	Order   string `json:"order"`
	Program string `json:"program"` // e.g. "100C/h>600C; 150C/h>1180C h15; draw"
}

// Segment is one compiled heating step.
type Segment struct {
	RampCPerH float64
	TargetC   float64
	HoldMin   float64
}

// Program is a charge with its heating program parsed into segments.
type Program struct {
	Charge
	Segments []Segment
}

var segmentSyntax = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)C/h\s*>\s*(\d+(?:\.\d+)?)C(?:\s+h(\d+))?\s*$`)

var customers = []string{"axle-works", "crank-co", "flange-ab", "gearhaus", "hookline", "pinion-oy", "ringroll", "shaftwell"}

// GenerateCharges produces a week of furnace bookings.
func GenerateCharges(s *Shop, n int, seed int64) []Charge {
	rng := rand.New(rand.NewSource(seed))
	furnaces := sortedKeys(s.Furnaces)
	grades := sortedKeys(s.Grades)
	out := make([]Charge, n)
	for i := range out {
		g := s.Grades[grades[rng.Intn(len(grades))]]
		top := g.ForgeC + float64(rng.Intn(25)-12)
		var b strings.Builder
		slow := g.CriticalRamp * (0.55 + rng.Float64()*0.5)
		fmt.Fprintf(&b, "%.0fC/h>%.0fC", slow*0.8, 120+float64(rng.Intn(80)))
		if rng.Intn(3) == 0 {
			b.WriteString(" h30") // drive off moisture from a wet load
		}
		fmt.Fprintf(&b, "; %.0fC/h>%.0fC", g.MaxRampCPerH*(0.6+rng.Float64()*0.5), g.CriticalWindowC[0]-40)
		fmt.Fprintf(&b, "; %.0fC/h>%.0fC", slow, g.CriticalWindowC[1]+10)
		fmt.Fprintf(&b, "; %.0fC/h>%.0fC", g.MaxRampCPerH*(0.7+rng.Float64()*0.6), top-60)
		fmt.Fprintf(&b, "; %.0fC/h>%.0fC h%d", 40+rng.Float64()*60, top, 5+rng.Intn(20))
		b.WriteString("; draw")
		out[i] = Charge{
			ID:      "C" + strconv.Itoa(24000+i),
			Furnace: furnaces[rng.Intn(len(furnaces))],
			Grade:   g.Name,
			Order:   customers[rng.Intn(len(customers))] + "/" + strconv.Itoa(1000+rng.Intn(9000)),
			Program: b.String(),
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func WriteCharges(path string, charges []Charge) error {
	data, err := json.Marshal(charges)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o600)
}

func LoadCharges(path string) ([]Charge, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var charges []Charge
	if err := json.Unmarshal(data, &charges); err != nil {
		return nil, err
	}
	return charges, nil
}

// CompilePrograms parses each charge's program text into segments.
func CompilePrograms(charges []Charge) ([]Program, error) {
	programs := make([]Program, 0, len(charges))
	for _, c := range charges {
		p := Program{Charge: c}
		for _, step := range strings.Split(c.Program, ";") {
			if strings.TrimSpace(step) == "draw" {
				break
			}
			m := segmentSyntax.FindStringSubmatch(step)
			if m == nil {
				return nil, fmt.Errorf("charge %s: bad segment %q", c.ID, step)
			}
			ramp, _ := strconv.ParseFloat(m[1], 64)
			target, _ := strconv.ParseFloat(m[2], 64)
			var hold float64
			if m[3] != "" {
				hold, _ = strconv.ParseFloat(m[3], 64)
			}
			p.Segments = append(p.Segments, Segment{RampCPerH: ramp, TargetC: target, HoldMin: hold})
		}
		programs = append(programs, p)
	}
	return programs, nil
}
