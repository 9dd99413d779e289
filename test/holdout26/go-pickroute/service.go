package main

import (
	"encoding/json"
	"net/http"
)

type OrderLine struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

type RouteRequest struct {
	OrderID string      `json:"orderId"`
	Lines   []OrderLine `json:"lines"`
}

type PickStop struct {
	Seq      int    `json:"seq"`
	SKU      string `json:"sku"`
	Location string `json:"location"`
	Qty      int    `json:"qty"`
	Short    int    `json:"short,omitempty"`
}

type RouteResponse struct {
	OrderID string     `json:"orderId"`
	Stops   []PickStop `json:"stops"`
	WalkM   float64    `json:"walkM"`
}

// RouteService plans picker walks for incoming orders.
type RouteService struct {
	wh    *Warehouse
	depot Location
}

func NewRouteService(wh *Warehouse) *RouteService {
	return &RouteService{wh: wh, depot: Location{Aisle: 0, Bay: 0}}
}

func (s *RouteService) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/pick-route", s.handlePickRoute)
	return mux
}

func (s *RouteService) handlePickRoute(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var req RouteRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	resp := s.plan(req)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (s *RouteService) plan(req RouteRequest) RouteResponse {
	locs := make([]Location, 0, len(req.Lines))
	lines := make([]OrderLine, 0, len(req.Lines))
	for _, l := range req.Lines {
		loc, ok := s.wh.Locate(l.SKU)
		if !ok {
			continue
		}
		locs = append(locs, loc)
		lines = append(lines, l)
	}
	order, walk := planRoute(s.depot, locs)
	stops := make([]PickStop, 0, len(order))
	for seq, idx := range order {
		l := lines[idx]
		st := PickStop{Seq: seq + 1, SKU: l.SKU, Location: locs[idx].Code(), Qty: l.Qty}
		if avail := s.wh.Available(l.SKU); avail < l.Qty {
			st.Short = l.Qty - avail
		}
		stops = append(stops, st)
	}
	return RouteResponse{OrderID: req.OrderID, Stops: stops, WalkM: walk}
}
