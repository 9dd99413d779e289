package main

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
)

var tempers = []string{"calm", "calm", "calm", "nervous", "runny", "defensive"}
var inspectors = []string{"amara", "boris", "chen", "dolores", "emeka", "freya"}
var breeds = []string{"carniolan", "italian", "buckfast", "caucasian", "russian"}
var yards = []string{"north-meadow", "clover-hill", "riverside", "old-orchard", "heath", "linden-row"}

// buildYards creates the initial registry of colonies.
func buildYards(rng *rand.Rand, n int) []Hive {
	hives := make([]Hive, 0, n)
	for i := 0; i < n; i++ {
		h := Hive{
			Tag:   fmt.Sprintf("H-%04d", i),
			Yard:  yards[rng.Intn(len(yards))],
			Breed: breeds[rng.Intn(len(breeds))],
			Queen: Queen{
				Marked:  rng.Intn(3) > 0,
				Year:    2019 + rng.Intn(5),
				Lineage: fmt.Sprintf("L%02d", rng.Intn(40)),
			},
			Supers: 1 + rng.Intn(3),
			Notes:  map[string]string{"origin": "split", "stand": fmt.Sprintf("S%d", rng.Intn(60))},
		}
		hives = append(hives, h)
	}
	return hives
}

// generateFieldLog produces the raw inspection log lines a season would yield.
func generateFieldLog(rng *rand.Rand, hives []Hive, perHive, legacyPercent int) []string {
	start := time.Date(2023, 3, 20, 0, 0, 0, 0, time.UTC)
	lines := make([]string, 0, len(hives)*perHive)
	for round := 0; round < perHive; round++ {
		day := start.AddDate(0, 0, round*7)
		order := rng.Perm(len(hives))
		for _, idx := range order {
			h := &hives[idx]
			frames := 6 + rng.Intn(5)
			brood := 2 + rng.Intn(frames-1)
			honey := frames - brood
			mites := rng.Intn(4) + round/4 + rng.Intn(3)
			queen := "seen"
			if rng.Intn(5) == 0 {
				queen = "missing"
			}
			weight := 18 + float64(round)*0.9 + rng.Float64()*6
			d := day.AddDate(0, 0, rng.Intn(3))
			temper := tempers[rng.Intn(len(tempers))]
			who := inspectors[rng.Intn(len(inspectors))]
			if rng.Intn(100) < legacyPercent {
				// older handhelds still upload the free-text format
				lines = append(lines, fmt.Sprintf("%s %s frames=%d brood=%d honey=%d mites=%d temper=%s queen=%s weight=%.1fkg by=%s",
					d.Format("2006-01-02"), h.Tag, frames, brood, honey, mites, temper, queen, weight, who))
			} else {
				lines = append(lines, fmt.Sprintf("v2;%s;%s;%d;%d;%d;%d;%s;%t;%.1f;%s",
					d.Format("2006-01-02"), strings.ToLower(h.Tag), frames, brood, honey, mites, temper, queen == "seen", weight, who))
			}
		}
	}
	return lines
}
