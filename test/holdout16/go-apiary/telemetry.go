package main

import (
	"math"
	"math/rand"
	"strconv"
)

// Sensor kinds reported by the hive scales and in-hive probes.
const (
	KindWeight   = "weight"
	KindBroodT   = "brood_temp"
	KindHumidity = "humidity"
	KindAcoustic = "acoustic_hz"
)

var sensorKinds = []string{KindWeight, KindBroodT, KindHumidity, KindAcoustic}

// HiveProfile is the static description of a monitored colony.
type HiveProfile struct {
	ID         string
	Apiary     string
	Gateway    string
	BaseWeight float64 // kg, hive body + frames
	Strength   float64 // 0.5 .. 1.5, relative colony vigour
	SwarmDay   int     // day on which the colony swarms, -1 if never
	QueenLoss  int     // day on which the colony goes queenless, -1 if never
}

// Fleet is the set of hives and gateways operated by the co-operative.
type Fleet struct {
	Hives    []HiveProfile
	Gateways []string
	byGW     map[string][]int
	index    map[string]int
}

var apiaryNames = []string{"north-meadow", "lime-avenue", "heather-ridge", "orchard", "riverside", "clover-farm"}

func NewFleet(n, perGateway int, seed int64) *Fleet {
	rng := rand.New(rand.NewSource(seed))
	f := &Fleet{byGW: map[string][]int{}, index: map[string]int{}}
	for i := 0; i < n; i++ {
		gw := "GW-" + pad(i/perGateway+1, 2)
		if len(f.byGW[gw]) == 0 {
			f.Gateways = append(f.Gateways, gw)
		}
		h := HiveProfile{
			ID:         "H-" + pad(i+1, 4),
			Apiary:     apiaryNames[(i/perGateway)%len(apiaryNames)],
			Gateway:    gw,
			BaseWeight: 38 + rng.Float64()*14,
			Strength:   0.5 + rng.Float64(),
			SwarmDay:   -1,
			QueenLoss:  -1,
		}
		if rng.Float64() < 0.12 {
			h.SwarmDay = 2 + rng.Intn(14)
		}
		if rng.Float64() < 0.05 {
			h.QueenLoss = 1 + rng.Intn(14)
		}
		f.index[h.ID] = len(f.Hives)
		f.byGW[gw] = append(f.byGW[gw], len(f.Hives))
		f.Hives = append(f.Hives, h)
	}
	return f
}

func (f *Fleet) Lookup(id string) (*HiveProfile, bool) {
	i, ok := f.index[id]
	if !ok {
		return nil, false
	}
	return &f.Hives[i], true
}

