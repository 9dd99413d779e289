package main

import (
	"math/rand"
	"strconv"
)

var families = []string{"Poaceae", "Fabaceae", "Brassicaceae", "Solanaceae", "Asteraceae", "Cucurbitaceae"}
var donors = []string{"NZ-GRC", "KEW-MSB", "IPK-GAT", "CIMMYT", "ICARDA", "USDA-NPGS", "farmer-network"}

func buildSpecies(rng *rand.Rand, n int) []Species {
	out := make([]Species, n)
	for i := range out {
		code := make([]byte, 0, 8)
		code = append(code, "SP"...)
		code = strconv.AppendInt(code, int64(1000+i), 10)
		out[i] = Species{
			Code:   string(code),
			Name:   "Taxon " + strconv.Itoa(i),
			Family: families[rng.Intn(len(families))],
			KE:     6.5 + rng.Float64()*3,
			CW:     4.0 + rng.Float64()*2,
			CH:     0.0329,
			CQ:     0.000478,
		}
	}
	return out
}

// buildAccessions produces vault records. The ID format is deliberately
// varied, as it would be after decades of different cataloguing systems.
func buildAccessions(rng *rand.Rand, species []Species, n, passportBytes int) []Accession {
	out := make([]Accession, n)
	for i := range out {
		id := make([]byte, 0, 16)
		switch rng.Intn(10) {
		case 0:
			id = append(id, "acc "...) // legacy lower-case entries
		default:
			id = append(id, "ACC-"...)
		}
		id = strconv.AppendInt(id, int64(1960+rng.Intn(63)), 10)
		id = append(id, '-')
		id = strconv.AppendInt(id, int64(100000+i), 10)
		collected := 1975 + rng.Intn(45)
		a := Accession{
			ID:          string(id),
			SpeciesCode: species[rng.Intn(len(species))].Code,
			Donor:       donors[rng.Intn(len(donors))],
			Collected:   collected,
			MoisturePct: 4 + rng.Float64()*5,
			StorageC:    -20 + rng.Float64()*25,
			InitialVia:  1.5 + rng.Float64()*1.5,
			Seeds:       500 + rng.Intn(20000),
		}
		if rng.Intn(50) == 0 {
			a.SpeciesCode = "SP" + strconv.Itoa(90000+rng.Intn(10)) // stale code
		}
		for y := collected + 1 + rng.Intn(4); y < 2023; y += 5 + rng.Intn(6) {
			sown := 50 + 50*rng.Intn(3)
			a.Tests = append(a.Tests, GerminationTest{Year: y, Sown: sown, Germinated: sown - rng.Intn(sown/3+1)})
		}
		a.Passport = make([]byte, passportBytes)
		rng.Read(a.Passport)
		out[i] = a
	}
	return out
}
