package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

const slewMargin = 90.0 // seconds an antenna needs between two contacts

// Booking is one contact committed to an antenna.
type Booking struct {
	RequestID string  `json:"request_id"`
	Satellite string  `json:"satellite"`
	AOS       float64 `json:"aos"`
	LOS       float64 `json:"los"`
	MaxElDeg  float64 `json:"max_el_deg"`
	Priority  int     `json:"priority"`
	Customer  string  `json:"customer"`
}

// AntennaPlan is the ordered list of contacts of one antenna.
type AntennaPlan struct {
	Antenna  string    `json:"antenna"`
	Bookings []Booking `json:"bookings"`
}

// StationPlan is what gets published to the station's operators.
type StationPlan struct {
	Station  string        `json:"station"`
	Antennas []AntennaPlan `json:"antennas"`
}

// StationResult carries the final plan together with bookkeeping counters.
type StationResult struct {
	Plan      *StationPlan
	Preempted int
	Unserved  int
}

func newStationPlan(st *Station) *StationPlan {
	p := &StationPlan{Station: st.Code}
	for i := 0; i < st.Antennas; i++ {
		p.Antennas = append(p.Antennas, AntennaPlan{Antenna: fmt.Sprintf("%s-ANT%d", st.Code, i+1)})
	}
	return p
}

// snapshot returns an independent copy of the plan so that a what-if
// preemption can be evaluated without touching the published plan.
func (p *StationPlan) snapshot() (*StationPlan, error) {
	raw, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	var cp StationPlan
	if err := json.Unmarshal(raw, &cp); err != nil {
		return nil, err
	}
	return &cp, nil
}

func priorityWeight(p int) float64 {
	return []float64{0, 1, 2, 4, 8, 16}[p]
}

func (p *StationPlan) utility() float64 {
	u := 0.0
	for _, a := range p.Antennas {
		for _, b := range a.Bookings {
			u += priorityWeight(b.Priority) * (b.LOS - b.AOS) / 60 * (1 + b.MaxElDeg/90)
		}
	}
	return u
}

// conflicts returns the index range [lo,hi) of bookings overlapping [aos,los].
func (a *AntennaPlan) conflicts(aos, los float64) (int, int) {
	lo := sort.Search(len(a.Bookings), func(i int) bool { return a.Bookings[i].LOS+slewMargin > aos })
	hi := lo
	for hi < len(a.Bookings) && a.Bookings[hi].AOS-slewMargin < los {
		hi++
	}
	return lo, hi
}

func (a *AntennaPlan) insert(b Booking) {
	i := sort.Search(len(a.Bookings), func(i int) bool { return a.Bookings[i].AOS > b.AOS })
	a.Bookings = append(a.Bookings, Booking{})
	copy(a.Bookings[i+1:], a.Bookings[i:])
	a.Bookings[i] = b
}

func contactWindow(ps Pass, dur float64) (float64, float64) {
	aos := ps.TCA - dur/2
	los := ps.TCA + dur/2
	if aos < ps.AOS {
		aos, los = ps.AOS, ps.AOS+dur
	}
	if los > ps.LOS {
		aos, los = ps.LOS-dur, ps.LOS
	}
	return aos, los
}

func makeBooking(r *ResolvedRequest, ps Pass) Booking {
	aos, los := contactWindow(ps, r.MinDur)
	return Booking{RequestID: r.ID, Satellite: r.SatName, AOS: aos, LOS: los,
		MaxElDeg: ps.MaxElDeg, Priority: r.Priority, Customer: r.Customer}
}

// bookFree books the best candidate pass on any antenna that is idle.
func (p *StationPlan) bookFree(r *ResolvedRequest, cands []Pass) bool {
	for _, ps := range cands {
		b := makeBooking(r, ps)
		for ai := range p.Antennas {
			lo, hi := p.Antennas[ai].conflicts(b.AOS, b.LOS)
			if lo == hi {
				p.Antennas[ai].insert(b)
				return true
			}
		}
	}
	return false
}

// preemptible reports whether some antenna only has lower-priority contacts
// in the way of one of the candidates.
func (p *StationPlan) preemptible(r *ResolvedRequest, cands []Pass) bool {
	for _, ps := range cands {
		b := makeBooking(r, ps)
		for ai := range p.Antennas {
			a := &p.Antennas[ai]
			lo, hi := a.conflicts(b.AOS, b.LOS)
			ok := true
			for k := lo; k < hi; k++ {
				if a.Bookings[k].Priority >= r.Priority {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// preempt removes the cheapest set of lower-priority contacts that frees an
// antenna for the request and books it. It returns how many were removed.
func (p *StationPlan) preempt(r *ResolvedRequest, cands []Pass) int {
	bestCost, bestAnt, bestCand := -1.0, -1, -1
	for ci, ps := range cands {
		b := makeBooking(r, ps)
		for ai := range p.Antennas {
			a := &p.Antennas[ai]
			lo, hi := a.conflicts(b.AOS, b.LOS)
			cost := 0.0
			ok := true
			for k := lo; k < hi; k++ {
				if a.Bookings[k].Priority >= r.Priority {
					ok = false
					break
				}
				cost += priorityWeight(a.Bookings[k].Priority) * (a.Bookings[k].LOS - a.Bookings[k].AOS)
			}
			if ok && (bestAnt < 0 || cost < bestCost) {
				bestCost, bestAnt, bestCand = cost, ai, ci
			}
		}
	}
	if bestAnt < 0 {
		return -1
	}
	b := makeBooking(r, cands[bestCand])
	a := &p.Antennas[bestAnt]
	lo, hi := a.conflicts(b.AOS, b.LOS)
	a.Bookings = append(a.Bookings[:lo], a.Bookings[hi:]...)
	a.insert(b)
	return hi - lo
}

func candidatePasses(r *ResolvedRequest, pt *PassTable) []Pass {
	var out []Pass
	for _, ps := range pt.For(r.Sat, r.Station) {
		if ps.MaxElDeg >= r.MinElDeg && ps.LOS-ps.AOS >= r.MinDur {
			out = append(out, ps)
		}
	}
	sortPassesByQuality(out)
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

func scheduleStation(st *Station, reqs []ResolvedRequest, pt *PassTable) *StationResult {
	plan := newStationPlan(st)
	res := &StationResult{}
	sort.Slice(reqs, func(i, j int) bool { return reqs[i].Seq < reqs[j].Seq })
	for i := range reqs {
		r := &reqs[i]
		cands := candidatePasses(r, pt)
		if len(cands) == 0 {
			res.Unserved++
			continue
		}
		if plan.bookFree(r, cands) {
			continue
		}
		if !plan.preemptible(r, cands) {
			res.Unserved++
			continue
		}
		trial, err := plan.snapshot()
		if err != nil {
			res.Unserved++
			continue
		}
		n := trial.preempt(r, cands)
		if n >= 0 && trial.utility() > plan.utility() {
			plan = trial
			res.Preempted += n
		} else {
			res.Unserved++
		}
	}
	res.Plan = plan
	return res
}

func scheduleNetwork(stations []Station, reqs []ResolvedRequest, pt *PassTable) []*StationResult {
	byStation := make([][]ResolvedRequest, len(stations))
	for _, r := range reqs {
		byStation[r.Station] = append(byStation[r.Station], r)
	}
	results := make([]*StationResult, len(stations))
	var wg sync.WaitGroup
	for i := range stations {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = scheduleStation(&stations[i], byStation[i], pt)
		}(i)
	}
	wg.Wait()
	return results
}
