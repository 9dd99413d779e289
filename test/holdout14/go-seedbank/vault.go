package main

import "sync"

// Vault processes accessions against the species checklist.
type Vault struct {
	species map[string]*Species
	nowYear int
}

func NewVault(species []Species, nowYear int) *Vault {
	idx := make(map[string]*Species, len(species))
	for i := range species {
		idx[species[i].Code] = &species[i]
	}
	return &Vault{species: idx, nowYear: nowYear}
}

func (v *Vault) assess(a *Accession, buf []byte) (AccessionStatus, []byte) {
	st := AccessionStatus{SpeciesCode: a.SpeciesCode}
	st.Problems = validate(a, v.species)
	st.ID = a.ID
	if sp, ok := v.species[a.SpeciesCode]; ok {
		st.Viability, st.RegenerateBy = projectViability(sp, a, v.nowYear)
	}
	if n := len(a.Tests); n > 0 {
		last := a.Tests[n-1]
		st.LowerBound = wilsonLower(last.Germinated, last.Sown)
	}
	st.Digest, buf = recordDigest(a, buf)
	return st, buf
}

// AssessAll splits the accessions across workers; each worker owns a
// disjoint slice of the output so no locking is required.
func (v *Vault) AssessAll(accs []Accession, workers int) []AccessionStatus {
	out := make([]AccessionStatus, len(accs))
	var wg sync.WaitGroup
	chunk := (len(accs) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, (w+1)*chunk
		if hi > len(accs) {
			hi = len(accs)
		}
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			buf := make([]byte, 0, 8192)
			for i := lo; i < hi; i++ {
				out[i], buf = v.assess(&accs[i], buf)
			}
		}(lo, hi)
	}
	wg.Wait()
	return out
}
