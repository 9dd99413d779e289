package main

import (
	"math"
	"math/rand"
	"sort"
)

// projector estimates, after each round, every entrant's chance of finishing
// inside the qualifying places by simulating the remaining rounds.
type projector struct {
	scores  []float64
	order   []int
	counts  []int
	ratings []float64
	q       []float64 // Elo strength 10^(rating/400), so E(a,b) = q[a]/(q[a]+q[b])
}

func newProjector(n int) *projector {
	return &projector{scores: make([]float64, n), order: make([]int, n), counts: make([]int, n), ratings: make([]float64, n), q: make([]float64, n)}
}

// qualifyingOdds simulates the rest of the event sims times with a simplified
// adjacent-pairing model and fills odds[i] with P(entrant i finishes top k).
func (p *projector) qualifyingOdds(rng *rand.Rand, e *swissEvent, remaining, k, sims int, odds []float64) {
	n := len(e.field)
	for i := range p.counts {
		p.counts[i] = 0
		p.ratings[i] = e.field[i].rating
		p.q[i] = math.Pow(10, e.field[i].rating/400)
	}
	for s := 0; s < sims; s++ {
		for i := range e.field {
			p.scores[i] = e.field[i].score
			p.order[i] = i
		}
		for r := 0; r < remaining; r++ {
			p.sortByScore()
			for j := 0; j+1 < n; j += 2 {
				a, b := p.order[j], p.order[j+1]
				exp := p.q[a] / (p.q[a] + p.q[b])
				x := rng.Float64()
				switch {
				case x < exp-0.12:
					p.scores[a]++
				case x < exp+0.12:
					p.scores[a] += 0.5
					p.scores[b] += 0.5
				default:
					p.scores[b]++
				}
			}
		}
		p.sortByScore()
		for _, i := range p.order[:k] {
			p.counts[i]++
		}
	}
	for i := range odds[:n] {
		odds[i] = float64(p.counts[i]) / float64(sims)
	}
}

func (p *projector) sortByScore() {
	sc, rt := p.scores, p.ratings
	sort.Slice(p.order, func(i, j int) bool {
		a, b := p.order[i], p.order[j]
		if sc[a] != sc[b] {
			return sc[a] > sc[b]
		}
		return rt[a] > rt[b]
	})
}