func pad(v, width int) string {
	s := strconv.Itoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// Upload is one gateway upload: a header line plus one line per reading,
// exactly as the gateways POST them to the collector.
type Upload struct {
	Gateway   string
	Timestamp int64
	Body      []byte
}

// Generator replays synthetic gateway uploads at a ten minute cadence.
type Generator struct {
	fleet    *Fleet
	rng      *rand.Rand
	seq      map[string]int
	weight   []float64
	strength []float64
	battery  []float64
	drain    []float64
	gone     []bool
}

const (
	epoch    = int64(1714521600) // 2024-05-01T00:00:00Z
	interval = int64(600)
)

func NewGenerator(f *Fleet, seed int64) *Generator {
	g := &Generator{fleet: f, rng: rand.New(rand.NewSource(seed)), seq: map[string]int{}}
	g.weight = make([]float64, len(f.Hives))
	g.strength = make([]float64, len(f.Hives))
	g.gone = make([]bool, len(f.Hives))
	g.battery = make([]float64, len(f.Hives))
	g.drain = make([]float64, len(f.Hives))
	for i, h := range f.Hives {
		g.battery[i] = 3.55 + 0.6*g.rng.Float64()
		g.drain[i] = 0.00012 + 0.0001*g.rng.Float64()
		g.weight[i] = h.BaseWeight
		g.strength[i] = h.Strength
	}
	return g
}

func (g *Generator) Run(days int, out chan<- Upload) {
	steps := int64(days) * 86400 / interval
	for s := int64(0); s < steps; s++ {
		ts := epoch + s*interval
		for _, gw := range g.fleet.Gateways {
			out <- g.upload(gw, ts)
		}
	}
}

func (g *Generator) upload(gw string, ts int64) Upload {
	idx := g.fleet.byGW[gw]
	g.seq[gw]++
	buf := make([]byte, 0, 64+len(idx)*len(sensorKinds)*64)
	buf = append(buf, "#upload gw="...)
	buf = append(buf, gw...)
	buf = append(buf, " fw=2.4.11 seq="...)
	buf = append(buf, pad(g.seq[gw], 6)...)
	buf = append(buf, " ts="...)
	buf = strconv.AppendInt(buf, ts, 10)
	buf = append(buf, " n="...)
	buf = strconv.AppendInt(buf, int64(len(idx)*len(sensorKinds)), 10)
	buf = append(buf, '\n')

	day := int((ts - epoch) / 86400)
	hourOfDay := float64((ts-epoch)%86400) / 3600
	for _, i := range idx {
		h := &g.fleet.Hives[i]
		g.advanceWeight(i, h, day, hourOfDay)
		vals := [4]float64{
			g.weight[i] + g.rng.NormFloat64()*0.03,
			g.broodTemp(h, day, hourOfDay),
			55 + 10*math.Sin(hourOfDay/24*2*math.Pi) + g.rng.NormFloat64()*2,
			g.acoustic(i, h, day, hourOfDay),
		}
		g.battery[i] -= g.drain[i]
		if hourOfDay > 10 && hourOfDay < 16 {
			g.battery[i] += 0.0006 // small solar panel on the roof
		}
		batt := g.battery[i] + g.rng.NormFloat64()*0.01
		for k, kind := range sensorKinds {
			buf = append(buf, "ts="...)
			buf = strconv.AppendInt(buf, ts+int64(k), 10)
			buf = append(buf, " hive="...)
			buf = append(buf, h.ID...)
			buf = append(buf, " kind="...)
			buf = append(buf, kind...)
			buf = append(buf, " value="...)
			buf = strconv.AppendFloat(buf, vals[k], 'f', 3, 64)
			buf = append(buf, " batt="...)
			buf = strconv.AppendFloat(buf, batt, 'f', 2, 64)
			buf = append(buf, '\n')
		}
	}
	return Upload{Gateway: gw, Timestamp: ts, Body: buf}
}

// advanceWeight models nectar flow during foraging hours, overnight
// evaporation losses and the sudden drop when a prime swarm leaves.
func (g *Generator) advanceWeight(i int, h *HiveProfile, day int, hour float64) {
	w := g.weight[i]
	if hour > 9 && hour < 18 {
		flow := 0.02 * g.strength[i] * math.Sin((hour-9)/9*math.Pi)
		if h.QueenLoss >= 0 && day >= h.QueenLoss {
			flow *= 0.4
		}
		w += flow
	} else {
		w -= 0.004 * g.strength[i]
	}
	if h.SwarmDay == day && !g.gone[i] && hour > 11 && hour < 11.2 {
		w -= 1.8 + g.rng.Float64()*1.2
		g.gone[i] = true
		g.strength[i] *= 0.55
	}
	g.weight[i] = w
}

func (g *Generator) broodTemp(h *HiveProfile, day int, hour float64) float64 {
	t := 34.8 + g.rng.NormFloat64()*0.15
	if h.QueenLoss >= 0 && day >= h.QueenLoss {
		// no brood to keep warm: the nest follows the outside air
		t = 24 + 6*math.Sin((hour-6)/24*2*math.Pi) + g.rng.NormFloat64()*0.8
	}
	return t
}

func (g *Generator) acoustic(i int, h *HiveProfile, day int, hour float64) float64 {
	f := 240 + 30*g.strength[i] + g.rng.NormFloat64()*12
	if h.SwarmDay >= 0 && (day == h.SwarmDay || day == h.SwarmDay-1) && hour > 8 && hour < 12 {
		f = 430 + g.rng.NormFloat64()*25 // piping before the swarm departs
	}
	if h.QueenLoss >= 0 && day >= h.QueenLoss {
		f += 60 // queenless roar
	}
	return f
}
