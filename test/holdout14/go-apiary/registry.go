package main

import (
	"encoding/json"
	"strings"
)

// Apiary holds every colony the business manages plus an audit trail.
type Apiary struct {
	hives   []Hive
	history []Hive // snapshot of the hive before each applied inspection
}

func NewApiary(hives []Hive) *Apiary {
	return &Apiary{hives: hives}
}

// findHive returns the colony with the given tag or nil. Tags typed on the
// phone app may arrive in lower case, so the comparison ignores case.
func (a *Apiary) findHive(tag string) *Hive {
	for i := range a.hives {
		if strings.EqualFold(a.hives[i].Tag, tag) {
			return &a.hives[i]
		}
	}
	return nil
}

// cloneHive makes an independent copy of a hive for the audit trail.
func cloneHive(h *Hive) Hive {
	var out Hive
	buf, err := json.Marshal(h)
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(buf, &out); err != nil {
		panic(err)
	}
	return out
}

// Apply records one inspection against its hive, keeping a pre-change snapshot.
func (a *Apiary) Apply(ins Inspection) bool {
	h := a.findHive(ins.Tag)
	if h == nil {
		return false
	}
	if len(h.Observations)%3 == 0 {
		a.history = append(a.history, cloneHive(h))
	}
	obs := Observation{
		Date:      ins.When.Format("2006-01-02"),
		Frames:    ins.Frames,
		Brood:     ins.Brood,
		Honey:     ins.Honey,
		Mites:     ins.Mites,
		Temper:    ins.Temper,
		QueenSeen: ins.QueenSeen,
		WeightKg:  ins.WeightKg,
		Inspector: ins.Inspector,
	}
	if ins.Mites >= 6 {
		obs.Treatments = append(obs.Treatments, "oxalic-vapour")
	}
	if ins.QueenSeen {
		h.Queen.LastSeen = obs.Date
	}
	if !ins.QueenSeen && len(h.Observations) > 0 && !h.Observations[len(h.Observations)-1].QueenSeen {
		h.Queen.Supersede = true
	}
	if ins.Honey >= 4 && h.Supers < 5 {
		h.Supers++
	}
	h.Observations = append(h.Observations, obs)
	return true
}
