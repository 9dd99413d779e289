package main

import (
	"bufio"
	"encoding/csv"
	"io"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"time"
)

const (
	StatusPaid    = "PAID"
	StatusDenied  = "DENIED"
	StatusPended  = "PENDED"
	StatusReduced = "REDUCED"
)

// ClaimLine is one billed service on a claim, with its adjudication outcome.
type ClaimLine struct {
	ClaimID       string
	LineNo        int
	MemberID      string
	ProviderID    string
	ServiceDate   string
	ProcedureCode string
	Diagnosis     string
	Units         int
	BilledCents   int64
	AuthNumber    string

	Category     string
	AllowedCents int64
	PaidCents    int64
	MemberCents  int64
	Status       string
	Reason       string
}

// Claim groups the lines submitted together by a provider for a member.
type Claim struct {
	ID         string
	PolicyNo   string
	MemberID   string
	ProviderID string
	Received   string
	Cycle      int
	Lines      []*ClaimLine
}

var claimHeader = []string{"claim_id", "policy_no", "member_id", "provider_id", "received", "cycle",
	"line_no", "service_date", "procedure_code", "diagnosis", "units", "billed_cents", "auth_number"}

type procedure struct {
	code     string
	category string
	feeCents int64
}

var procedures = []procedure{
	{"D0120", "DENTAL", 5200}, {"D0150", "DENTAL", 9100}, {"D0210", "DENTAL", 12800}, {"D1110", "DENTAL", 9800},
	{"D1120", "DENTAL", 7100}, {"D2140", "DENTAL", 14500}, {"D2391", "DENTAL", 17600}, {"D2740", "DENTAL", 112000},
	{"D2750", "DENTAL", 104000}, {"D6010", "DENTAL", 189000}, {"D6240", "DENTAL", 98000}, {"D6750", "DENTAL", 101000},
	{"D7140", "DENTAL", 16500}, {"D8080", "DENTAL", 520000}, {"D9230", "DENTAL", 6500}, {"D9440", "DENTAL", 9000},
	{"D9910", "DENTAL", 4800},
	{"J0696", "PHARMACY", 1900}, {"J1100", "PHARMACY", 700}, {"J1885", "PHARMACY", 1100}, {"J2001", "PHARMACY", 1500},
	{"J3490", "PHARMACY", 5000}, {"J7030", "PHARMACY", 2200}, {"J9999", "PHARMACY", 9000},
	{"V2020", "VISION", 8000}, {"V2100", "VISION", 6500}, {"V2200", "VISION", 9500}, {"V2500", "VISION", 12000},
	{"V2520", "VISION", 14000}, {"V2700", "VISION", 21000}, {"V2781", "VISION", 18000},
	{"97110", "THERAPY", 4200}, {"97140", "THERAPY", 3900}, {"97530", "THERAPY", 4600}, {"97161", "THERAPY", 11000},
	{"97150", "THERAPY", 2500}, {"98015", "THERAPY", 6000},
	{"E0100", "DME", 4500}, {"E0114", "DME", 7800}, {"E0601", "DME", 95000}, {"E1390", "DME", 180000},
	{"A4253", "DME", 3900}, {"A4259", "DME", 1400}, {"A4310", "DME", 1100}, {"E0240", "DME", 6200},
	{"99202", "OFFICE", 9600}, {"99213", "OFFICE", 9200}, {"99214", "OFFICE", 13100}, {"99385", "OFFICE", 17800},
	{"99396", "OFFICE", 16200}, {"99441", "OFFICE", 5500}, {"99451", "OFFICE", 3700},
	{"80053", "LAB", 1500}, {"81220", "LAB", 48000}, {"83036", "LAB", 1300}, {"85025", "LAB", 1100},
	{"86410", "LAB", 2100}, {"87070", "LAB", 1200},
}

var categories = []string{"DENTAL", "PHARMACY", "VISION", "THERAPY", "DME", "OFFICE", "LAB"}

var diagnoses = []string{"K02.52", "K05.10", "E11.9", "I10", "M54.5", "H52.13", "J06.9", "Z00.00", "M25.561", "R51.9"}

// Provider is a billing provider with its specialty and network status.
type Provider struct {
	ID        string
	Specialty string
	InNetwork bool
}

