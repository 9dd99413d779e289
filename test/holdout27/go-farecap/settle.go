package main

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"time"
)

type OperatorShare struct {
	Operator int
	Pence    float64
	Legs     int
	Km       float64
}

type CardStatement struct {
	Card      string
	Journeys  int
	Charged   int64
	FullFare  int64
	CappedDay [7]bool
}

type Settlement struct {
	Operators  []OperatorShare
	Cards      []CardStatement
	Total      int64
	CappedDays int
	net        *Network
}

// Settle apportions each charged amount to the operators of the journey's
// legs, weighted by leg distance, and collects per-card statements.
func Settle(charges []Charge, journeys []Journey, net *Network) *Settlement {
	s := &Settlement{net: net, Operators: make([]OperatorShare, len(net.Operators))}
	for i := range s.Operators {
		s.Operators[i].Operator = i
	}
	var cur *CardStatement
	for _, ch := range charges {
		j := &journeys[ch.Journey]
		if cur == nil || cur.Card != j.Card {
			s.Cards = append(s.Cards, CardStatement{Card: j.Card})
			cur = &s.Cards[len(s.Cards)-1]
		}
		cur.Journeys++
		cur.Charged += ch.Charged
		cur.FullFare += ch.Fare
		if ch.Capped {
			cur.CappedDay[ch.Day] = true
		}
		s.Total += ch.Charged
		var km float64
		for _, l := range j.Legs {
			km += l.Km + 0.5
		}
		for _, l := range j.Legs {
			w := (l.Km + 0.5) / km
			op := &s.Operators[l.Operator]
			op.Pence += float64(ch.Charged) * w
			op.Legs++
			op.Km += l.Km
		}
	}
	for _, c := range s.Cards {
		for _, d := range c.CappedDay {
			if d {
				s.CappedDays++
			}
		}
	}
	sort.Slice(s.Cards, func(a, b int) bool {
		da := s.Cards[a].FullFare - s.Cards[a].Charged
		db := s.Cards[b].FullFare - s.Cards[b].Charged
		if da != db {
			return da > db
		}
		return s.Cards[a].Card < s.Cards[b].Card
	})
	return s
}

// Render produces the settlement file: a header per operator followed by one
// line per card, and returns it with its SHA-256 for the transfer manifest.
func (s *Settlement) Render(weekStart time.Time) ([]byte, string) {
	buf := make([]byte, 0, 64*len(s.Cards)+1024)
	buf = append(buf, "SETTLEMENT,"...)
	buf = weekStart.AppendFormat(buf, "2006-01-02")
	buf = append(buf, '\n')
	for _, op := range s.Operators {
		buf = append(buf, "OP,"...)
		buf = append(buf, s.net.Operators[op.Operator]...)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, op.Pence/100, 'f', 2, 64)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(op.Legs), 10)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, op.Km, 'f', 1, 64)
		buf = append(buf, '\n')
	}
	for _, c := range s.Cards {
		buf = append(buf, "CARD,"...)
		buf = append(buf, c.Card...)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(c.Journeys), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, c.Charged, 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, c.FullFare, 10)
		buf = append(buf, ',')
		for _, d := range c.CappedDay {
			if d {
				buf = append(buf, 'C')
			} else {
				buf = append(buf, '-')
			}
		}
		buf = append(buf, '\n')
	}
	sum := sha256.Sum256(buf)
	return buf, hex.EncodeToString(sum[:])
}
