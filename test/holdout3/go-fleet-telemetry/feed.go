package main

import (
	"strconv"
	"strings"
)

// feedGenerator produces synthetic vehicle telemetry lines in the
// gateway's wire format: vehicle|sensor|unit|ts|value|firmware
type feedGenerator struct {
	state    uint64
	cfg      *Config
	vehicles []string
	ts       int64
}

func newFeedGenerator(seed uint64, cfg *Config) *feedGenerator {
	g := &feedGenerator{state: seed, cfg: cfg, ts: 1767225600000}
	for i := 0; i < 60; i++ {
		g.vehicles = append(g.vehicles, "VH-"+strconv.Itoa(10000+i*37))
	}
	return g
}

func (g *feedGenerator) next() uint64 {
	g.state ^= g.state << 13
	g.state ^= g.state >> 7
	g.state ^= g.state << 17
	return g.state
}

func (g *feedGenerator) batch(n int) []string {
	out := make([]string, 0, n)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.Reset()
		r := g.next()
		vi := r % uint64(len(g.vehicles))
		veh := g.vehicles[vi]
		sensor := g.cfg.Sensors[(r>>8)%uint64(len(g.cfg.Sensors))]
		g.ts += int64(r>>20) % 250
		frac := float64((r>>32)%10000) / 10000.0
		val := sensor.Min + (sensor.Max-sensor.Min)*(0.35+0.2*frac)
		if (r>>44)%211 == 0 {
			val = sensor.Min + (sensor.Max-sensor.Min)*0.98
		}
		sensorID := sensor.Prefix + "-" + strconv.Itoa(int((r>>40)%3))
		if (r>>50)%97 == 0 {
			sensorID = strings.ToLower(sensorID) + "?"
		}
		sb.WriteString(veh + "|" + sensorID + "|" + sensor.Unit + "|")
		sb.WriteString(strconv.FormatInt(g.ts, 10) + "|" + strconv.FormatFloat(val, 'f', 2, 64))
		sb.WriteString("|fw-3." + strconv.Itoa(int(vi%7)))
		out = append(out, sb.String())
	}
	return out
}

type SensorSpec struct {
	Name      string
	Prefix    string
	Unit      string
	IDPattern string
	Min, Max  float64
}

type Config struct {
	Sensors       []SensorSpec
	SnapshotEvery int
	RollupEvery   int
	Region        string
}

func defaultConfig() *Config {
	return &Config{
		Region:        "eu-central",
		SnapshotEvery: 3,
		RollupEvery:   10,
		Sensors: []SensorSpec{
			{Name: "coolant", Prefix: "CLT", Unit: "C", IDPattern: `^CLT-[0-9]{1,2}$`, Min: -40, Max: 130},
			{Name: "oil_pressure", Prefix: "OPS", Unit: "kPa", IDPattern: `^OPS-[0-9]{1,2}$`, Min: 0, Max: 900},
			{Name: "battery", Prefix: "BAT", Unit: "V", IDPattern: `^BAT-[0-9]{1,2}$`, Min: 0, Max: 30},
			{Name: "tyre_pressure", Prefix: "TPS", Unit: "kPa", IDPattern: `^TPS-[0-9]{1,2}$`, Min: 0, Max: 1000},
			{Name: "cabin_temp", Prefix: "CAB", Unit: "C", IDPattern: `^CAB-[0-9]{1,2}$`, Min: -40, Max: 90},
			{Name: "fuel_level", Prefix: "FUL", Unit: "pct", IDPattern: `^FUL-[0-9]{1,2}$`, Min: 0, Max: 100},
		},
	}
}

func (c *Config) sensorByUnitPrefix(prefix string) *SensorSpec {
	for i := range c.Sensors {
		if c.Sensors[i].Prefix == prefix {
			return &c.Sensors[i]
		}
	}
	return nil
}
