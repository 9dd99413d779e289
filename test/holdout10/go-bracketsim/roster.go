package main

import (
	"bufio"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Player is a rated federation member.
type Player struct {
	ID      string
	Name    string
	Club    string
	Rating  float64
	Games   int
	Titled  bool
	Country string
}

// Roster is the federation's rating list.
type Roster struct {
	mu       sync.RWMutex
	players  []Player
	index    map[string]int
	rejected int
}

// A registration line looks like:
//
//	FID-0012345;Ivanova, Mila;Club Riga;RUS;1874;WFM
var registrationLine = regexp.MustCompile(`^(FID-\d{7});([^;,]+), ([^;]+);([^;]*);([A-Z]{3});(\d{3,4});(GM|IM|FM|WGM|WIM|WFM|CM)?$`)

var (
	givenNames = []string{"Mila", "Arjun", "Sofia", "Tomasz", "Chen", "Amara", "Lukas", "Ines", "Rafael", "Yuki", "Nadia", "Oskar", "Leila", "Mateo"}
	familyName = []string{"Ivanova", "Sharma", "Rossi", "Nowak", "Wei", "Diallo", "Becker", "Garcia", "Costa", "Sato", "Haddad", "Larsen", "Moreau", "Silva"}
	clubs      = []string{"Club Riga", "Caissa Lyon", "Knight Riders", "Rook & Pawn", "Gambit Porto", ""}
	countries  = []string{"RUS", "IND", "ITA", "POL", "CHN", "SEN", "GER", "ESP", "POR", "JPN", "FRA", "NOR"}
	titles     = []string{"", "", "", "", "", "", "CM", "FM", "WFM", "IM", "GM"}
)

// registrationSheet simulates the registration export from the entry system.
func registrationSheet(n int, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	var sb strings.Builder
	sb.Grow(n * 64)
	for i := 0; i < n; i++ {
		id := strconv.Itoa(1000000 + i*37)
		rating := 1000 + int(rng.NormFloat64()*280+600)
		if rating < 1000 {
			rating = 1000
		}
		sb.WriteString("FID-")
		sb.WriteString(id)
		sb.WriteByte(';')
		sb.WriteString(familyName[rng.Intn(len(familyName))])
		sb.WriteString(", ")
		sb.WriteString(givenNames[rng.Intn(len(givenNames))])
		sb.WriteByte(';')
		sb.WriteString(clubs[rng.Intn(len(clubs))])
		sb.WriteByte(';')
		sb.WriteString(countries[rng.Intn(len(countries))])
		sb.WriteByte(';')
		sb.WriteString(strconv.Itoa(rating))
		sb.WriteByte(';')
		if rating > 2200 || rng.Intn(20) == 0 {
			sb.WriteString(titles[rng.Intn(len(titles))])
		}
		if rng.Intn(500) == 0 {
			sb.WriteString(";late")
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func loadRoster(sheet string) *Roster {
	r := &Roster{index: make(map[string]int)}
	sc := bufio.NewScanner(strings.NewReader(sheet))
	for sc.Scan() {
		m := registrationLine.FindStringSubmatch(sc.Text())
		if m == nil {
			r.rejected++
			continue
		}
		if _, dup := r.index[m[1]]; dup {
			r.rejected++
			continue
		}
		rating, _ := strconv.Atoi(m[6])
		r.index[m[1]] = len(r.players)
		r.players = append(r.players, Player{
			ID: m[1], Name: m[3] + " " + m[2], Club: m[4], Country: m[5],
			Rating: float64(rating), Titled: m[7] != "",
		})
	}
	return r
}

// snapshot returns the current ratings of the given players.
func (r *Roster) snapshot(ids []int, out []float64) {
	r.mu.RLock()
	for i, id := range ids {
		out[i] = r.players[id].Rating
	}
	r.mu.RUnlock()
}

// applyRatingChanges commits an event's rating changes.
func (r *Roster) applyRatingChanges(delta map[int]ratingChange) {
	r.mu.Lock()
	for id, ch := range delta {
		r.players[id].Rating += ch.delta
		r.players[id].Games += ch.games
	}
	r.mu.Unlock()
}
