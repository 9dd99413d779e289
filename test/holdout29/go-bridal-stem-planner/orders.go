package main

import (
	"math/rand"
	"sort"
)

// DesignLine is a quantity of one design in a wedding order.
type DesignLine struct {
	Design int
	Qty    int
}

// Wedding is one booked wedding.
type Wedding struct {
	ID     int
	Day    int // day of season (0 = 1 April)
	Budget float64
	Lines  []DesignLine
	Guests int
}

func generateOrderBook(rng *rand.Rand, c *Catalogue, n int) []Wedding {
	book := make([]Wedding, n)
	for i := range book {
		w := &book[i]
		w.ID = 2000 + i
		// Saturdays in summer are busiest
		day := rng.Intn(180)
		if rng.Intn(3) > 0 {
			day = day - day%7 + 5
		}
		if day >= 180 {
			day -= 7
		}
		w.Day = day
		w.Guests = 40 + rng.Intn(160)
		kinds := 4 + rng.Intn(8)
		for k := 0; k < kinds; k++ {
			d := rng.Intn(len(c.Designs))
			qty := 1
			switch c.Designs[d].Name {
			case "Buttonhole", "Corsage", "Pew end", "Thrown petal cone":
				qty = 4 + rng.Intn(12)
			case "Round table centre":
				qty = w.Guests / 8
			case "Long table runner (per metre)", "Top table garland (per metre)":
				qty = 3 + rng.Intn(15)
			}
			w.Lines = append(w.Lines, DesignLine{Design: d, Qty: qty})
		}
		w.Budget = 900 + float64(w.Guests)*(8+rng.Float64()*14)
	}
	sort.Slice(book, func(i, j int) bool {
		if book[i].Day != book[j].Day {
			return book[i].Day < book[j].Day
		}
		return book[i].ID < book[j].ID
	})
	return book
}

func countDesigns(book []Wedding) int {
	n := 0
	for i := range book {
		for _, l := range book[i].Lines {
			n += l.Qty
		}
	}
	return n
}

// Demand is stems needed per variety per market day. Stems are bought
// three days before the wedding so they can be conditioned.
type Demand struct {
	days      int
	varieties int
	stems     []int // [day*varieties+variety]
}

func (d *Demand) at(day, v int) *int { return &d.stems[day*d.varieties+v] }

func expandDemand(c *Catalogue, book []Wedding) *Demand {
	d := &Demand{days: 180, varieties: len(c.Varieties), stems: make([]int, 180*len(c.Varieties))}
	for i := range book {
		w := &book[i]
		buyDay := w.Day - 3
		if buyDay < 0 {
			buyDay = 0
		}
		for _, l := range w.Lines {
			for _, comp := range c.Designs[l.Design].Recipe {
				// 8 % allowance for broken heads and conditioning losses
				need := comp.Stems * l.Qty
				*d.at(buyDay, comp.Variety) += need + (need*8+99)/100
			}
		}
	}
	return d
}
