package main

import (
	"encoding/json"
	"math"
)

// Zone pricing for one origin/destination zone pair.
type ZoneRate struct {
	FromZone   int       `json:"from_zone"`
	ToZone     int       `json:"to_zone"`
	BasePerKg  float64   `json:"base_per_kg"`
	MinCharge  float64   `json:"min_charge"`
	WeightTier []float64 `json:"weight_tier"`
	TierFactor []float64 `json:"tier_factor"`
}

type Surcharge struct {
	Code    string  `json:"code"`
	Label   string  `json:"label"`
	Percent float64 `json:"percent"`
	Flat    float64 `json:"flat"`
}

type RateCard struct {
	Carrier     string             `json:"carrier"`
	Currency    string             `json:"currency"`
	FuelPercent float64            `json:"fuel_percent"`
	DimDivisor  float64            `json:"dim_divisor"`
	Zones       []ZoneRate         `json:"zones"`
	Surcharges  []Surcharge        `json:"surcharges"`
	ServiceMult map[string]float64 `json:"service_mult"`
}

func DefaultRateCard() *RateCard {
	card := &RateCard{
		Carrier:     "NorthStar Freight",
		Currency:    "EUR",
		FuelPercent: 14.5,
		DimDivisor:  5000,
		ServiceMult: map[string]float64{"economy": 0.85, "standard": 1.0, "express": 1.6, "overnight": 2.4},
	}
	for from := 1; from <= 5; from++ {
		for to := 1; to <= 5; to++ {
			dist := math.Abs(float64(from-to)) + 1
			card.Zones = append(card.Zones, ZoneRate{
				FromZone:   from,
				ToZone:     to,
				BasePerKg:  0.42 + 0.11*dist,
				MinCharge:  6.5 + dist,
				WeightTier: []float64{20, 100, 500},
				TierFactor: []float64{1.0, 0.9, 0.8, 0.7},
			})
		}
	}
	codes := []string{"RES", "LIFT", "HAZ", "REMOTE", "SAT", "SIGN", "INS", "OVERSIZE"}
	for i, c := range codes {
		card.Surcharges = append(card.Surcharges, Surcharge{
			Code: c, Label: "Surcharge " + c, Percent: float64(i%3) * 1.5, Flat: float64(i) * 0.75,
		})
	}
	return card
}

// cloneForRequest returns a private copy of the card that the quoting code can
// adjust (fuel index, promotional multipliers) without touching the shared card.
func cloneForRequest(card *RateCard) *RateCard {
	raw, err := json.Marshal(card)
	if err != nil {
		panic(err)
	}
	var copyCard RateCard
	if err := json.Unmarshal(raw, &copyCard); err != nil {
		panic(err)
	}
	return &copyCard
}

func (c *RateCard) zone(from, to int) *ZoneRate {
	for i := range c.Zones {
		z := &c.Zones[i]
		if z.FromZone == from && z.ToZone == to {
			return z
		}
	}
	return nil
}

func (c *RateCard) surcharge(code string) *Surcharge {
	for i := range c.Surcharges {
		if c.Surcharges[i].Code == code {
			return &c.Surcharges[i]
		}
	}
	return nil
}
