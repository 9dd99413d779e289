package main

import (
	"math"
	"math/rand"
	"strconv"
)

const periodsPerDay = 48

// Supplier is a balancing party that holds metering points.
type Supplier struct {
	ID   string
	Name string
}

// ProfileKind is the shape of a metering point's demand.
type ProfileKind uint8

const (
	Domestic ProfileKind = iota
	Commercial
	Industrial
	ChargingHub
)

// MeteringPoint is one half-hourly settled meter.
type MeteringPoint struct {
	ID       uint64
	Supplier int
	GSPGroup int
	LLFClass int
	Kind     ProfileKind
	BaseKW   float64
}

// Registry is the market's view of who supplies which meter.
type Registry struct {
	Suppliers []Supplier
	GSPGroups []string
	Points    []MeteringPoint
	byID      map[uint64]int32
	// LossFactors[class][period] scales metered energy to the grid supply point.
	LossFactors [][periodsPerDay]float64
	shape       [4][periodsPerDay]float64
}

var supplierNames = []string{
	"Northfield Energy", "Cobalt Power", "Greenway Supply", "Harbour Electric", "Upland Utilities",
	"Meridian Retail Energy", "Fenland Power Co", "Brightwater Energy", "Kestrel Supply", "Oakridge Electricity",
	"Tidewell Energy", "Summit Power Trading",
}

func NewRegistry(seed int64, meters int) *Registry {
	rng := rand.New(rand.NewSource(seed))
	r := &Registry{byID: make(map[uint64]int32, meters)}
	for i, name := range supplierNames {
		r.Suppliers = append(r.Suppliers, Supplier{ID: "BP" + strconv.Itoa(100+i), Name: name})
	}
	for _, g := range "ABCDEFGHJKLMNP" {
		r.GSPGroups = append(r.GSPGroups, "_"+string(g))
	}
	for c := 0; c < 6; c++ {
		var f [periodsPerDay]float64
		base := 1.02 + 0.012*float64(c)
		for p := range f {
			load := 0.5 - 0.5*math.Cos(float64(p)/periodsPerDay*2*math.Pi)
			f[p] = base + 0.025*load
		}
		r.LossFactors = append(r.LossFactors, f)
	}
	for p := 0; p < periodsPerDay; p++ {
		h := float64(p) / 2
		r.shape[Domestic][p] = 0.35 + 0.5*gauss(h, 8, 1.5) + 1.0*gauss(h, 18.5, 2)
		r.shape[Commercial][p] = 0.3 + 0.9*smoothStep(h, 7, 9)*(1-smoothStep(h, 18, 20))
		r.shape[Industrial][p] = 0.8 + 0.2*smoothStep(h, 6, 7)*(1-smoothStep(h, 22, 23))
		r.shape[ChargingHub][p] = 0.2 + 0.9*gauss(h, 1.5, 2) + 0.6*gauss(h, 13, 3)
	}
	for i := 0; i < meters; i++ {
		kind := ProfileKind(weightedPick(rng, []float64{0.55, 0.3, 0.1, 0.05}))
		base := []float64{0.6, 6, 140, 45}[kind] * (0.5 + rng.Float64())
		id := uint64(1000000000000) + uint64(rng.Int63n(8999999999999))
		for _, taken := r.byID[id]; taken; _, taken = r.byID[id] {
			id++
		}
		r.byID[id] = int32(len(r.Points))
		r.Points = append(r.Points, MeteringPoint{
			ID: id, Supplier: rng.Intn(len(r.Suppliers)), GSPGroup: rng.Intn(len(r.GSPGroups)),
			LLFClass: rng.Intn(len(r.LossFactors)), Kind: kind, BaseKW: base,
		})
	}
	return r
}

// Index returns the position of a metering point, or -1 if it is not registered.
func (r *Registry) Index(id uint64) int {
	if i, ok := r.byID[id]; ok {
		return int(i)
	}
	return -1
}

// Shape returns the typical demand of a profile kind in a period, relative to base load.
func (r *Registry) Shape(kind ProfileKind, period int) float64 { return r.shape[kind][period] }

func gauss(x, mu, sigma float64) float64 {
	d := (x - mu) / sigma
	return math.Exp(-0.5 * d * d)
}

func smoothStep(x, a, b float64) float64 {
	if x <= a {
		return 0
	}
	if x >= b {
		return 1
	}
	t := (x - a) / (b - a)
	return t * t * (3 - 2*t)
}

func weightedPick(rng *rand.Rand, weights []float64) int {
	x := rng.Float64()
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}
