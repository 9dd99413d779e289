package main

// Species carries the seed-storage constants for one taxon
// (Ellis & Roberts viability equation).
type Species struct {
	Code   string
	Name   string
	Family string
	KE     float64 // species constant
	CW     float64 // moisture coefficient
	CH     float64 // temperature coefficient
	CQ     float64 // quadratic temperature coefficient
}

// GerminationTest is one germination trial on a sample of an accession.
type GerminationTest struct {
	Year       int
	Sown       int
	Germinated int
}

// Accession is a seed lot held in the vault.
type Accession struct {
	ID          string
	SpeciesCode string
	Donor       string
	Collected   int     // year
	MoisturePct float64 // seed moisture content, fresh weight basis
	StorageC    float64 // storage temperature
	InitialVia  float64 // initial viability in probits (Ki)
	Seeds       int
	Tests       []GerminationTest
	Passport    []byte // scanned passport data sheet
}

// AccessionStatus is the computed state of a lot for the curators.
type AccessionStatus struct {
	ID           string
	SpeciesCode  string
	Viability    float64 // latest estimated germination fraction
	LowerBound   float64 // Wilson 95% lower bound of latest test
	RegenerateBy int     // year by which viability drops under 85% of initial
	Digest       [32]byte
	Problems     []string
}
