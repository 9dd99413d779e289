package main

import (
	"fmt"
	"math"
	"math/rand"
)

// Varietal carries the picking targets agreed with the winemaker.
type Varietal struct {
	Name       string
	TargetBrix float64
	MinTA      float64 // titratable acidity floor, g/L
	TonsPerHa  float64
	BaseBrix   float64
	BrixPerDay float64
}

var varietals = []Varietal{
	{"Pinot Noir", 23.5, 6.0, 6.5, 16.0, 0.22},
	{"Chardonnay", 22.5, 6.5, 9.0, 15.5, 0.20},
	{"Syrah", 25.0, 5.5, 8.0, 16.5, 0.24},
	{"Riesling", 20.5, 7.5, 8.5, 14.5, 0.18},
	{"Cabernet Sauvignon", 25.5, 5.8, 7.0, 17.0, 0.21},
	{"Grenache", 24.5, 5.2, 10.0, 16.0, 0.25},
}

// Block is a contiguous planting of one varietal.
type Block struct {
	ID       string
	Varietal int
	Hectares float64
	X, Y     float64 // km from the crush pad
	slope    float64
	start    float64
}

// Estate is the static description of the vineyard.
type Estate struct {
	Blocks []Block
	index  map[string]int
	dist   [][]float64 // road distance between blocks, km
	depot  []float64   // road distance from the crush pad
}

func newEstate(rng *rand.Rand, n int) *Estate {
	e := &Estate{index: make(map[string]int, n)}
	for i := 0; i < n; i++ {
		v := rng.Intn(len(varietals))
		b := Block{
			ID:       fmt.Sprintf("B%04d", i+1),
			Varietal: v,
			Hectares: 0.5 + rng.Float64()*4,
			X:        rng.NormFloat64() * 6,
			Y:        rng.NormFloat64() * 4,
			slope:    varietals[v].BrixPerDay * (0.8 + 0.4*rng.Float64()),
			start:    varietals[v].BaseBrix + rng.NormFloat64(),
		}
		e.index[b.ID] = i
		e.Blocks = append(e.Blocks, b)
	}
	e.dist = make([][]float64, n)
	e.depot = make([]float64, n)
	for i := range e.Blocks {
		e.dist[i] = make([]float64, n)
		e.depot[i] = roadKm(0, 0, e.Blocks[i].X, e.Blocks[i].Y)
		for j := range e.Blocks {
			e.dist[i][j] = roadKm(e.Blocks[i].X, e.Blocks[i].Y, e.Blocks[j].X, e.Blocks[j].Y)
		}
	}
	return e
}

// roadKm approximates a farm-road distance: straight line plus detours.
func roadKm(x1, y1, x2, y2 float64) float64 {
	dx, dy := x2-x1, y2-y1
	return 1.25*math.Hypot(dx, dy) + 0.15*(math.Abs(dx)+math.Abs(dy))
}
