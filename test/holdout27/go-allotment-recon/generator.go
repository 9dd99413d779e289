package main

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
)

var (
	resorts    = []string{"Alcudia", "Paphos", "Lagos", "Side", "Hersonissos", "Zante Town", "Sorrento", "Budva", "Funchal", "Corralejo"}
	currencies = []string{"EUR", "EUR", "EUR", "TRY", "GBP"}
	roomTypes  = []string{"DBL", "TWN", "SGL", "FAM", "STE"}
	views      = []string{"SV", "GV", "PV"}
	channels   = []string{"web", "callcentre", "agency", "brochure", "partner-api"}
)

// Generator produces deterministic portfolios, feeds and sales extracts.
type Generator struct {
	rnd *rand.Rand
}

func NewGenerator(seed int64) *Generator {
	return &Generator{rnd: rand.New(rand.NewSource(seed))}
}

func (g *Generator) Portfolio(n int, season Season) Portfolio {
	p := Portfolio{}
	for i := 0; i < n; i++ {
		h := Hotel{
			Code:     "HTL" + strconv.Itoa(1000+i),
			Name:     "Hotel " + resorts[i%len(resorts)] + " " + strconv.Itoa(i),
			Resort:   resorts[i%len(resorts)],
			Currency: currencies[g.rnd.Intn(len(currencies))],
		}
		p.Hotels = append(p.Hotels, h)
		split := season.Days/2 + g.rnd.Intn(20) - 10
		nTypes := 2 + g.rnd.Intn(3)
		for t := 0; t < nTypes; t++ {
			rt := roomTypes[t]
			view := views[g.rnd.Intn(len(views))]
			for part, rng := range [][2]int{{0, split - 1}, {split, season.Days - 1}} {
				p.Contracts = append(p.Contracts, Contract{
					ID:          fmt.Sprintf("%s-%s%d", h.Code, rt, part+1),
					HotelCode:   h.Code,
					RoomType:    rt,
					View:        view,
					FromDay:     rng[0],
					ToDay:       rng[1],
					Rooms:       4 + g.rnd.Intn(30),
					ReleaseDays: []int{7, 14, 21, 28}[g.rnd.Intn(4)],
					NetRate:     45 + float64(g.rnd.Intn(16000))/100,
				})
			}
		}
	}
	// contracts are loaded from the contracting system in signature order
	g.rnd.Shuffle(len(p.Contracts), func(i, j int) {
		p.Contracts[i], p.Contracts[j] = p.Contracts[j], p.Contracts[i]
	})
	return p
}

// roomCodeVariant renders a room code the way different extranets spell it.
func (g *Generator) roomCodeVariant(rt, view string) string {
	switch g.rnd.Intn(6) {
	case 0:
		return rt + "-" + view
	case 1:
		return strings.ToLower(rt) + " " + strings.ToLower(view)
	case 2:
		return rt + "2/" + view
	case 3:
		return " " + rt + "-" + view + " "
	case 4:
		return rt + strconv.Itoa(1+g.rnd.Intn(4)) + "-" + view
	default:
		return rt + " - " + view
	}
}

// ExtranetFeed emits one line per contract night, in the semicolon format
// the channel manager forwards: hotel;date;room;view;available;released;rate;ccy
func (g *Generator) ExtranetFeed(p Portfolio, season Season) []string {
	ccy := make(map[string]string, len(p.Hotels))
	for _, h := range p.Hotels {
		ccy[h.Code] = h.Currency
	}
	var lines []string
	for _, c := range p.Contracts {
		for d := c.FromDay; d <= c.ToDay; d++ {
			if g.rnd.Intn(10) < 2 {
				continue
			}
			date := season.Date(d).Format("2006-01-02")
			avail := g.rnd.Intn(c.Rooms + 3)
			rel := g.rnd.Intn(3)
			rate := c.NetRate * (0.9 + g.rnd.Float64()*0.3)
			line := c.HotelCode + ";" + date + ";" + c.RoomType + ";" + c.View + ";" +
				strconv.Itoa(avail) + ";" + strconv.Itoa(rel) + ";" +
				strconv.FormatFloat(rate, 'f', 2, 64) + ";" + ccy[c.HotelCode]
			if g.rnd.Intn(400) == 0 {
				line = strings.Replace(line, ";", ",", 3)
			}
			lines = append(lines, line)
		}
	}
	return lines
}

func (g *Generator) SalesExtract(p Portfolio, season Season, n int) []Booking {
	out := make([]Booking, 0, n)
	for i := 0; i < n; i++ {
		c := p.Contracts[g.rnd.Intn(len(p.Contracts))]
		nights := 3 + g.rnd.Intn(12)
		arr := c.FromDay + g.rnd.Intn(c.ToDay-c.FromDay+1)
		if arr+nights > season.Days {
			nights = season.Days - arr
			if nights < 1 {
				arr, nights = season.Days-1, 1
			}
		}
		out = append(out, Booking{
			Ref:       "TO" + strconv.Itoa(7000000+i),
			HotelCode: c.HotelCode,
			RoomCode:  g.roomCodeVariant(c.RoomType, c.View),
			Arrival:   arr,
			Nights:    nights,
			Rooms:     1 + g.rnd.Intn(2),
			Channel:   channels[g.rnd.Intn(len(channels))],
			Gross:     float64(nights) * c.NetRate * (1.18 + g.rnd.Float64()*0.2),
		})
	}
	return out
}
