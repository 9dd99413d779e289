package main

import "time"

// Queen describes the colony's queen as last recorded by a beekeeper.
type Queen struct {
	Marked    bool   `json:"marked"`
	Year      int    `json:"year"`
	Lineage   string `json:"lineage"`
	LastSeen  string `json:"last_seen"`
	Supersede bool   `json:"supersede"`
}

// Observation is one inspection as stored in a hive's history.
type Observation struct {
	Date       string   `json:"date"`
	Frames     int      `json:"frames"`
	Brood      int      `json:"brood"`
	Honey      int      `json:"honey"`
	Mites      int      `json:"mites"`
	Temper     string   `json:"temper"`
	QueenSeen  bool     `json:"queen_seen"`
	WeightKg   float64  `json:"weight_kg"`
	Inspector  string   `json:"inspector"`
	Treatments []string `json:"treatments,omitempty"`
}

// Hive is a single colony in one of the yards.
type Hive struct {
	Tag          string            `json:"tag"`
	Yard         string            `json:"yard"`
	Breed        string            `json:"breed"`
	Queen        Queen             `json:"queen"`
	Supers       int               `json:"supers"`
	Observations []Observation     `json:"observations"`
	Notes        map[string]string `json:"notes"`
}

// Inspection is a parsed line from the field log.
type Inspection struct {
	When      time.Time
	Tag       string
	Frames    int
	Brood     int
	Honey     int
	Mites     int
	Temper    string
	QueenSeen bool
	WeightKg  float64
	Inspector string
}
