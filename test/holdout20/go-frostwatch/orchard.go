package main

import (
	"fmt"
	"math/rand"
)

// Crop phenology stage decides the critical temperature of the buds.
type Stage int

const (
	SilverTip Stage = iota
	GreenTip
	TightCluster
	FirstPink
	FullBloom
	PetalFall
)

var stageNames = [...]string{"silver tip", "green tip", "tight cluster", "first pink", "full bloom", "petal fall"}

func (s Stage) String() string { return stageNames[s] }

// Critical temperatures (°C) killing 10 % and 90 % of buds, per stage.
var criticalTemps = map[Stage][2]float64{
	SilverTip:    {-9.4, -16.7},
	GreenTip:     {-7.8, -12.2},
	TightCluster: {-5.0, -9.4},
	FirstPink:    {-2.8, -6.1},
	FullBloom:    {-2.2, -3.9},
	PetalFall:    {-2.2, -3.9},
}

type Block struct {
	Code        string
	Variety     string
	Stage       Stage
	ElevationM  float64
	HollowDepth float64 // how much cold air pools in the block (0..1)
	HasWindMach bool
	HasSprinkle bool
	AreaHa      float64
}

type Orchard struct {
	Blocks  []*Block
	Retired map[string]string // block code -> reason (grubbed out, replanting)
}

var varieties = []string{"Honeycrisp", "Gala", "Fuji", "Braeburn", "Jazz", "Pink Lady", "Cox", "Jonagold"}

func NewOrchard(seed int64) *Orchard {
	rng := rand.New(rand.NewSource(seed))
	o := &Orchard{Retired: make(map[string]string)}
	for row := 0; row < 60; row++ {
		for col := 0; col < 40; col++ {
			b := &Block{
				Code:        fmt.Sprintf("%c%02d-%02d", 'A'+rune(row%26), row, col),
				Variety:     varieties[rng.Intn(len(varieties))],
				Stage:       Stage(rng.Intn(6)),
				ElevationM:  180 + rng.Float64()*90,
				HollowDepth: rng.Float64(),
				HasWindMach: rng.Float64() < 0.55,
				HasSprinkle: rng.Float64() < 0.35,
				AreaHa:      0.8 + rng.Float64()*3.2,
			}
			o.Blocks = append(o.Blocks, b)
			if rng.Intn(150) == 0 {
				o.Retired[b.Code] = "replanting"
			}
		}
	}
	return o
}

// BlockByCode finds the block a sensor reading belongs to. Sensors left
// standing in retired blocks still report, but their readings are ignored.
func (o *Orchard) BlockByCode(code string) (*Block, error) {
	for _, b := range o.Blocks {
		if b.Code != code {
			continue
		}
		if reason, ok := o.Retired[code]; ok {
			return nil, fmt.Errorf("block %s retired: %s", code, reason)
		}
		return b, nil
	}
	return nil, fmt.Errorf("block %s not in survey", code)
}
