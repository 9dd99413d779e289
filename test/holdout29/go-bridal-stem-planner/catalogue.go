package main

import "math/rand"

// Variety is a cut-flower or foliage line bought at auction.
type Variety struct {
	ID        int
	Name      string
	Colour    string
	BasePrice float64 // euro per stem at the clock
	VaseDays  int
	Family    int // substitution family (varieties in a family can stand in for each other)
	Stems     int // stems per bucket
}

// Component is one line of a design recipe.
type Component struct {
	Variety int
	Stems   int
}

// Design is a florist's recipe, e.g. a hand-tied bridal bouquet.
type Design struct {
	ID     int
	Name   string
	Recipe []Component
	Labour float64 // minutes
}

// Catalogue holds the varieties and designs the studio works with.
type Catalogue struct {
	Varieties []Variety
	Designs   []Design
	byFamily  map[int][]int
}

var varietyNames = []struct {
	name, colour string
	price        float64
	family, vase int
}{
	{"Rose Avalanche", "white", 0.62, 1, 9}, {"Rose Sweet Avalanche", "blush", 0.66, 1, 9}, {"Rose Pink O'Hara", "pink", 1.45, 1, 6},
	{"Rose Red Naomi", "red", 0.71, 1, 10}, {"Rose Juliet", "peach", 2.10, 1, 6}, {"Rose Quicksand", "nude", 0.88, 1, 9},
	{"Spray Rose Majolika", "blush", 0.54, 2, 8}, {"Spray Rose Yanaka", "cream", 0.58, 2, 8}, {"Peony Sarah Bernhardt", "pink", 2.40, 3, 5},
	{"Peony Duchesse de Nemours", "white", 2.55, 3, 5}, {"Peony Coral Charm", "coral", 2.90, 3, 5}, {"Ranunculus Hanoi", "white", 0.85, 4, 7},
	{"Ranunculus Pauline Apricot", "apricot", 0.92, 4, 7}, {"Lisianthus Rosita White", "white", 0.78, 5, 10}, {"Lisianthus Alissa Pink", "pink", 0.80, 5, 10},
	{"Sweet Pea Mix", "mixed", 0.48, 6, 4}, {"Stock Iron White", "white", 0.64, 7, 7}, {"Delphinium Volkerfrieden", "blue", 1.05, 8, 7},
	{"Larkspur White", "white", 0.52, 8, 7}, {"Gypsophila Xlence", "white", 0.95, 9, 10}, {"Wax Flower Blondie", "white", 0.70, 9, 12},
	{"Astrantia Roma", "pink", 0.83, 10, 9}, {"Scabiosa Oxford Blue", "blue", 0.60, 10, 6}, {"Eucalyptus Cinerea", "green", 0.45, 11, 14},
	{"Eucalyptus Parvifolia", "green", 0.52, 11, 14}, {"Ruscus Italian", "green", 0.32, 12, 20}, {"Pittosporum Nigra", "green", 0.41, 12, 14},
	{"Olive Branch", "green", 0.68, 11, 10}, {"Veronica Lavender", "lilac", 0.55, 13, 8}, {"Freesia White Wings", "white", 0.47, 14, 8},
	{"Calla Crystal Blush", "blush", 1.60, 15, 10}, {"Hydrangea Magical Jade", "green", 2.20, 16, 7}, {"Hydrangea White Ball", "white", 1.90, 16, 7},
	{"Anemone Mistral Bianco", "white", 0.90, 4, 6}, {"Tulip French White", "white", 0.88, 17, 6}, {"Dahlia Cafe au Lait", "cafe", 2.30, 3, 4},
}

var designNames = []string{
	"Bridal bouquet hand-tied", "Bridesmaid posy", "Buttonhole", "Corsage", "Flower crown",
	"Long table runner (per metre)", "Round table centre", "Top table garland (per metre)", "Ceremony arch", "Pew end",
	"Cake flowers", "Urn arrangement", "Welcome sign swag", "Aisle meadow box", "Thrown petal cone",
}

func newCatalogue() *Catalogue {
	c := &Catalogue{byFamily: make(map[int][]int)}
	for i, v := range varietyNames {
		stems := 20
		if v.price > 1.5 {
			stems = 10
		}
		c.Varieties = append(c.Varieties, Variety{ID: i, Name: v.name, Colour: v.colour, BasePrice: v.price, VaseDays: v.vase, Family: v.family, Stems: stems})
		c.byFamily[v.family] = append(c.byFamily[v.family], i)
	}
	rng := rand.New(rand.NewSource(7))
	// each design comes in several palettes
	for d, name := range designNames {
		for palette := 0; palette < 6; palette++ {
			n := 2 + rng.Intn(6)
			if d == 8 || d == 7 || d == 11 {
				n += 4
			}
			recipe := make([]Component, 0, n)
			used := map[int]bool{}
			for len(recipe) < n {
				v := rng.Intn(len(c.Varieties))
				if used[v] {
					continue
				}
				used[v] = true
				stems := 1 + rng.Intn(5)
				if d == 0 || d == 8 || d == 11 {
					stems *= 4
				}
				recipe = append(recipe, Component{Variety: v, Stems: stems})
			}
			c.Designs = append(c.Designs, Design{ID: len(c.Designs), Name: name, Recipe: recipe, Labour: 5 + float64(len(recipe))*rng.Float64()*12})
		}
	}
	return c
}
