package main

import (
	"math/rand"
	"strconv"
)

// Recipe is the nutrient target a crop is grown to.
type Recipe struct {
	Crop        string
	TargetEC    float64 // mS/cm
	TargetPH    float64
	ToleranceEC float64
	TolerancePH float64
	MaxTempC    float64
}

// Zone is one irrigated growing zone (a gully bank or a flood table).
type Zone struct {
	ID     string
	Bay    int
	Volume float64 // reservoir litres
	Recipe Recipe
}

// House is the whole greenhouse: its zones and recipes.
type House struct {
	Zones   []Zone
	Recipes []Recipe
}

var cropRecipes = []Recipe{
	{Crop: "lettuce", TargetEC: 1.2, TargetPH: 5.9, ToleranceEC: 0.15, TolerancePH: 0.25, MaxTempC: 24},
	{Crop: "basil", TargetEC: 1.4, TargetPH: 6.0, ToleranceEC: 0.2, TolerancePH: 0.3, MaxTempC: 27},
	{Crop: "tomato", TargetEC: 2.6, TargetPH: 6.1, ToleranceEC: 0.3, TolerancePH: 0.3, MaxTempC: 28},
	{Crop: "strawberry", TargetEC: 1.8, TargetPH: 5.8, ToleranceEC: 0.2, TolerancePH: 0.2, MaxTempC: 25},
	{Crop: "cucumber", TargetEC: 2.2, TargetPH: 5.9, ToleranceEC: 0.25, TolerancePH: 0.3, MaxTempC: 29},
	{Crop: "spinach", TargetEC: 1.9, TargetPH: 6.2, ToleranceEC: 0.2, TolerancePH: 0.3, MaxTempC: 22},
	{Crop: "pepper", TargetEC: 2.4, TargetPH: 6.0, ToleranceEC: 0.3, TolerancePH: 0.25, MaxTempC: 28},
}

// BuildHouse lays out zones across bays, assigning each a crop recipe.
func BuildHouse(n int, seed int64) *House {
	rng := rand.New(rand.NewSource(seed))
	h := &House{Recipes: cropRecipes}
	for i := 0; i < n; i++ {
		bay := i/24 + 1
		rec := cropRecipes[rng.Intn(len(cropRecipes))]
		id := "B" + pad2(bay) + "-" + rec.Crop + "-" + strconv.Itoa(i%24+1)
		h.Zones = append(h.Zones, Zone{
			ID:     id,
			Bay:    bay,
			Volume: 180 + float64(rng.Intn(8))*40,
			Recipe: rec,
		})
	}
	return h
}

// Bays groups zone indexes by bay, in bay order.
func (h *House) Bays() [][]int {
	var bays [][]int
	for i, z := range h.Zones {
		for len(bays) < z.Bay {
			bays = append(bays, nil)
		}
		bays[z.Bay-1] = append(bays[z.Bay-1], i)
	}
	return bays
}

func pad2(v int) string {
	if v < 10 {
		return "0" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

// findZone returns the zone with the given identifier, or nil.
func findZone(zones []Zone, id string) *Zone {
	for i := range zones {
		if zones[i].ID == id {
			return &zones[i]
		}
	}
	return nil
}
