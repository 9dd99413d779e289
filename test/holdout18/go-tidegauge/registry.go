package main

import (
	"math"
	"sync"
)

const residualHistory = 720 // twelve hours of one-minute residuals

// stationState is the live state kept for each gauge.
type stationState struct {
	Code        string    `json:"code"`
	Name        string    `json:"name"`
	Accepted    int       `json:"accepted"`
	Rejected    int       `json:"rejected"`
	LastUnix    int64     `json:"lastUnix"`
	LastLevel   float64   `json:"lastLevel"`
	MaxResidual float64   `json:"maxResidual"`
	MinResidual float64   `json:"minResidual"`
	Residuals   []float64 `json:"residuals"`
	Head        int       `json:"head"`
	WaterTemps  []float64 `json:"waterTemps"`
	Pressures   []float64 `json:"pressures"`
	Flags       []string  `json:"flags"`
}

type stationRegistry struct {
	mu      sync.Mutex
	byCode  map[string]*stationState
	order   []string
	filters map[string]*residualFilter
}

func newStationRegistry(stations []*gaugeStation) *stationRegistry {
	reg := &stationRegistry{byCode: map[string]*stationState{}, filters: map[string]*residualFilter{}}
	for _, st := range stations {
		reg.byCode[st.Code] = &stationState{
			Code: st.Code, Name: st.Name,
			Residuals:   make([]float64, residualHistory),
			WaterTemps:  make([]float64, residualHistory),
			Pressures:   make([]float64, residualHistory),
			MaxResidual: math.Inf(-1), MinResidual: math.Inf(1),
		}
		reg.filters[st.Code] = newResidualFilter()
		reg.order = append(reg.order, st.Code)
	}
	return reg
}

func (reg *stationRegistry) record(r reading, residual float64) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	s := reg.byCode[r.Station]
	smoothed := reg.filters[r.Station].push(residual)
	s.Accepted++
	s.LastUnix = r.Unix
	s.LastLevel = r.Level
	s.Residuals[s.Head] = smoothed
	s.WaterTemps[s.Head] = r.WaterC
	s.Pressures[s.Head] = r.Pressure
	s.Head = (s.Head + 1) % residualHistory
	if smoothed > s.MaxResidual {
		s.MaxResidual = smoothed
	}
	if smoothed < s.MinResidual {
		s.MinResidual = smoothed
	}
}

func (reg *stationRegistry) reject(code, why string) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	if s, ok := reg.byCode[code]; ok {
		s.Rejected++
		if len(s.Flags) < 64 {
			s.Flags = append(s.Flags, why)
		}
	}
}

// snapshot returns an independent copy of every station's state so the
// bulletin can be computed while ingestion carries on.
func (reg *stationRegistry) snapshot() []stationState {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	out := make([]stationState, 0, len(reg.order))
	for _, code := range reg.order {
		var copyOf stationState
		if err := deepCopy(&copyOf, reg.byCode[code]); err != nil {
			continue
		}
		out = append(out, copyOf)
	}
	return out
}
