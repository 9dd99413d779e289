package main

import (
	"encoding/json"
	"math"
)

// Adjudicator prices and decides claims against the policy store.
type Adjudicator struct {
	store     *PolicyStore
	fees      map[string]int64
	category  map[string]string
	providers map[string]Provider
	// lines adjudicated in the open payment cycle, used for duplicate checks
	history []*ClaimLine
	stats   AdjudicationStats
}

type AdjudicationStats struct {
	Claims       int
	Lines        int
	Paid         int
	Denied       int
	Pended       int
	Duplicates   int
	Excluded     int
	BilledCents  int64
	AllowedCents int64
	PaidCents    int64
	MemberCents  int64
}

func NewAdjudicator(store *PolicyStore, providers []Provider) *Adjudicator {
	a := &Adjudicator{
		store:     store,
		fees:      make(map[string]int64, len(procedures)),
		category:  make(map[string]string, len(procedures)),
		providers: make(map[string]Provider, len(providers)),
	}
	for _, p := range procedures {
		a.fees[p.code] = p.feeCents
		a.category[p.code] = p.category
	}
	for _, p := range providers {
		a.providers[p.ID] = p
	}
	return a
}

// StartCycle opens a new payment cycle.
func (a *Adjudicator) StartCycle() {
	a.history = a.history[:0]
}

// Adjudicate decides every line of the claim. Work happens on a copy of the
// policy so that a claim which pends for authorization leaves the
// accumulators untouched.
func (a *Adjudicator) Adjudicate(c *Claim) {
	a.stats.Claims++
	pol := a.store.Lookup(c.PolicyNo)
	if pol == nil {
		for _, l := range c.Lines {
			a.deny(l, "policy not found")
		}
		return
	}
	draft := clonePolicy(pol)
	pended := false
	for _, l := range c.Lines {
		a.adjudicateLine(draft, l)
		if l.Status == StatusPended {
			pended = true
		}
	}
	if pended {
		for _, l := range c.Lines {
			if l.Status != StatusDenied {
				l.Status = StatusPended
				l.PaidCents, l.MemberCents = 0, 0
				if l.Reason == "" {
					l.Reason = "claim pended: another line awaits authorization"
				}
			}
		}
	} else {
		a.store.Commit(draft)
	}
	for _, l := range c.Lines {
		a.tally(l)
	}
	a.history = append(a.history, c.Lines...)
}

func clonePolicy(p *Policy) *Policy {
	buf, err := json.Marshal(p)
	if err != nil {
		panic(err)
	}
	var out Policy
	if err := json.Unmarshal(buf, &out); err != nil {
		panic(err)
	}
	return &out
}

func (a *Adjudicator) deny(l *ClaimLine, reason string) {
	l.Status = StatusDenied
	l.Reason = reason
	l.AllowedCents, l.PaidCents, l.MemberCents = 0, 0, 0
}

// isDuplicate reports whether the same service was already adjudicated in
// this payment cycle.
func (a *Adjudicator) isDuplicate(l *ClaimLine) bool {
	for _, prev := range a.history {
		if prev.ServiceDate == l.ServiceDate && prev.ProcedureCode == l.ProcedureCode &&
			prev.MemberID == l.MemberID && prev.ProviderID == l.ProviderID && prev.Status != StatusDenied {
			return true
		}
	}
	return false
}

func (a *Adjudicator) adjudicateLine(pol *Policy, l *ClaimLine) {
	l.Category = a.category[l.ProcedureCode]
	benefit := pol.Benefits[l.Category]
	if benefit == nil {
		a.deny(l, "not a covered benefit")
		return
	}
	acc := pol.Individual[l.MemberID]
	if acc == nil {
		a.deny(l, "member not on policy")
		return
	}
	if a.isDuplicate(l) {
		a.stats.Duplicates++
		a.deny(l, "duplicate of a line already adjudicated")
		return
	}
	for _, rule := range rulesByCategory[l.Category] {
		if rule.Applies(l, pol) {
			a.stats.Excluded++
			a.deny(l, rule.ID+": "+rule.Reason)
			return
		}
	}
	if benefit.RequiresAuth && l.AuthNumber == "" {
		l.Status = StatusPended
		l.Reason = "prior authorization required"
		return
	}

	prov := a.providers[l.ProviderID]
	allowed := a.fees[l.ProcedureCode] * int64(l.Units)
	if !prov.InNetwork {
		allowed = allowed * 70 / 100
	}
	if l.BilledCents < allowed {
		allowed = l.BilledCents
	}
	if benefit.VisitLimit > 0 && benefit.VisitsUsed >= benefit.VisitLimit {
		a.deny(l, "visit limit reached")
		return
	}
	remainingLimit := benefit.AnnualLimit - benefit.UsedCents
	if remainingLimit <= 0 {
		a.deny(l, "annual maximum reached")
		return
	}
	status := StatusPaid
	if allowed > remainingLimit {
		allowed = remainingLimit
		status = StatusReduced
	}

	// deductible applies up to the lower of individual and family remaining
	member := int64(0)
	dedRemaining := minInt64(acc.DeductibleCents-acc.DeductibleMetCents, pol.Family.DeductibleCents-pol.Family.DeductibleMetCents)
	if dedRemaining > 0 && l.Category != "OFFICE" {
		d := minInt64(dedRemaining, allowed)
		member += d
		acc.DeductibleMetCents += d
		pol.Family.DeductibleMetCents += d
	}
	rest := allowed - member
	if rest > 0 {
		coins := int64(math.Round(float64(rest) * benefit.Coinsurance))
		member += coins
	}
	if benefit.CopayCents > 0 && l.Category == "OFFICE" {
		member += minInt64(benefit.CopayCents, allowed-member)
	}
	// out-of-pocket maximum caps what the member pays
	oopRemaining := minInt64(acc.OOPMaxCents-acc.OOPMetCents, pol.Family.OOPMaxCents-pol.Family.OOPMetCents)
	if oopRemaining < 0 {
		oopRemaining = 0
	}
	if member > oopRemaining {
		member = oopRemaining
	}
	acc.OOPMetCents += member
	pol.Family.OOPMetCents += member
	benefit.UsedCents += allowed
	benefit.VisitsUsed++

	l.AllowedCents = allowed
	l.MemberCents = member
	l.PaidCents = allowed - member
	l.Status = status
}

func (a *Adjudicator) tally(l *ClaimLine) {
	s := &a.stats
	s.Lines++
	s.BilledCents += l.BilledCents
	switch l.Status {
	case StatusPaid, StatusReduced:
		s.Paid++
		s.AllowedCents += l.AllowedCents
		s.PaidCents += l.PaidCents
		s.MemberCents += l.MemberCents
	case StatusDenied:
		s.Denied++
	case StatusPended:
		s.Pended++
	}
}

func minInt64(a, b int64) int64 {
	if a < b {
		return a
	}
	return b
}
