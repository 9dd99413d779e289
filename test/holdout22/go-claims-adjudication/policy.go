package main

// Member is a person covered under a policy.
type Member struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Relationship string `json:"relationship"`
	BirthYear    int    `json:"birth_year"`
}

// Benefit describes how one category of service is covered and how much of
// it has been used in the current benefit year.
type Benefit struct {
	Category     string  `json:"category"`
	Coinsurance  float64 `json:"coinsurance"`
	CopayCents   int64   `json:"copay_cents"`
	AnnualLimit  int64   `json:"annual_limit_cents"`
	UsedCents    int64   `json:"used_cents"`
	VisitLimit   int     `json:"visit_limit"`
	VisitsUsed   int     `json:"visits_used"`
	RequiresAuth bool    `json:"requires_auth"`
}

// Accumulator tracks deductible and out-of-pocket spend.
type Accumulator struct {
	DeductibleCents    int64 `json:"deductible_cents"`
	DeductibleMetCents int64 `json:"deductible_met_cents"`
	OOPMaxCents        int64 `json:"oop_max_cents"`
	OOPMetCents        int64 `json:"oop_met_cents"`
}

// Policy is a group or individual health policy with its benefit state.
type Policy struct {
	Number     string                  `json:"number"`
	Plan       string                  `json:"plan"`
	Holder     string                  `json:"holder"`
	Effective  string                  `json:"effective"`
	Members    []Member                `json:"members"`
	Benefits   map[string]*Benefit     `json:"benefits"`
	Family     Accumulator             `json:"family"`
	Individual map[string]*Accumulator `json:"individual"`
	Riders     []string                `json:"riders"`
}

func (p *Policy) hasRider(name string) bool {
	for _, r := range p.Riders {
		if r == name {
			return true
		}
	}
	return false
}

// PolicyStore keeps the policies of the book indexed by number and member.
type PolicyStore struct {
	byNumber map[string]*Policy
	byMember map[string]string
}

func NewPolicyStore() *PolicyStore {
	return &PolicyStore{byNumber: make(map[string]*Policy), byMember: make(map[string]string)}
}

func (s *PolicyStore) Add(p *Policy) {
	s.byNumber[p.Number] = p
	for _, m := range p.Members {
		s.byMember[m.ID] = p.Number
	}
}

func (s *PolicyStore) Lookup(number string) *Policy {
	return s.byNumber[number]
}

// Commit replaces the stored policy with an adjudicated version.
func (s *PolicyStore) Commit(p *Policy) {
	s.byNumber[p.Number] = p
}

func (s *PolicyStore) Len() int { return len(s.byNumber) }
