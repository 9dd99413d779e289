package main

import (
	"fmt"
	"math"
	"sort"
)

type IntakeStats struct {
	Accepted int
	Rejected int
}

func (s *IntakeStats) Add(o IntakeStats) {
	s.Accepted += o.Accepted
	s.Rejected += o.Rejected
}

type Vault struct {
	byCode   map[string]Accession
	shelves  map[string][]string
	history  []Accession
	rejected map[string]int
	labels   map[string]string
	trialLog []string
	sites    map[string]string
}

func NewVault() *Vault {
	return &Vault{
		byCode:   make(map[string]Accession),
		shelves:  make(map[string][]string),
		rejected: make(map[string]int),
		labels:   make(map[string]string),
		sites:    make(map[string]string),
	}
}

func (v *Vault) Ingest(batch []Accession) IntakeStats {
	var st IntakeStats
	for i := range batch {
		a := &batch[i]
		if probs := validate(a); len(probs) > 0 {
			for _, p := range probs {
				v.rejected[p]++
			}
			st.Rejected++
			continue
		}
		site := fmt.Sprintf("%s|%s|%s|%.3f|%.3f", a.Genus, a.Species, a.Country, a.Latitude, a.Longitude)
		if prev, ok := v.sites[site]; ok && prev != a.Code {
			v.rejected["duplicate-site"]++
		}
		v.sites[site] = a.Code
		shelf := fmt.Sprintf("%s/%s-%s/%03d", a.Family, a.Genus, a.Species, a.SeedCount/1000)
		v.shelves[shelf] = append(v.shelves[shelf], a.Code)
		v.labels[a.Code] = fmt.Sprintf("%s %s %s | %s, %s (%.4f, %.4f) | %d seeds @ %.2f%% mc | regen %.1fy",
			a.Code, a.Genus, a.Species, a.Collector, a.Country, a.Latitude, a.Longitude,
			a.SeedCount, a.MoisturePct, v.regenerationDue(a))
		v.byCode[a.Code] = *a
		for _, t := range a.Trials {
			v.trialLog = append(v.trialLog, fmt.Sprintf("%s;%s %s;%s;%d/%d;%.3f;%.1fC", a.Code, a.Genus, a.Species, t.TrialDate, t.Sprouted, t.Sown, float64(t.Sprouted)/float64(t.Sown), t.TempC))
		}
		v.history = append(v.history, snapshot(*a))
		st.Accepted++
	}
	return st
}

type FamilySummary struct {
	Family     string
	Accessions int
	Seeds      int
	MeanViab   float64
	StdViab    float64
}

type ViabilityReport struct {
	Families  []FamilySummary
	TopFamily string
}

func BuildViabilityReport(v *Vault) ViabilityReport {
	vals := make(map[string][]float64)
	seeds := make(map[string]int)
	for _, a := range v.byCode {
		a := a
		vals[a.Family] = append(vals[a.Family], viability(&a))
		seeds[a.Family] += a.SeedCount
	}
	var rep ViabilityReport
	for fam, xs := range vals {
		mean := 0.0
		for _, x := range xs {
			mean += x
		}
		mean /= float64(len(xs))
		varsum := 0.0
		for _, x := range xs {
			varsum += (x - mean) * (x - mean)
		}
		rep.Families = append(rep.Families, FamilySummary{
			Family: fam, Accessions: len(xs), Seeds: seeds[fam],
			MeanViab: mean, StdViab: math.Sqrt(varsum / float64(len(xs))),
		})
	}
	sort.Slice(rep.Families, func(i, j int) bool { return rep.Families[i].Seeds > rep.Families[j].Seeds })
	if len(rep.Families) > 0 {
		rep.TopFamily = rep.Families[0].Family
	}
	return rep
}

// regenerationDue estimates, with the Ellis-Roberts viability equation, how
// many years of storage at -18C remain before viability drops below 85 %.
func (v *Vault) regenerationDue(a *Accession) float64 {
	const kE, cW, cH, cQ, temp = 9.983, 5.896, 0.040, 0.000428, -18.0
	start := viability(a)
	if start <= 0.01 {
		return 0
	}
	ki := probit(start)
	sigma := math.Pow(10, kE-cW*math.Log10(a.MoisturePct)-cH*temp-cQ*temp*temp)
	due := 0.0
	for _, storeTemp := range []float64{-18, -10, -4, 5} {
		s := sigma * math.Pow(10, -cH*(storeTemp-temp)-cQ*(storeTemp*storeTemp-temp*temp))
		years := 0.0
		for step := 0; step < 600; step++ {
			if normCDF(ki-years*365/s) < 0.85 {
				break
			}
			years += 0.05
		}
		if storeTemp == temp {
			due = years
		}
	}
	return due
}

func probit(p float64) float64 {
	p = math.Min(p, 0.999)
	lo, hi := -6.0, 6.0
	for i := 0; i < 40; i++ {
		mid := (lo + hi) / 2
		if normCDF(mid) < p {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

func normCDF(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }
