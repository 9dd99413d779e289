package main

import (
	"math/rand"
	"sort"
)

// SearchQuery is a researcher's query against the index: a forename and
// surname in a parish around a year, with a tolerance window.
type SearchQuery struct {
	Given, Surname, Parish string
	Year, Window           int
}

// SearchHit is a scored index match.
type SearchHit struct {
	Entry *RegisterEntry
	Score float64
}

// buildQueryLog derives a deterministic set of researcher queries from
// indexed entries, perturbing years and spellings the way people misremember.
func buildQueryLog(rng *rand.Rand, ix *RegisterIndex, n int) []SearchQuery {
	qs := make([]SearchQuery, 0, n)
	for i := 0; i < n; i++ {
		e := ix.entries[rng.Intn(len(ix.entries))]
		q := SearchQuery{Given: e.Given, Surname: variantSpelling(rng, e.Surname), Parish: e.Parish, Year: e.Year + rng.Intn(7) - 3, Window: 5}
		if rng.Intn(5) == 0 {
			q.Parish = parishes[rng.Intn(len(parishes))]
		}
		qs = append(qs, q)
	}
	return qs
}

// Search answers one query: looks up every year of the window and ranks
// the hits by forename and surname similarity and year distance.
func (ix *RegisterIndex) Search(q SearchQuery, limit int) []SearchHit {
	code := soundex(q.Surname)
	variants := []string{q.Surname}
	if g := ix.surnameGroup(q.Parish, code); g != nil {
		variants = g.Variants
	}
	seen := make(map[int]struct{})
	var hits []SearchHit
	for y := q.Year - q.Window; y <= q.Year+q.Window; y++ {
		for _, pos := range ix.byKey[registerKey(code, q.Parish, y, q.Given)] {
			if _, dup := seen[pos]; dup {
				continue
			}
			seen[pos] = struct{}{}
			e := ix.entries[pos]
			dy := e.Year - q.Year
			if dy < 0 {
				dy = -dy
			}
			spelling := 0.0
			for _, v := range variants {
				if v == e.Surname {
					spelling = jaroWinkler(q.Surname, v)
					break
				}
			}
			score := 0.6*spelling + 0.3*jaroWinkler(q.Given, e.Given) + 0.1*(1-float64(dy)/float64(q.Window+1))
			hits = append(hits, SearchHit{e, score})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Entry.ID < hits[j].Entry.ID
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// jaroWinkler returns the Jaro-Winkler similarity of two ASCII strings.
func jaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	match := la
	if lb > match {
		match = lb
	}
	match = match/2 - 1
	if match < 0 {
		match = 0
	}
	var am, bm [64]bool
	m := 0
	for i := 0; i < la && i < 64; i++ {
		lo, hi := i-match, i+match+1
		if lo < 0 {
			lo = 0
		}
		if hi > lb {
			hi = lb
		}
		for j := lo; j < hi && j < 64; j++ {
			if !bm[j] && a[i] == b[j] {
				am[i], bm[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, k := 0, 0
	for i := 0; i < la && i < 64; i++ {
		if !am[i] {
			continue
		}
		for !bm[k] {
			k++
		}
		if a[i] != b[k] {
			t++
		}
		k++
	}
	fm := float64(m)
	jaro := (fm/float64(la) + fm/float64(lb) + (fm-float64(t)/2)/fm) / 3
	prefix := 0
	for prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}
