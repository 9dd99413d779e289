package main

import (
	"math/rand"
)

// bracket is a single-elimination draw seeded from the Swiss standings.
type bracket struct {
	seeds   []int       // entrant indices in seed order
	slots   []int       // seed numbers in draw position order
	winProb [][]float64 // winProb[i][j]: seed i beats seed j in a match
	scratch []int
}

// newBracket seeds n players with the standard 1-vs-n draw layout.
func newBracket(seeds []int, ratings []float64) *bracket {
	n := len(seeds)
	b := &bracket{seeds: seeds, slots: drawOrder(n), scratch: make([]int, n)}
	b.winProb = make([][]float64, n)
	for i := range b.winProb {
		b.winProb[i] = make([]float64, n)
		for j := range b.winProb[i] {
			if i != j {
				// knockout matches are two games plus rapid tiebreaks
				p := expected(ratings[i], ratings[j])
				b.winProb[i][j] = p*p*(3-2*p)*0.8 + p*0.2
			}
		}
	}
	return b
}

// drawOrder returns seed numbers in bracket position order (1, n, n/2+1 ...).
func drawOrder(n int) []int {
	order := []int{0}
	for size := 1; size < n; size *= 2 {
		next := make([]int, 0, size*2)
		for _, s := range order {
			next = append(next, s, 2*size-1-s)
		}
		order = next
	}
	return order
}

// play runs the bracket once and returns the champion's seed.
func (b *bracket) play(rng *rand.Rand) int {
	alive := b.scratch[:len(b.slots)]
	copy(alive, b.slots)
	for len(alive) > 1 {
		next := alive[:0]
		for i := 0; i < len(alive); i += 2 {
			x, y := alive[i], alive[i+1]
			if rng.Float64() < b.winProb[x][y] {
				next = append(next, x)
			} else {
				next = append(next, y)
			}
		}
		alive = next
	}
	return alive[0]
}

// odds estimates each seed's title and final chances by simulation.
func (b *bracket) odds(rng *rand.Rand, sims int, title []float64) {
	counts := make([]int, len(b.slots))
	for s := 0; s < sims; s++ {
		counts[b.play(rng)]++
	}
	for i, c := range counts {
		title[i] = float64(c) / float64(sims)
	}
}
