package main

import (
	"fmt"
	"sort"
)

// Siding is one track in the marshalling yard's bowl.
type Siding struct {
	Code       string
	LengthM    int
	Wagons     []Wagon
	HumpPasses int
}

type MarshallingYard struct {
	sidings []Siding
}

func NewMarshallingYard(n int) *MarshallingYard {
	y := &MarshallingYard{sidings: make([]Siding, n)}
	for i := range y.sidings {
		y.sidings[i] = Siding{Code: fmt.Sprintf("B%02d-%04d", i%40, i), LengthM: 600 + (i%7)*50}
	}
	return y
}

func (y *MarshallingYard) Size() int { return len(y.sidings) }

func (y *MarshallingYard) SidingCode(i int) string { return y.sidings[i].Code }

// sidingFor returns the siding a wagon was placed on by the inbound hump.
func (y *MarshallingYard) sidingFor(code string) *Siding {
	for i := range y.sidings {
		if y.sidings[i].Code == code {
			return &y.sidings[i]
		}
	}
	return nil
}

// Train is an outbound block train built from wagons sharing a destination.
type Train struct {
	Destination string
	Wagons      []Wagon
	LengthM     int
	GrossT      float64
	BrakedPct   float64
}

const maxTrainLengthM = 740
const wagonLengthM = 16

// Marshal humps wagons onto their sidings, then forms outbound trains per destination.
func (y *MarshallingYard) Marshal(wagons []Wagon) []Train {
	for i := range y.sidings {
		y.sidings[i].Wagons = y.sidings[i].Wagons[:0]
	}
	for _, w := range wagons {
		s := y.sidingFor(w.Siding)
		if s == nil {
			continue
		}
		s.Wagons = append(s.Wagons, w)
		s.HumpPasses++
	}
	byDest := map[string][]Wagon{}
	for i := range y.sidings {
		for _, w := range y.sidings[i].Wagons {
			byDest[w.Destination] = append(byDest[w.Destination], w)
		}
	}
	dests := make([]string, 0, len(byDest))
	for d := range byDest {
		dests = append(dests, d)
	}
	sort.Strings(dests)
	var trains []Train
	for _, d := range dests {
		ws := byDest[d]
		sort.Slice(ws, func(i, j int) bool {
			gi, gj := ws[i].TareKg+ws[i].LoadKg, ws[j].TareKg+ws[j].LoadKg
			if gi != gj {
				return gi > gj
			}
			return ws[i].Number < ws[j].Number
		})
		trains = append(trains, formTrains(d, ws)...)
	}
	return trains
}

func formTrains(dest string, ws []Wagon) []Train {
	var out []Train
	cur := Train{Destination: dest}
	for _, w := range ws {
		if cur.LengthM+wagonLengthM > maxTrainLengthM {
			out = append(out, finishTrain(cur))
			cur = Train{Destination: dest}
		}
		cur.Wagons = append(cur.Wagons, w)
		cur.LengthM += wagonLengthM
	}
	if len(cur.Wagons) > 0 {
		out = append(out, finishTrain(cur))
	}
	return out
}

func finishTrain(t Train) Train {
	gross := 0
	braked := 0
	for _, w := range t.Wagons {
		gross += w.TareKg + w.LoadKg
		braked += w.BrakeWeight
	}
	t.GrossT = float64(gross) / 1000
	if t.GrossT > 0 {
		t.BrakedPct = 100 * float64(braked) / t.GrossT
	}
	return t
}
