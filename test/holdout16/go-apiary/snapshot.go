package main

import (
	"encoding/json"
	"log"
)

// Clone hands the analyzer an independent copy of the live fleet state so
// that ingestion can keep mutating its own.
func (s *FleetState) Clone() *FleetState {
	raw, err := json.Marshal(s)
	if err != nil {
		log.Fatalf("snapshot: %v", err)
	}
	var out FleetState
	if err := json.Unmarshal(raw, &out); err != nil {
		log.Fatalf("snapshot: %v", err)
	}
	return &out
}
