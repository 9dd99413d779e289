package main

import (
	"math/rand"
	"strconv"
)

var surnames = []string{"Abara", "Brennan", "Castillo", "Dahl", "Eze", "Fontaine", "Garza", "Holm", "Iqbal", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tran", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zeller"}

func newElection(rng *rand.Rand, n int) *Election {
	names := []string{"Municipal primary", "Municipal runoff", "General election", "Special election (Ward 4)", "Recall election", "Presidential primary"}
	e := &Election{Name: names[n%len(names)], AuditSeed: strconv.FormatInt(rng.Int63(), 10), ballotsMin: 700, ballotsSpan: 500}
	add := func(name string, cands, voteFor int, ranked bool) {
		ct := Contest{Name: name, VoteFor: voteFor, Ranked: ranked}
		for i := 0; i < cands; i++ {
			ct.Candidates = append(ct.Candidates, surnames[rng.Intn(len(surnames))]+" "+string(rune('A'+i)))
		}
		e.Contests = append(e.Contests, ct)
	}
	add("Mayor", 9, 1, true)
	e.MayorContest = 0
	add("City Council At-Large", 11, 3, false)
	add("School Board District 2", 5, 2, false)
	add("County Treasurer", 3, 1, false)
	add("Water District Director", 4, 1, false)
	add("Measure A (transit levy)", 2, 1, false)
	add("Measure B (library bond)", 2, 1, false)
	add("Judicial retention", 2, 1, false)
	return e
}

// tabulatorExport produces the CVR text a precinct scanner exports.
func (e *Election) tabulatorExport(rng *rand.Rand, precinct int) []byte {
	n := e.ballotsMin + rng.Intn(e.ballotsSpan)
	buf := make([]byte, 0, n*64)
	lean := rng.Intn(9)
	for b := 0; b < n; b++ {
		buf = append(buf, 'P')
		buf = strconv.AppendInt(buf, int64(precinct), 10)
		buf = append(buf, '-')
		buf = strconv.AppendInt(buf, int64(b), 10)
		buf = append(buf, '|')
		buf = strconv.AppendInt(buf, int64(1+precinct%4), 10)
		for _, ct := range e.Contests {
			buf = append(buf, '|')
			if rng.Intn(30) == 0 {
				continue // undervote
			}
			if ct.Ranked {
				k := 1 + rng.Intn(5)
				first := lean
				if rng.Intn(3) == 0 {
					first = rng.Intn(len(ct.Candidates))
				}
				buf = strconv.AppendInt(buf, int64(first), 10)
				for i := 1; i < k; i++ {
					buf = append(buf, '>')
					buf = strconv.AppendInt(buf, int64(rng.Intn(len(ct.Candidates))), 10)
				}
				continue
			}
			k := ct.VoteFor
			if rng.Intn(60) == 0 {
				k++ // overvote
			} else if k > 1 && rng.Intn(4) == 0 {
				k--
			}
			for i := 0; i < k; i++ {
				if i > 0 {
					buf = append(buf, ';')
				}
				buf = strconv.AppendInt(buf, int64(rng.Intn(len(ct.Candidates))), 10)
			}
		}
		buf = append(buf, '\n')
	}
	return buf
}
