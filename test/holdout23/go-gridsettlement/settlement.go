package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

// SupplierPeriod is one supplier's position in one settlement period (MWh, GBP).
type SupplierPeriod struct {
	MeteredMWh    float64
	ContractedMWh float64
	ImbalanceMWh  float64
	Price         float64
	Charge        float64
}

// MeterSummary is a per-meter line of the settlement run.
type MeterSummary struct {
	Meter      int
	TotalKWh   float64
	PeakKWh    float64
	PeakDay    int
	PeakPeriod int
	LoadFactor float64
	Estimated  int
}

// SettlementRun is the outcome of settling all days.
type SettlementRun struct {
	Days        int
	Positions   [][]SupplierPeriod // [supplier][day*48+period]
	Prices      []float64
	NIV         []float64
	Correction  [][]float64 // [gsp][day*48+period]
	Meters      []MeterSummary
	TopMeters   []MeterSummary
	TotalCharge float64
}

// Notices are the contracted volumes each supplier notified ahead of the period.
type Notices struct {
	MWh [][]float64 // [supplier][day*48+period]
}

// NewContractNotices builds each supplier's contract notifications from its
// forecast of its own demand (the expected shape, with the supplier's bias).
func NewContractNotices(seed int64, reg *Registry, vols *Volumes) *Notices {
	rng := rand.New(rand.NewSource(seed))
	n := &Notices{MWh: make([][]float64, len(reg.Suppliers))}
	slots := vols.Days * periodsPerDay
	expected := make([][]float64, len(reg.Suppliers))
	for s := range expected {
		expected[s] = make([]float64, periodsPerDay)
		n.MWh[s] = make([]float64, slots)
	}
	for _, mp := range reg.Points {
		for p := 0; p < periodsPerDay; p++ {
			expected[mp.Supplier][p] += mp.BaseKW * reg.Shape(mp.Kind, p) * 0.5 / 1000
		}
	}
	for s := range n.MWh {
		bias := 1 + rng.NormFloat64()*0.04
		for i := range n.MWh[s] {
			n.MWh[s][i] = expected[s][i%periodsPerDay] * bias * (1 + rng.NormFloat64()*0.03)
		}
	}
	return n
}

// Settle computes GSP group correction, supplier positions and imbalance charges.
func Settle(reg *Registry, vols *Volumes, notices *Notices, market *BalancingMarket, logger *Logger) *SettlementRun {
	slots := vols.Days * periodsPerDay
	run := &SettlementRun{Days: vols.Days, Prices: make([]float64, slots), NIV: make([]float64, slots)}

	// Loss-adjusted volume per GSP group, compared with the group's metered take.
	groupMWh := make([][]float64, len(reg.GSPGroups))
	for g := range groupMWh {
		groupMWh[g] = make([]float64, slots)
	}
	for m := range reg.Points {
		mp := &reg.Points[m]
		llf := &reg.LossFactors[mp.LLFClass]
		base := vols.at(m, 0, 0)
		row := groupMWh[mp.GSPGroup]
		for i := 0; i < slots; i++ {
			row[i] += float64(vols.KWh[base+i]) * llf[i%periodsPerDay] / 1000
		}
	}
	rng := rand.New(rand.NewSource(int64(slots)))
	run.Correction = make([][]float64, len(reg.GSPGroups))
	for g := range groupMWh {
		run.Correction[g] = make([]float64, slots)
		for i, v := range groupMWh[g] {
			take := v * (1.01 + rng.NormFloat64()*0.004)
			if v > 0 {
				run.Correction[g][i] = take / v
			} else {
				run.Correction[g][i] = 1
			}
		}
	}

	// Corrected volumes by supplier and per-meter statistics.
	run.Positions = make([][]SupplierPeriod, len(reg.Suppliers))
	for s := range run.Positions {
		run.Positions[s] = make([]SupplierPeriod, slots)
	}
	run.Meters = make([]MeterSummary, len(reg.Points))
	for m := range reg.Points {
		mp := &reg.Points[m]
		llf := &reg.LossFactors[mp.LLFClass]
		corr := run.Correction[mp.GSPGroup]
		pos := run.Positions[mp.Supplier]
		base := vols.at(m, 0, 0)
		sum := MeterSummary{Meter: m}
		for i := 0; i < slots; i++ {
			kwh := float64(vols.KWh[base+i])
			pos[i].MeteredMWh += kwh * llf[i%periodsPerDay] * corr[i] / 1000
			sum.TotalKWh += kwh
			if kwh > sum.PeakKWh {
				sum.PeakKWh, sum.PeakDay, sum.PeakPeriod = kwh, i/periodsPerDay, i%periodsPerDay+1
			}
			if vols.Quality[base+i] == 'S' {
				sum.Estimated++
			}
		}
		if sum.PeakKWh > 0 {
			sum.LoadFactor = sum.TotalKWh / (sum.PeakKWh * float64(slots))
		}
		run.Meters[m] = sum
	}

	// Net imbalance and price per period, then supplier charges.
	for i := 0; i < slots; i++ {
		niv := market.genErrorMW[i] * 0.5
		for s := range run.Positions {
			p := &run.Positions[s][i]
			p.ContractedMWh = notices.MWh[s][i]
			p.ImbalanceMWh = p.ContractedMWh - p.MeteredMWh
			niv -= p.ImbalanceMWh
		}
		run.NIV[i] = niv
		run.Prices[i] = market.ImbalancePrice(i/periodsPerDay, i%periodsPerDay, niv)
		if logger.Enabled(LevelDebug) {
			logger.Debugf("day %d period %d niv %.2f MWh price %.2f", i/periodsPerDay, i%periodsPerDay+1, niv, run.Prices[i])
		}
		for s := range run.Positions {
			p := &run.Positions[s][i]
			p.Price = run.Prices[i]
			p.Charge = p.ImbalanceMWh * p.Price
			run.TotalCharge += p.Charge
		}
	}

	top := append([]MeterSummary(nil), run.Meters...)
	sort.Sort(byConsumption(top))
	if len(top) > 25 {
		top = top[:25]
	}
	run.TopMeters = top
	return run
}

type byConsumption []MeterSummary

func (a byConsumption) Len() int           { return len(a) }
func (a byConsumption) Less(i, j int) bool { return a[i].TotalKWh > a[j].TotalKWh }
func (a byConsumption) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// Summary renders the end-of-run console report.
func (run *SettlementRun) Summary(reg *Registry, statements int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "settled %d days, %d metering points, %d statements\n", run.Days, len(reg.Points), statements)
	var maxPrice, minPrice = math.Inf(-1), math.Inf(1)
	var sumPrice float64
	for _, p := range run.Prices {
		maxPrice = math.Max(maxPrice, p)
		minPrice = math.Min(minPrice, p)
		sumPrice += p
	}
	fmt.Fprintf(&b, "imbalance price: min %.2f mean %.2f max %.2f GBP/MWh\n", minPrice, sumPrice/float64(len(run.Prices)), maxPrice)
	for s, sup := range reg.Suppliers {
		var charge, metered float64
		for _, p := range run.Positions[s] {
			charge += p.Charge
			metered += p.MeteredMWh
		}
		fmt.Fprintf(&b, "  %-6s %-24s metered %9.1f MWh  imbalance charge %12.2f GBP\n", sup.ID, sup.Name, metered, charge)
	}
	if len(run.TopMeters) > 0 {
		t := run.TopMeters[0]
		fmt.Fprintf(&b, "largest meter %d: %.0f kWh, load factor %.2f\n", reg.Points[t.Meter].ID, t.TotalKWh, t.LoadFactor)
	}
	return b.String()
}
