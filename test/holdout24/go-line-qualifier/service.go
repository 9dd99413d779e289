package main

import (
	"encoding/json"
	"net/http"
	"sort"
	"sync/atomic"
)

// QualifyRequest is what order entry posts for an address.
type QualifyRequest struct {
	AddressKey string    `json:"addressKey"`
	Channel    string    `json:"channel"`
	MarginsDB  []float64 `json:"marginsDb"`
}

// QualifyResponse carries the estimates and the products that can be sold.
type QualifyResponse struct {
	AddressKey   string         `json:"addressKey"`
	Exchange     string         `json:"exchange"`
	Cabinet      string         `json:"cabinet"`
	LoopMetres   int            `json:"loopMetres"`
	Estimates    []RateEstimate `json:"estimates"`
	Sellable     []string       `json:"sellable"`
	HeadlineDown int            `json:"headlineDownKbps"`
}

// Product is a retail broadband product with its minimum guaranteed rate.
type Product struct {
	Name        string
	Technology  string
	MinDownKbps int
	MinUpKbps   int
}

var catalogue = func() []Product {
	p := []Product{
		{"Fibre 36/10", "VDSL2-17a", 25000, 5000},
		{"Fibre 40/10", "VDSL2-17a", 30000, 6000},
		{"Fibre 55/10", "VDSL2-17a", 40000, 8000},
		{"Fibre 80/20", "VDSL2-17a", 60000, 15000},
		{"Ultrafast 160/30", "G.fast-106a", 120000, 25000},
		{"Ultrafast 330/50", "G.fast-106a", 250000, 40000},
	}
	sort.Slice(p, func(i, j int) bool { return p[i].MinDownKbps < p[j].MinDownKbps })
	return p
}()

var defaultMargins = []float64{3, 6, 9}

// QualificationService serves /v1/qualify.
type QualificationService struct {
	Inventory *Inventory
	Engine    *QualificationEngine
	served    atomic.Int64
	notFound  atomic.Int64
}

func (s *QualificationService) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/qualify", s.handleQualify)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	return mux
}

func (s *QualificationService) handleQualify(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var req QualifyRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		http.Error(w, "bad request body", http.StatusBadRequest)
		return
	}
	line, ok := s.Inventory.Lookup(req.AddressKey)
	if !ok {
		s.notFound.Add(1)
		http.Error(w, "address not on the access network", http.StatusNotFound)
		return
	}
	margins := req.MarginsDB
	if len(margins) == 0 {
		margins = defaultMargins
	}
	estimates := s.Engine.Qualify(line, margins)
	resp := QualifyResponse{
		AddressKey: line.AddressKey,
		Exchange:   line.Exchange,
		Cabinet:    line.Cabinet,
		LoopMetres: int(line.LoopMetres),
		Estimates:  estimates,
	}
	resp.Sellable, resp.HeadlineDown = sellable(estimates)
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(&resp); err != nil {
		return
	}
	s.served.Add(1)
}

// sellable picks the products whose minimum rates are met by the
// estimate at the standard 6 dB target margin.
func sellable(est []RateEstimate) ([]string, int) {
	best := map[string]RateEstimate{}
	headline := 0
	for _, e := range est {
		if e.MarginDB != 6 {
			continue
		}
		if cur, ok := best[e.Technology]; !ok || e.DownKbps > cur.DownKbps {
			best[e.Technology] = e
		}
		if e.DownKbps > headline {
			headline = e.DownKbps
		}
	}
	var out []string
	for _, p := range catalogue {
		if e, ok := best[p.Technology]; ok && e.DownKbps >= p.MinDownKbps && e.UpKbps >= p.MinUpKbps {
			out = append(out, p.Name)
		}
	}
	return out, headline
}
