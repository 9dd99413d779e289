package main

import (
	"fmt"
	"math/rand"
)

// Meter is a customer or bulk meter in a district metered area.
type Meter struct {
	ID        string  `json:"id"`
	Kind      string  `json:"kind"` // "customer" or "inlet"
	Street    string  `json:"street"`
	BaseFlow  float64 `json:"base_flow"`
	Pressure  float64 `json:"pressure"`
	Leaking   bool    `json:"-"`
	TotalM3   float64 `json:"total_m3"`
	NightMin  float64 `json:"night_min"`
	Readings  int     `json:"readings"`
	Anomalies int     `json:"anomalies"`
}

// Zone is one district metered area.
type Zone struct {
	Name   string   `json:"name"`
	Meters []*Meter `json:"meters"`
	Inlets []string `json:"inlets"`
}

type Network struct {
	Zones []*Zone
}

func (n *Network) meterCount() int {
	c := 0
	for _, z := range n.Zones {
		c += len(z.Meters)
	}
	return c
}

var streets = []string{"Alder Rd", "Birch Ln", "Canal St", "Dock Row", "Elm Ct", "Ferry Way", "Glen Ave", "Harbour Pl"}

func buildNetwork(zones, metersPerZone int, seed int64) *Network {
	rng := rand.New(rand.NewSource(seed))
	n := &Network{}
	for zi := 0; zi < zones; zi++ {
		z := &Zone{Name: fmt.Sprintf("DMA-%02d", zi+1)}
		for i := 0; i < 3; i++ {
			id := fmt.Sprintf("INL-%02d%02d", zi, i)
			z.Inlets = append(z.Inlets, id)
			z.Meters = append(z.Meters, &Meter{ID: id, Kind: "inlet", Street: "trunk main", BaseFlow: 0, Pressure: 4.2, NightMin: 1e9})
		}
		for i := 0; i < metersPerZone; i++ {
			m := &Meter{
				ID:       fmt.Sprintf("MTR-%02d%04d", zi, i),
				Kind:     "customer",
				Street:   streets[rng.Intn(len(streets))],
				BaseFlow: 0.05 + rng.Float64()*0.4,
				Pressure: 2.5 + rng.Float64()*1.5,
				Leaking:  rng.Float64() < 0.04,
				NightMin: 1e9,
			}
			z.Meters = append(z.Meters, m)
		}
		// shuffle so inlets are not always first
		rng.Shuffle(len(z.Meters), func(i, j int) { z.Meters[i], z.Meters[j] = z.Meters[j], z.Meters[i] })
		n.Zones = append(n.Zones, z)
	}
	return n
}
