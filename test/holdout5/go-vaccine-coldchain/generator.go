package main

import (
	"strconv"
	"strings"
)

type generator struct{ state uint64 }

func newGenerator(seed uint64) *generator { return &generator{state: seed} }

func (g *generator) next() uint64 {
	g.state ^= g.state << 13
	g.state ^= g.state >> 7
	g.state ^= g.state << 17
	return g.state
}

func (g *generator) intn(n int) int { return int(g.next() % uint64(n)) }

var products = []string{"MMR-II", "HPV9", "DTaP-IPV", "HepB-Pedi", "Flu-Quad", "Rota-Oral", "PCV20"}
var sites = []string{"ORD", "MEM", "LHR", "FRA", "SIN", "NRT", "JFK", "ATL"}

func (g *generator) shipments(n int) []*Shipment {
	out := make([]*Shipment, 0, n)
	for i := 0; i < n; i++ {
		s := &Shipment{
			ID:       "SHP-" + strconv.Itoa(100000+g.intn(900000)),
			Product:  products[g.intn(len(products))],
			Lot:      "L" + strconv.Itoa(2000+g.intn(60)),
			Origin:   sites[g.intn(len(sites))],
			Dest:     sites[g.intn(len(sites))],
			MinTempC: 2,
			MaxTempC: 8,
		}
		for leg := 0; leg < 3+g.intn(3); leg++ {
			s.Legs = append(s.Legs, Leg{
				Carrier: "CX" + strconv.Itoa(g.intn(40)),
				From:    sites[g.intn(len(sites))],
				To:      sites[g.intn(len(sites))],
				Hours:   2 + g.intn(20),
			})
		}
		for k := 0; k < 4; k++ {
			s.Labels = append(s.Labels, Label{Key: "handling", Value: strconv.Itoa(g.intn(9))})
		}
		out = append(out, s)
	}
	return out
}

// loggerLines produces raw lines as uploaded by the data loggers in each box:
// "<shipment>|<logger>|<epoch>|<temp>|<humidity>|<door>"
func (g *generator) loggerLines(shipments []*Shipment, perShipment int) []string {
	lines := make([]string, 0, len(shipments)*perShipment)
	var sb strings.Builder
	for _, s := range shipments {
		logger := "DL-" + strconv.Itoa(g.intn(5000))
		for i := 0; i < perShipment; i++ {
			sb.Reset()
			temp := 20 + g.intn(80) // tenths above -0.0
			if g.intn(50) == 0 {
				temp = 90 + g.intn(60)
			}
			sb.WriteString(s.ID)
			sb.WriteByte('|')
			sb.WriteString(logger)
			sb.WriteByte('|')
			sb.WriteString(strconv.Itoa(1781000000 + i*300))
			sb.WriteByte('|')
			sb.WriteString(strconv.Itoa(temp / 10))
			sb.WriteByte('.')
			sb.WriteString(strconv.Itoa(temp % 10))
			sb.WriteByte('|')
			sb.WriteString(strconv.Itoa(30 + g.intn(50)))
			sb.WriteByte('|')
			if g.intn(30) == 0 {
				sb.WriteString("open")
			} else {
				sb.WriteString("closed")
			}
			if g.intn(97) == 0 {
				sb.WriteString("|garbled")
			}
			lines = append(lines, sb.String())
		}
	}
	return lines
}
