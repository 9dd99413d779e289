package main

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// WorkCardService serves the technical records API used by line engineers
// and maintenance control.
type WorkCardService struct {
	fleet *Fleet
	rules *RuleBook
}

// NewWorkCardService wires the service to its fleet store and rules.
func NewWorkCardService(f *Fleet, rb *RuleBook) *WorkCardService {
	return &WorkCardService{fleet: f, rules: rb}
}

// Routes returns the HTTP handler of the service.
func (s *WorkCardService) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/aircraft/", s.handleAircraft)
	return mux
}

func (s *WorkCardService) handleAircraft(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if len(parts) != 3 {
		http.NotFound(w, r)
		return
	}
	tail, resource := parts[1], parts[2]
	switch {
	case resource == "workpackages" && r.Method == http.MethodPost:
		s.submitPackage(w, r, tail)
	case resource == "status" && r.Method == http.MethodGet:
		s.status(w, r, tail)
	default:
		http.Error(w, "not found", http.StatusNotFound)
	}
}

func (s *WorkCardService) submitPackage(w http.ResponseWriter, r *http.Request, tail string) {
	var wp WorkPackage
	if err := json.NewDecoder(r.Body).Decode(&wp); err != nil {
		http.Error(w, "bad work package: "+err.Error(), http.StatusBadRequest)
		return
	}
	res := PackageResult{Tail: tail}
	var good []TaskCard
	for i := range wp.Cards {
		card := &wp.Cards[i]
		if findings := s.rules.CheckCard(wp.Station, card); len(findings) > 0 {
			res.Findings = append(res.Findings, findings...)
			res.Rejected++
			continue
		}
		res.ManHours += card.ManHours
		good = append(good, *card)
	}
	for attempt := 0; attempt < 5; attempt++ {
		a, err := s.fleet.Snapshot(tail)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		accrue(a, wp.FlightHours, wp.FlightCycles, wp.Days)
		applied, findings := applyCards(a, good)
		if !s.fleet.Commit(a) {
			res.Conflicts++
			continue
		}
		res.Accepted = applied
		res.Rejected += len(good) - applied
		res.Findings = append(res.Findings, findings...)
		res.Revision = a.Revision
		due := ForecastDue(s.fleet, a, 30)
		if len(due) > 10 {
			due = due[:10]
		}
		res.NextDue = due
		break
	}
	writeJSON(w, res)
}

// StatusReport is the maintenance control view of one aircraft.
type StatusReport struct {
	Tail     string    `json:"tail"`
	Type     string    `json:"type"`
	Hours    float64   `json:"hours"`
	Cycles   int       `json:"cycles"`
	Horizon  int       `json:"horizonDays"`
	Deferred int       `json:"deferredItems"`
	Due      []DueItem `json:"due"`
}

func (s *WorkCardService) status(w http.ResponseWriter, r *http.Request, tail string) {
	horizon, err := strconv.Atoi(r.URL.Query().Get("horizon"))
	if err != nil || horizon <= 0 {
		horizon = 90
	}
	a, ok := s.fleet.Current(tail)
	if !ok {
		http.Error(w, "unknown tail "+tail, http.StatusNotFound)
		return
	}
	rep := StatusReport{Tail: a.Tail, Type: a.Type, Hours: a.Hours, Cycles: a.Cycles, Horizon: horizon}
	for _, c := range a.Components {
		if c.Deferred {
			rep.Deferred++
		}
	}
	rep.Due = ForecastDue(s.fleet, a, horizon)
	writeJSON(w, rep)
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}
