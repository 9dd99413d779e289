package main

import (
	"math"
	"math/rand"
)

type gameResult struct {
	board, white, black int
	score               float64 // white's score
	moves               int
}

type ratingChange struct {
	delta float64
	games int
}

type eventResult struct {
	event       int
	winner      int // roster index
	topSeed     int
	favourite   float64 // title odds of the pre-bracket favourite
	upset       bool
	games       int
	disputed    int
	ratingDelta map[int]ratingChange
}

// director runs qualifiers end to end; each worker owns one so that all
// scratch buffers are reused across events.
type director struct {
	roster      *Roster
	rounds      int
	bracketSize int
	sims        int
	projSims    int
	pairs       [][2]int
	sheet       []gameResult
	submitted   []gameResult
	ratings     []float64
	title       []float64
	odds        []float64
	proj        *projector
}

func newDirector(r *Roster, rounds, bracketSize, sims, projSims int) *director {
	return &director{roster: r, rounds: rounds, bracketSize: bracketSize, sims: sims, projSims: projSims, title: make([]float64, bracketSize)}
}

func (d *director) run(ev, fieldSize int, seed int64) eventResult {
	rng := rand.New(rand.NewSource(seed))
	// draw the field from the rating list
	chosen := make(map[int]bool, fieldSize)
	players := make([]int, 0, fieldSize)
	for len(players) < fieldSize {
		p := rng.Intn(len(d.roster.players))
		if !chosen[p] {
			chosen[p] = true
			players = append(players, p)
		}
	}
	if cap(d.ratings) < fieldSize {
		d.ratings = make([]float64, fieldSize)
	}
	ratings := d.ratings[:fieldSize]
	d.roster.snapshot(players, ratings)

	sw := newSwissEvent(rng, players, ratings)
	ids := make([]string, fieldSize)
	for i, p := range players {
		ids[i] = d.roster.players[p].ID
	}
	arb := newArbiter(ids)
	if d.proj == nil || len(d.proj.scores) != fieldSize {
		d.proj = newProjector(fieldSize)
		d.odds = make([]float64, fieldSize)
	}
	games, disputed := 0, 0
	bubble := 0.0 // qualifying odds of the player on the last qualifying place
	for r := 0; r < d.rounds; r++ {
		d.pairs = sw.pairRound(d.pairs)
		d.sheet = sw.playRound(d.pairs, d.sheet)
		text := arb.writeSheet(r+1, d.sheet)
		var bad int
		d.submitted, bad = arb.readSheet(text, d.submitted)
		disputed += bad
		sw.record(d.submitted)
		games += len(d.submitted)
		if remaining := d.rounds - r - 1; remaining > 0 && r >= 2 {
			d.proj.qualifyingOdds(rng, sw, remaining, d.bracketSize, d.projSims, d.odds)
			bubble = d.odds[d.proj.order[d.bracketSize-1]]
		}
	}
	_ = bubble
	standings := sw.finalStandings()

	// knockout stage for the top finishers
	seeds := standings[:d.bracketSize]
	seedRatings := make([]float64, len(seeds))
	for i, s := range seeds {
		seedRatings[i] = sw.field[s].rating
	}
	br := newBracket(seeds, seedRatings)
	br.odds(rng, d.sims, d.title)
	fav, favOdds := 0, 0.0
	for i, p := range d.title {
		if p > favOdds {
			fav, favOdds = i, p
		}
	}
	champSeed := br.play(rng)

	res := eventResult{
		event:       ev,
		winner:      sw.field[seeds[champSeed]].player,
		topSeed:     sw.field[seeds[0]].player,
		favourite:   favOdds,
		upset:       champSeed != fav && d.title[champSeed] < 0.05,
		games:       games,
		disputed:    disputed,
		ratingDelta: make(map[int]ratingChange, fieldSize),
	}
	// Elo update from the Swiss games, K depends on experience
	for i := range sw.field {
		en := &sw.field[i]
		var delta float64
		for k, o := range en.opponents {
			delta += en.results[k] - expected(en.rating, sw.field[o].rating)
		}
		kf := 20.0
		if en.rating < 1600 {
			kf = 32
		}
		res.ratingDelta[en.player] = ratingChange{delta: math.Round(kf*delta*10) / 10, games: len(en.opponents)}
	}
	return res
}
