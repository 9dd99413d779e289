package main

import (
	"math"
	"sort"
	"sync"
)

// Pass is one visibility window of a satellite over a station.
type Pass struct {
	Sat, Station int
	AOS, LOS     float64 // seconds after epoch, at the station's mask
	TCA          float64
	MaxElDeg     float64
}

// PassTable indexes predicted passes by (satellite, station).
type PassTable struct {
	nStations int
	bySatSt   [][]Pass
}

func (pt *PassTable) For(sat, st int) []Pass { return pt.bySatSt[sat*pt.nStations+st] }

func (pt *PassTable) Count() int {
	n := 0
	for _, p := range pt.bySatSt {
		n += len(p)
	}
	return n
}

func predictPasses(cat *Catalog, stations []Station, reqs []ResolvedRequest, horizon, step float64, workers int) *PassTable {
	nSt := len(stations)
	need := make([]uint32, len(cat.Sats)) // bitmask of stations per satellite
	for _, r := range reqs {
		need[r.Sat] |= 1 << uint(r.Station)
	}
	pt := &PassTable{nStations: nSt, bySatSt: make([][]Pass, len(cat.Sats)*nSt)}

	jobs := make(chan int, 256)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for si := range jobs {
				prop := newPropagator(&cat.Sats[si])
				for st := 0; st < nSt; st++ {
					if need[si]&(1<<uint(st)) == 0 {
						continue
					}
					pt.bySatSt[si*nSt+st] = passesOver(&prop, si, st, &stations[st], horizon, step)
				}
			}
		}()
	}
	for si := range cat.Sats {
		if need[si] != 0 {
			jobs <- si
		}
	}
	close(jobs)
	wg.Wait()
	return pt
}

func passesOver(p *propagator, si, sti int, st *Station, horizon, step float64) []Pass {
	mask := st.MaskDeg * deg
	var out []Pass
	inPass := false
	var cur Pass
	prevT := 0.0
	for t := 0.0; t <= horizon; t += step {
		pos := p.ecef(t)
		if !aboveTangent(st, pos) {
			if inPass {
				cur.LOS = refineCrossing(p, st, mask, prevT, t)
				out = append(out, finishPass(p, st, cur))
				inPass = false
			}
			prevT = t
			continue
		}
		el := elevation(st, pos)
		switch {
		case el >= mask && !inPass:
			inPass = true
			cur = Pass{Sat: si, Station: sti, AOS: refineCrossing(p, st, mask, prevT, t)}
		case el < mask && inPass:
			cur.LOS = refineCrossing(p, st, mask, prevT, t)
			out = append(out, finishPass(p, st, cur))
			inPass = false
		}
		prevT = t
	}
	return out
}

// refineCrossing bisects the mask crossing between t0 and t1.
func refineCrossing(p *propagator, st *Station, mask, t0, t1 float64) float64 {
	e0 := elevation(st, p.ecef(t0)) - mask
	for i := 0; i < 14; i++ {
		tm := 0.5 * (t0 + t1)
		em := elevation(st, p.ecef(tm)) - mask
		if (em < 0) == (e0 < 0) {
			t0, e0 = tm, em
		} else {
			t1 = tm
		}
	}
	return 0.5 * (t0 + t1)
}

// finishPass locates the culmination with a golden-section search.
func finishPass(p *propagator, st *Station, ps Pass) Pass {
	gr := (math.Sqrt(5) - 1) / 2
	a, b := ps.AOS, ps.LOS
	c := b - gr*(b-a)
	d := a + gr*(b-a)
	for i := 0; i < 30 && b-a > 0.5; i++ {
		if elevation(st, p.ecef(c)) > elevation(st, p.ecef(d)) {
			b = d
		} else {
			a = c
		}
		c = b - gr*(b-a)
		d = a + gr*(b-a)
	}
	ps.TCA = 0.5 * (a + b)
	ps.MaxElDeg = elevation(st, p.ecef(ps.TCA)) / deg
	return ps
}

func sortPassesByQuality(ps []Pass) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].MaxElDeg > ps[j].MaxElDeg })
}
