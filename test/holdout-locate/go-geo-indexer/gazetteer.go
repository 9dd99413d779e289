package main

import "strings"

type place struct {
	name     string
	postcode string
	lat, lon float64
}

var syllables = []string{"ash", "bury", "ford", "ham", "ley", "ton", "wick", "mere", "stow", "dale", "combe", "thorpe"}

// generate makes a deterministic extract: names from syllables, UK-style postcodes
// written in the inconsistent ways suppliers send them.
func generate(n int) []place {
	state := uint32(2463534242)
	next := func() uint32 {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		return state
	}
	out := make([]place, n)
	for i := range out {
		var b strings.Builder
		for k := 0; k < 2+int(next()%2); k++ {
			b.WriteString(syllables[next()%uint32(len(syllables))])
		}
		area := string(rune('A'+next()%26)) + string(rune('A'+next()%26))
		pc := area + string(rune('0'+next()%10)) + " " + string(rune('0'+next()%10)) + string(rune('A'+next()%26)) + string(rune('A'+next()%26))
		if next()%3 == 0 {
			pc = strings.ToLower(strings.ReplaceAll(pc, " ", ""))
		}
		out[i] = place{name: strings.Title(b.String()), postcode: pc, lat: 50 + float64(next()%600)/100, lon: -5 + float64(next()%700)/100}
	}
	return out
}
