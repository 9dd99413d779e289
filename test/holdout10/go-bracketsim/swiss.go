package main

import (
	"math"
	"math/rand"
	"sort"
)

// entrant is a player's state within one Swiss event.
type entrant struct {
	player    int // index into the roster
	rating    float64
	score     float64
	opponents []int // entrant indices
	results   []float64
	colour    int // +1 for each white, -1 for each black
	buchholz  float64
	perf      float64
}

type pairKey struct{ a, b int }

func key(a, b int) pairKey {
	if a > b {
		a, b = b, a
	}
	return pairKey{a, b}
}

// swissEvent pairs and plays the rounds of a Swiss tournament.
type swissEvent struct {
	rng      *rand.Rand
	field    []entrant
	played   map[pairKey]bool
	order    []int
	paired   []bool
	drawRate float64
}

func newSwissEvent(rng *rand.Rand, players []int, ratings []float64) *swissEvent {
	e := &swissEvent{rng: rng, played: make(map[pairKey]bool, len(players)*8), drawRate: 0.28}
	e.field = make([]entrant, len(players))
	for i, p := range players {
		e.field[i] = entrant{player: p, rating: ratings[i], opponents: make([]int, 0, 12), results: make([]float64, 0, 12)}
	}
	e.order = make([]int, len(players))
	e.paired = make([]bool, len(players))
	return e
}

// pairRound uses a score-group pairing: sort by score then rating and pair
// each player with the highest-placed player they have not met yet.
func (e *swissEvent) pairRound(dst [][2]int) [][2]int {
	for i := range e.order {
		e.order[i] = i
		e.paired[i] = false
	}
	f := e.field
	sort.Slice(e.order, func(i, j int) bool {
		a, b := &f[e.order[i]], &f[e.order[j]]
		if a.score != b.score {
			return a.score > b.score
		}
		return a.rating > b.rating
	})
	dst = dst[:0]
	for i, a := range e.order {
		if e.paired[a] {
			continue
		}
		for _, b := range e.order[i+1:] {
			if e.paired[b] || e.played[key(a, b)] {
				continue
			}
			e.paired[a], e.paired[b] = true, true
			// colour balance: the player who has had white more often gets black
			if f[a].colour > f[b].colour {
				a, b = b, a
			}
			dst = append(dst, [2]int{a, b})
			break
		}
	}
	return dst
}

// playRound simulates the games of a round from the Elo expectation and
// returns the arbiter's result sheet.
func (e *swissEvent) playRound(pairs [][2]int, sheet []gameResult) []gameResult {
	sheet = sheet[:0]
	for board, p := range pairs {
		w, b := &e.field[p[0]], &e.field[p[1]]
		exp := expected(w.rating+35, b.rating) // white advantage
		draw := e.drawRate * (1 - math.Abs(exp-0.5))
		x := e.rng.Float64()
		var res float64
		switch {
		case x < exp-draw/2:
			res = 1
		case x < exp+draw/2:
			res = 0.5
		}
		moves := 20 + e.rng.Intn(60)
		sheet = append(sheet, gameResult{board: board + 1, white: p[0], black: p[1], score: res, moves: moves})
	}
	return sheet
}

// record applies an arbiter's sheet to the standings.
func (e *swissEvent) record(sheet []gameResult) {
	for _, g := range sheet {
		w, b := &e.field[g.white], &e.field[g.black]
		w.score += g.score
		b.score += 1 - g.score
		w.opponents = append(w.opponents, g.black)
		b.opponents = append(b.opponents, g.white)
		w.results = append(w.results, g.score)
		b.results = append(b.results, 1-g.score)
		w.colour++
		b.colour--
		e.played[key(g.white, g.black)] = true
	}
}

// finalStandings computes tiebreaks and returns entrant indices in place order.
func (e *swissEvent) finalStandings() []int {
	for i := range e.field {
		en := &e.field[i]
		var bh, oppSum float64
		for _, o := range en.opponents {
			bh += e.field[o].score
			oppSum += e.field[o].rating
		}
		en.buchholz = bh
		if n := len(en.opponents); n > 0 {
			en.perf = performance(oppSum/float64(n), en.score/float64(n))
		}
	}
	order := make([]int, len(e.field))
	for i := range order {
		order[i] = i
	}
	f := e.field
	sort.Slice(order, func(i, j int) bool {
		a, b := &f[order[i]], &f[order[j]]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.buchholz != b.buchholz {
			return a.buchholz > b.buchholz
		}
		return a.perf > b.perf
	})
	return order
}

func expected(ra, rb float64) float64 {
	return 1 / (1 + math.Pow(10, (rb-ra)/400))
}

// performance inverts the Elo expectation to a performance rating.
func performance(avgOpp, fraction float64) float64 {
	fraction = math.Min(math.Max(fraction, 0.01), 0.99)
	return avgOpp - 400*math.Log10(1/fraction-1)
}
