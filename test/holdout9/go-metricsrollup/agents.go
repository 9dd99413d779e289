package main

import (
	"math"
	"math/rand"
	"strconv"
)

type agent struct {
	host   string
	region string
	role   string
	load   float64
}

type AgentFleet struct {
	rng    *rand.Rand
	agents []agent
	clock  int64
	buf    []byte
}

var metricNames = []string{"cpu.usage", "mem.used_ratio", "disk.io_wait", "net.rx_mbps", "net.tx_mbps", "http.latency_ms", "http.requests", "gc.pause_ms"}
var regions = []string{"eu-west", "eu-central", "us-east", "ap-south"}
var roles = []string{"web", "api", "worker", "cache"}

func NewAgentFleet(n int, seed int64) *AgentFleet {
	f := &AgentFleet{rng: rand.New(rand.NewSource(seed)), clock: 1700000000000}
	for i := 0; i < n; i++ {
		role := roles[i%len(roles)]
		f.agents = append(f.agents, agent{
			host:   role + "-" + strconv.Itoa(i),
			region: regions[(i/len(roles))%len(regions)],
			role:   role,
			load:   0.2 + f.rng.Float64()*0.6,
		})
	}
	return f
}

// Batch renders n metric lines as one newline separated payload.
func (f *AgentFleet) Batch(n int) []byte {
	out := make([]byte, 0, n*72)
	for i := 0; i < n; i++ {
		a := &f.agents[f.rng.Intn(len(f.agents))]
		name := metricNames[f.rng.Intn(len(metricNames))]
		f.clock += int64(f.rng.Intn(20))
		v := a.load*100*(1+0.3*math.Sin(float64(f.clock)/60000)) + f.rng.NormFloat64()*5
		out = append(out, name...)
		out = append(out, ",host="...)
		out = append(out, a.host...)
		out = append(out, ",region="...)
		out = append(out, a.region...)
		out = append(out, ",role="...)
		out = append(out, a.role...)
		out = append(out, " value="...)
		out = strconv.AppendFloat(out, math.Round(v*1000)/1000, 'f', -1, 64)
		out = append(out, ' ')
		out = strconv.AppendInt(out, f.clock, 10)
		out = append(out, '\n')
	}
	return out
}
