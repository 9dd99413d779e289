package main

import (
	"fmt"
	"sort"
)

// SurnameGroup collects the spelling variants of one surname (same Soundex
// code) within one parish.
type SurnameGroup struct {
	Parish   string
	Code     string
	Variants []string
	Entries  int
}

type marriageKey struct {
	code, parish, groom string
}

// RegisterIndex holds normalised entries and the lookup structures used for
// family reconstitution.
type RegisterIndex struct {
	entries   []*RegisterEntry
	groups    []*SurnameGroup
	byKey     map[string][]int
	marriages map[marriageKey][]int
	burials   map[marriageKey][]int
}

func NewRegisterIndex() *RegisterIndex {
	return &RegisterIndex{
		byKey:     make(map[string][]int),
		marriages: make(map[marriageKey][]int),
		burials:   make(map[marriageKey][]int),
	}
}

func (ix *RegisterIndex) groupCount() int { return len(ix.groups) }

// surnameGroup returns the variant group for a parish and surname code, or
// nil if no entry with that code has been indexed in the parish.
func (ix *RegisterIndex) surnameGroup(parish, code string) *SurnameGroup {
	for _, g := range ix.groups {
		if g.Code == code && g.Parish == parish {
			return g
		}
	}
	return nil
}

func (g *SurnameGroup) note(surname string) {
	g.Entries++
	for _, v := range g.Variants {
		if v == surname {
			return
		}
	}
	g.Variants = append(g.Variants, surname)
}

// registerKey is the lookup key used by the search index: surname code,
// parish, year and forename.
func registerKey(code, parish string, year int, given string) string {
	return fmt.Sprintf("%s|%s|%04d|%s", code, parish, year, given)
}

// Add indexes one entry. Baptisms and burials are indexed for a two-year
// window either side because transcribed years are often off by one or two.
func (ix *RegisterIndex) Add(e *RegisterEntry) {
	pos := len(ix.entries)
	ix.entries = append(ix.entries, e)
	g := ix.surnameGroup(e.Parish, e.SurnameCode)
	if g == nil {
		g = &SurnameGroup{Parish: e.Parish, Code: e.SurnameCode}
		ix.groups = append(ix.groups, g)
	}
	g.note(e.Surname)
	switch e.Kind {
	case Marriage:
		k := marriageKey{e.SurnameCode, e.Parish, e.Given}
		ix.marriages[k] = append(ix.marriages[k], pos)
		ix.byKey[registerKey(e.SurnameCode, e.Parish, e.Year, e.Given)] = append(ix.byKey[registerKey(e.SurnameCode, e.Parish, e.Year, e.Given)], pos)
	case Baptism, Burial:
		for dy := -2; dy <= 2; dy++ {
			k := registerKey(e.SurnameCode, e.Parish, e.Year+dy, e.Given)
			ix.byKey[k] = append(ix.byKey[k], pos)
		}
		if e.Kind == Burial {
			k := marriageKey{e.SurnameCode, e.Parish, e.Given}
			ix.burials[k] = append(ix.burials[k], pos)
		}
	}
}

// Family is a reconstituted family: a marriage and the baptisms of the
// children of that couple, with burials matched to children where found.
type Family struct {
	Marriage           *RegisterEntry
	Children           []*RegisterEntry
	Buried             int
	FirstBirthInterval int
}

// ReconstituteFamilies links each baptism to the most plausible marriage of
// the parents (same parish, groom's forename equals the father's, bride's
// forename equals the mother's, marriage up to 30 years before).
func (ix *RegisterIndex) ReconstituteFamilies() []*Family {
	fams := make(map[int]*Family)
	for _, e := range ix.entries {
		if e.Kind != Baptism {
			continue
		}
		cands := ix.marriages[marriageKey{e.SurnameCode, e.Parish, e.FatherGiven}]
		best, bestScore := -1, 0
		for _, pos := range cands {
			m := ix.entries[pos]
			gap := e.Year - m.Year
			if gap < 0 || gap > 30 {
				continue
			}
			score := 40 - gap
			if m.SpouseGiven == e.MotherGiven {
				score += 50
			} else if len(m.SpouseGiven) > 0 && len(e.MotherGiven) > 0 && m.SpouseGiven[0] == e.MotherGiven[0] {
				score += 10
			}
			if m.Surname == e.Surname {
				score += 5
			}
			if score > bestScore {
				best, bestScore = pos, score
			}
		}
		if best < 0 || bestScore < 60 {
			continue
		}
		f := fams[best]
		if f == nil {
			f = &Family{Marriage: ix.entries[best]}
			fams[best] = f
		}
		f.Children = append(f.Children, e)
	}
	out := make([]*Family, 0, len(fams))
	for _, f := range fams {
		sort.Slice(f.Children, func(i, j int) bool {
			a, b := f.Children[i], f.Children[j]
			if a.Year != b.Year {
				return a.Year < b.Year
			}
			return a.Month*31+a.Day < b.Month*31+b.Day
		})
		first := f.Children[0]
		f.FirstBirthInterval = (first.Year-f.Marriage.Year)*12 + first.Month - f.Marriage.Month
		for _, c := range f.Children {
			for _, pos := range ix.byKey[registerKey(c.SurnameCode, c.Parish, c.Year, c.Given)] {
				b := ix.entries[pos]
				if b.Kind == Burial && b.Year >= c.Year && b.Year-c.Year <= 5 && b.FatherGiven == c.FatherGiven {
					f.Buried++
					break
				}
			}
		}
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Marriage.ID < out[j].Marriage.ID })
	return out
}

type summary struct {
	linkedBaptisms int
	topParishes    []string
}

func summarise(ix *RegisterIndex, fams []*Family) summary {
	type stat struct {
		families, children, buried, intervalSum, prenuptial int
	}
	per := map[string]*stat{}
	var s summary
	for _, f := range fams {
		st := per[f.Marriage.Parish]
		if st == nil {
			st = &stat{}
			per[f.Marriage.Parish] = st
		}
		st.families++
		st.children += len(f.Children)
		st.buried += f.Buried
		st.intervalSum += f.FirstBirthInterval
		if f.FirstBirthInterval < 8 {
			st.prenuptial++
		}
		s.linkedBaptisms += len(f.Children)
	}
	names := make([]string, 0, len(per))
	for p := range per {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		st := per[p]
		s.topParishes = append(s.topParishes, fmt.Sprintf("%-22s families=%5d mean_children=%.2f infant_burials=%4d mean_first_interval_m=%.1f prenuptial=%.1f%%",
			p, st.families, float64(st.children)/float64(st.families), st.buried,
			float64(st.intervalSum)/float64(st.families), 100*float64(st.prenuptial)/float64(st.families)))
	}
	return s
}