// generateBook creates a deterministic book of business: policies, providers and
// claims written to a CSV intake file.
func generateBook(rng *rand.Rand, nPolicies, nProviders, nClaims, nCycles int, path string) (*PolicyStore, []Provider, error) {
	store := NewPolicyStore()
	plans := []string{"BRONZE", "SILVER", "GOLD", "PLATINUM"}
	riders := []string{"DENTAL-MAJOR", "ORTHO", "IMPLANT", "SPECIALTY-RX", "VISION", "WELLNESS", "DIABETIC"}
	rels := []string{"SUBSCRIBER", "SPOUSE", "CHILD", "CHILD", "CHILD"}
	policies := make([]*Policy, 0, nPolicies)
	for i := 0; i < nPolicies; i++ {
		p := &Policy{
			Number:     "POL" + strconv.Itoa(700000+i),
			Plan:       plans[rng.Intn(len(plans))],
			Holder:     "Holder " + strconv.Itoa(i),
			Effective:  "2023-01-01",
			Benefits:   make(map[string]*Benefit),
			Individual: make(map[string]*Accumulator),
		}
		planIdx := indexOf(plans, p.Plan)
		nMembers := 1 + rng.Intn(5)
		for m := 0; m < nMembers; m++ {
			id := p.Number + "-" + strconv.Itoa(m+1)
			p.Members = append(p.Members, Member{ID: id, Name: "Member " + id, Relationship: rels[m], BirthYear: 1950 + rng.Intn(70)})
			p.Individual[id] = &Accumulator{
				DeductibleCents: int64(100000 - planIdx*25000),
				OOPMaxCents:     int64(800000 - planIdx*150000),
			}
		}
		p.Family = Accumulator{DeductibleCents: int64(200000 - planIdx*50000), OOPMaxCents: int64(1600000 - planIdx*300000)}
		for _, c := range categories {
			p.Benefits[c] = &Benefit{
				Category:     c,
				Coinsurance:  0.4 - 0.1*float64(planIdx),
				CopayCents:   int64(2500 - planIdx*500),
				AnnualLimit:  int64(250000 + planIdx*250000),
				VisitLimit:   20 + 10*planIdx,
				RequiresAuth: c == "DME" || (c == "THERAPY" && planIdx < 2),
			}
		}
		for _, r := range riders {
			if rng.Float64() < 0.25 {
				p.Riders = append(p.Riders, r)
			}
		}
		store.Add(p)
		policies = append(policies, p)
	}

	providers := make([]Provider, nProviders)
	for i := range providers {
		providers[i] = Provider{ID: "PRV" + strconv.Itoa(10000+i), Specialty: categories[i%len(categories)], InNetwork: rng.Float64() < 0.8}
	}
	byCategory := make(map[string][]procedure)
	for _, pr := range procedures {
		byCategory[pr.category] = append(byCategory[pr.category], pr)
	}

	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<16)
	w := csv.NewWriter(bw)
	if err := w.Write(claimHeader); err != nil {
		return nil, nil, err
	}
	type sentClaim struct {
		rows [][]string
	}
	var recent []sentClaim
	perCycle := nClaims / nCycles
	row := 0
	for cycle := 0; cycle < nCycles; cycle++ {
		recent = recent[:0]
		month := time.Month(1 + cycle*12/nCycles)
		for k := 0; k < perCycle; k++ {
			claimID := "CLM" + strconv.Itoa(9000000+row)
			row++
			receivedAt := time.Date(2023, month, 1+k*28/perCycle, 0, 0, 0, 0, time.UTC)
			received := receivedAt.Format(dateLayout)
			if len(recent) > 10 && rng.Float64() < 0.03 {
				// provider resubmits an earlier claim under a new claim number
				prev := recent[rng.Intn(len(recent))]
				for _, r := range prev.rows {
					dup := append([]string(nil), r...)
					dup[0] = claimID
					dup[4] = received
					if err := w.Write(dup); err != nil {
						return nil, nil, err
					}
				}
				continue
			}
			pol := policies[rng.Intn(len(policies))]
			mem := pol.Members[rng.Intn(len(pol.Members))]
			prov := providers[rng.Intn(len(providers))]
			procs := byCategory[prov.Specialty]
			nLines := 1 + rng.Intn(4)
			var sc sentClaim
			for ln := 1; ln <= nLines; ln++ {
				// common procedures are listed first in the schedule
				r := rng.Float64()
				pr := procs[int(r*r*float64(len(procs)))]
				units := 1
				if pr.category == "THERAPY" || pr.category == "PHARMACY" {
					units = 1 + rng.Intn(4)
				}
				billed := int64(float64(pr.feeCents*int64(units)) * (0.9 + rng.Float64()*0.9))
				auth := ""
				if rng.Float64() < 0.7 {
					auth = "AUTH" + strconv.Itoa(rng.Intn(1000000))
				}
				rec := []string{claimID, pol.Number, mem.ID, prov.ID, received, strconv.Itoa(cycle),
					strconv.Itoa(ln), serviceDate(rng, receivedAt),
					pr.code, diagnoses[rng.Intn(len(diagnoses))], strconv.Itoa(units), strconv.FormatInt(billed, 10), auth}
				sc.rows = append(sc.rows, rec)
				if err := w.Write(rec); err != nil {
					return nil, nil, err
				}
			}
			recent = append(recent, sc)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, nil, err
	}
	return store, providers, bw.Flush()
}

// loadClaims reads the intake file and groups lines into claims by cycle.
func loadClaims(path string) ([][]*Claim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<16))
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil {
		return nil, err
	}
	var cycles [][]*Claim
	var cur *Claim
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		cycle, _ := strconv.Atoi(rec[5])
		for len(cycles) <= cycle {
			cycles = append(cycles, nil)
		}
		if cur == nil || cur.ID != rec[0] {
			cur = &Claim{ID: rec[0], PolicyNo: rec[1], MemberID: rec[2], ProviderID: rec[3], Received: rec[4], Cycle: cycle}
			cycles[cycle] = append(cycles[cycle], cur)
		}
		lineNo, _ := strconv.Atoi(rec[6])
		units, _ := strconv.Atoi(rec[10])
		billed, _ := strconv.ParseInt(rec[11], 10, 64)
		cur.Lines = append(cur.Lines, &ClaimLine{
			ClaimID: cur.ID, LineNo: lineNo, MemberID: cur.MemberID, ProviderID: cur.ProviderID,
			ServiceDate: rec[7], ProcedureCode: rec[8], Diagnosis: rec[9], Units: units,
			BilledCents: billed, AuthNumber: rec[12],
		})
	}
	for _, cs := range cycles {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Received < cs[j].Received })
	}
	return cycles, nil
}

const dateLayout = "2006-01-02"

// serviceDate draws the date of service for a claim received at the given
// date: most services are billed within weeks, a tail within six months.
func serviceDate(rng *rand.Rand, received time.Time) string {
	lag := int(rng.ExpFloat64() * 24)
	if lag > 180 {
		lag = 180
	}
	return received.AddDate(0, 0, -lag).Format(dateLayout)
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}
