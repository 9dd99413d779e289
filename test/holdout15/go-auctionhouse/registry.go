package main

import (
	"math/rand"
	"regexp"
	"strconv"
	"strings"
)

// BidderRegistry keeps the list of bidders registered for the sale.
type BidderRegistry struct {
	bidders []Bidder
}

func NewBidderRegistry(b []Bidder) *BidderRegistry {
	return &BidderRegistry{bidders: b}
}

// Lookup returns the registered bidder holding the given paddle.
func (r *BidderRegistry) Lookup(paddle string) (*Bidder, bool) {
	for i := range r.bidders {
		if r.bidders[i].Paddle == paddle {
			return &r.bidders[i], true
		}
	}
	return nil, false
}

func (r *BidderRegistry) All() []Bidder { return r.bidders }

// validPaddle checks the paddle format printed on registration cards.
func validPaddle(p string) bool {
	re := regexp.MustCompile(`^PADDLE-[0-9]{4,5}$`)
	return re.MatchString(p)
}

var firstNames = []string{"Ada", "Bram", "Chloe", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ivo", "Jun", "Kasia", "Luis", "Mira", "Nils", "Olu", "Priya"}
var lastNames = []string{"Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Reyes", "Novak", "Fischer", "Byrne", "Costa", "Ivanova"}
var countries = []string{"GB", "FR", "DE", "US", "JP", "NL", "IT", "CH", "HK", "AE"}

func generateBidders(n int, seed int64) []Bidder {
	rng := rand.New(rand.NewSource(seed))
	out := make([]Bidder, 0, n)
	for i := 0; i < n; i++ {
		var sb strings.Builder
		sb.WriteString("PADDLE-")
		sb.WriteString(strconv.Itoa(1000 + i*3))
		out = append(out, Bidder{
			Paddle:      sb.String(),
			Name:        firstNames[rng.Intn(len(firstNames))] + " " + lastNames[rng.Intn(len(lastNames))],
			Country:     countries[rng.Intn(len(countries))],
			CreditLimit: int64(rng.Intn(400000)+5000) * 100,
			Trusted:     rng.Intn(10) > 1,
		})
	}
	// registration desk order, not paddle order
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
