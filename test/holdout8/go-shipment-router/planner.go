package main

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
)

const truckCapacityKg = 1800.0

type manifest struct {
	ID      string
	Carrier Carrier
	Origin  string
	Dest    string
	LoadKg  float64
	Lines   []ManifestLine
}

// Planner consolidates shipments into truck manifests per lane.
type Planner struct {
	hubs      map[string]Hub
	carriers  []Carrier
	open      map[string]*manifest
	closed    []*manifest
	assigned  []string
	seq       int
	totalCost float64
	distCache map[[2]string]float64
	network   *roadNetwork
}

func newPlanner(hubs []Hub, carriers []Carrier) *Planner {
	hm := make(map[string]Hub, len(hubs))
	for _, h := range hubs {
		hm[h.Code] = h
	}
	return &Planner{
		hubs:      hm,
		carriers:  carriers,
		open:      make(map[string]*manifest),
		distCache: make(map[[2]string]float64),
		network:   buildRoadNetwork(hubs),
	}
}

func haversineKm(a, b Hub) float64 {
	const r = 6371.0
	lat1, lat2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dLat := lat2 - lat1
	dLon := (b.Lon - a.Lon) * math.Pi / 180
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1)*math.Cos(lat2)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

func (p *Planner) distance(o, d string) float64 {
	key := [2]string{o, d}
	if km, ok := p.distCache[key]; ok {
		return km
	}
	// road distance is roughly 1.25x the great-circle distance
	km := haversineKm(p.hubs[o], p.hubs[d]) * 1.25
	p.distCache[key] = km
	return km
}

// alreadyAssigned reports whether a shipment ID was already placed on a
// manifest (customers sometimes book the same parcel twice).
func (p *Planner) alreadyAssigned(id string) bool {
	for _, a := range p.assigned {
		if a == id {
			return true
		}
	}
	return false
}

func (p *Planner) cheapestCarrier(km, kg float64, express bool) (Carrier, float64) {
	best := Carrier{}
	bestPrice := math.Inf(1)
	for _, c := range p.carriers {
		if kg > c.MaxWeightKg {
			continue
		}
		price := c.BaseFee + c.PerKm*km*(kg/truckCapacityKg) + c.PerKg*kg
		if express {
			price *= 1.35
		}
		if price < bestPrice {
			best, bestPrice = c, price
		}
	}
	return best, bestPrice
}

// Assign places a validated shipment on the open manifest for its lane.
func (p *Planner) Assign(s *Shipment) {
	if p.alreadyAssigned(s.ID) {
		return
	}
	lane := s.Origin + ">" + s.Destination
	m := p.open[lane]
	if m == nil || m.LoadKg+s.WeightKg > truckCapacityKg {
		if m != nil {
			p.closed = append(p.closed, m)
		}
		p.seq++
		m = &manifest{ID: fmt.Sprintf("MF-%s-%05d", lane, p.seq), Origin: s.Origin, Dest: s.Destination}
		p.open[lane] = m
	}
	km, hours, _ := p.network.Route(s.Origin, s.Destination, s.BookedAt, s.WeightKg)
	if km == 0 {
		km = p.distance(s.Origin, s.Destination)
	}
	express := s.Priority >= 3 || hours > 20
	carrier, price := p.cheapestCarrier(km, s.WeightKg, express)
	price, _ = applySurcharges(s, price)
	if m.Carrier.Name == "" {
		m.Carrier = carrier
	}
	m.LoadKg += s.WeightKg
	m.Lines = append(m.Lines, ManifestLine{
		Manifest:   m.ID,
		Carrier:    carrier.Name,
		ShipmentID: s.ID,
		Tracking:   s.Tracking,
		Origin:     s.Origin,
		Dest:       s.Destination,
		DistanceKm: km,
		WeightKg:   s.WeightKg,
		Price:      price,
		Priority:   s.Priority,
		Express:    express,
	})
	p.totalCost += price
	p.assigned = append(p.assigned, s.ID)
}

// Manifests closes all open manifests and returns them sorted by ID.
func (p *Planner) Manifests() []*manifest {
	for _, m := range p.open {
		p.closed = append(p.closed, m)
	}
	p.open = map[string]*manifest{}
	sort.Slice(p.closed, func(i, j int) bool { return p.closed[i].ID < p.closed[j].ID })
	return p.closed
}

func (p *Planner) TotalCost() float64 { return p.totalCost }

// SurchargeRule adds a fee when a named field of a shipment satisfies a
// condition. Rules are maintained by the pricing team as data, so they
// reference shipment fields by name.
type SurchargeRule struct {
	Name  string
	Field string
	Op    string // one of ">", "<", "==", "prefix"
	Value interface{}
	Fee   float64
	Pct   float64
}

var surchargeRules = []SurchargeRule{
	{Name: "heavy-parcel", Field: "WeightKg", Op: ">", Value: 70.0, Fee: 12.5},
	{Name: "very-heavy-parcel", Field: "WeightKg", Op: ">", Value: 140.0, Fee: 35},
	{Name: "bulky", Field: "Volume", Op: ">", Value: 0.5, Fee: 9},
	{Name: "priority", Field: "Priority", Op: "==", Value: 2, Pct: 0.08},
	{Name: "express", Field: "Priority", Op: "==", Value: 3, Pct: 0.22},
	{Name: "uk-customs", Field: "Country", Op: "==", Value: "GB", Fee: 18},
	{Name: "swiss-customs", Field: "Country", Op: "==", Value: "CH", Fee: 15},
	{Name: "us-export", Field: "Country", Op: "==", Value: "US", Fee: 42},
	{Name: "iberia-remote", Field: "Destination", Op: "==", Value: "LIS", Fee: 6},
	{Name: "key-account", Field: "Customer", Op: "prefix", Value: "CUST-00", Pct: -0.05},
	{Name: "tiny", Field: "WeightKg", Op: "<", Value: 0.5, Fee: -1.0},
}

func matches(rule SurchargeRule, target interface{}) bool {
	fv := reflect.ValueOf(target).Elem().FieldByName(rule.Field)
	if !fv.IsValid() {
		return false
	}
	want := reflect.ValueOf(rule.Value)
	switch fv.Kind() {
	case reflect.Float64:
		got, w := fv.Float(), want.Convert(fv.Type()).Float()
		switch rule.Op {
		case ">":
			return got > w
		case "<":
			return got < w
		case "==":
			return got == w
		}
	case reflect.Int:
		got, w := fv.Int(), want.Convert(fv.Type()).Int()
		switch rule.Op {
		case ">":
			return got > w
		case "<":
			return got < w
		case "==":
			return got == w
		}
	case reflect.String:
		got, w := fv.String(), want.String()
		switch rule.Op {
		case "==":
			return got == w
		case "prefix":
			return strings.HasPrefix(got, w)
		}
	}
	return false
}

// applySurcharges returns the price after all matching surcharge rules.
func applySurcharges(s *Shipment, price float64) (float64, []string) {
	var applied []string
	pct := 0.0
	for _, r := range surchargeRules {
		if matches(r, s) {
			price += r.Fee
			pct += r.Pct
			applied = append(applied, r.Name)
		}
	}
	return price * (1 + pct), applied
}
