package main

import (
	"math"
	"math/rand"
	"strconv"
	"time"
)

// hiveSim is the simulated physical state behind one scale.
type hiveSim struct {
	hive       *Hive
	honeyKg    float64
	beesKg     float64
	battery    float64
	rssi       float64
	pipingLeft int     // samples of pre-swarm piping remaining
	swarmDrop  float64 // kg still to leave with the swarm
	swarmedDay int
	lidOpenFor int
}

// GatewayFeed replays what the LoRa gateways of the apiary network deliver:
// one comma separated line per scale and sampling interval.
type GatewayFeed struct {
	rng      *rand.Rand
	sims     []*hiveSim
	start    time.Time
	days     int
	interval time.Duration
	flow     [][]float64 // [apiary][day] nectar flow intensity
}

func NewGatewayFeed(reg *Registry, seed int64, start time.Time, days int, interval time.Duration) *GatewayFeed {
	rng := rand.New(rand.NewSource(seed))
	f := &GatewayFeed{rng: rng, start: start, days: days, interval: interval}
	for _, h := range reg.Hives() {
		f.sims = append(f.sims, &hiveSim{
			hive:       h,
			honeyKg:    4 + rng.Float64()*8,
			beesKg:     1.5 + rng.Float64()*2,
			battery:    3.9 + rng.Float64()*0.3,
			rssi:       -70 - rng.Float64()*45,
			swarmedDay: -1,
		})
	}
	f.flow = make([][]float64, len(apiaries))
	for a := range f.flow {
		f.flow[a] = make([]float64, days)
		level := 0.4 + rng.Float64()*0.4
		for d := 0; d < days; d++ {
			// Weather runs in spells; the flow follows with some inertia.
			level += (rng.Float64() - 0.5) * 0.35
			level = math.Max(0, math.Min(1.4, level))
			f.flow[a][d] = level
		}
	}
	return f
}

// Stream emits batches of raw lines and closes out when the replay is done.
func (f *GatewayFeed) Stream(out chan<- []string, batchSize int) {
	defer close(out)
	steps := int(time.Duration(f.days) * 24 * time.Hour / f.interval)
	stepHours := f.interval.Hours()
	batch := make([]string, 0, batchSize)
	buf := make([]byte, 0, 256)
	for s := 0; s < steps; s++ {
		at := f.start.Add(time.Duration(s) * f.interval)
		day := s * int(f.interval/time.Minute) / (24 * 60)
		hour := float64(at.Hour()) + float64(at.Minute())/60
		for i, sim := range f.sims {
			f.advance(sim, i, day, hour, stepHours)
			buf = f.render(buf[:0], sim, at, hour)
			batch = append(batch, string(buf))
			if len(batch) == batchSize {
				out <- batch
				batch = make([]string, 0, batchSize)
			}
		}
	}
	if len(batch) > 0 {
		out <- batch
	}
}

func (f *GatewayFeed) advance(sim *hiveSim, idx, day int, hour, stepHours float64) {
	apiary := idx % len(apiaries)
	flow := f.flow[apiary][day]
	switch {
	case hour >= 10 && hour < 18:
		sim.honeyKg += flow * 0.09 * stepHours * sim.beesKg / 2.5 * (0.8 + f.rng.Float64()*0.4)
	case hour >= 21 || hour < 5:
		sim.honeyKg -= 0.045 * stepHours // evaporation and consumption
	}
	if sim.honeyKg < 0.5 {
		sim.honeyKg = 0.5
	}
	sim.beesKg += 0.004 * stepHours * (1 - sim.beesKg/4.5)

	// Strong colonies in a good flow occasionally prepare to swarm.
	if sim.pipingLeft == 0 && sim.swarmDrop == 0 && sim.swarmedDay < 0 &&
		hour > 9 && hour < 13 && sim.beesKg > 3.0 && f.rng.Float64() < 0.0009*flow {
		sim.pipingLeft = 6 + f.rng.Intn(12)
	}
	if sim.pipingLeft > 0 {
		sim.pipingLeft--
		if sim.pipingLeft == 0 {
			sim.swarmDrop = sim.beesKg * (0.45 + f.rng.Float64()*0.2)
			sim.swarmedDay = day
		}
	}
	if sim.swarmDrop > 0 {
		step := math.Min(sim.swarmDrop, 0.9)
		sim.swarmDrop -= step
		sim.beesKg -= step
	}

	sim.battery -= 0.00002 * stepHours * 60
	if hour > 11 && hour < 15 && sim.battery < 4.15 {
		sim.battery += 0.0004 * stepHours * 60 // solar top-up
	}
	if sim.lidOpenFor > 0 {
		sim.lidOpenFor--
	} else if hour > 9 && hour < 16 && f.rng.Float64() < 0.0004 {
		sim.lidOpenFor = 2 + f.rng.Intn(3) // beekeeper inspection
	}
}

func (f *GatewayFeed) render(buf []byte, sim *hiveSim, at time.Time, hour float64) []byte {
	h := sim.hive
	weight := h.TareKg + 6*float64(h.Supers) + sim.honeyKg + sim.beesKg
	if hour >= 9 && hour < 17 {
		weight -= 0.35 * sim.beesKg / 2.5 // foragers out
	}
	if sim.lidOpenFor > 0 {
		weight -= 6 + f.rng.Float64()*4 // supers lifted off
	}
	weight += f.rng.NormFloat64() * 0.04
	brood := 34.6 + f.rng.NormFloat64()*0.25
	if sim.beesKg < 2 {
		brood -= 1.5 + f.rng.Float64()
	}
	ambient := 13 + 8*math.Sin((hour-9)/24*2*math.Pi) + f.rng.NormFloat64()
	humidity := 58 + 12*math.Cos((hour-4)/24*2*math.Pi) + f.rng.NormFloat64()*3

	buf = strconv.AppendInt(buf, at.Unix(), 10)
	buf = append(buf, ',')
	switch {
	case f.rng.Float64() < 0.0015:
		buf = append(buf, "HV-9"...) // misconfigured gateway
		buf = strconv.AppendInt(buf, int64(f.rng.Intn(9999)), 10)
	case h.LegacyTag != "":
		buf = append(buf, "rf:"...)
		for _, c := range []byte(h.LegacyTag) {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
	default:
		buf = append(buf, h.ID...)
	}
	for _, v := range []float64{weight, brood, ambient, humidity, sim.battery} {
		buf = append(buf, ',')
		buf = appendCentis(buf, v)
	}
	buf = append(buf, ',')
	buf = strconv.AppendInt(buf, int64(sim.rssi+f.rng.NormFloat64()*3), 10)
	buf = append(buf, ',')
	for b := 0; b < AcousticBands; b++ {
		if b > 0 {
			buf = append(buf, ';')
		}
		// Colony hum peaks around 250 Hz; queen piping lifts 400-500 Hz.
		db := 58 - math.Abs(float64(b)-4)*3.2 + f.rng.NormFloat64()*1.5
		if sim.pipingLeft > 0 && (b == 6 || b == 7) {
			db += 14
		}
		if f.rng.Float64() < 0.00002 {
			db = 180 // microphone clipping
		}
		buf = strconv.AppendInt(buf, int64(db*10), 10)
	}
	return buf
}

// appendCentis writes v with two decimals, as the scale firmware does.
func appendCentis(buf []byte, v float64) []byte {
	c := int64(math.Round(v * 100))
	if c < 0 {
		buf = append(buf, '-')
		c = -c
	}
	buf = strconv.AppendInt(buf, c/100, 10)
	return append(buf, '.', byte('0'+c/10%10), byte('0'+c%10))
}
