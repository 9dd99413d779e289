package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"time"
)

// TrafficGenerator produces switch export files that look like the
// semicolon separated CDR dumps written by the mobile core.
type TrafficGenerator struct {
	rng         *rand.Rand
	subscribers []string
	cells       []string
	seq         int64
}

func NewTrafficGenerator(seed int64) *TrafficGenerator {
	g := &TrafficGenerator{rng: rand.New(rand.NewSource(seed))}
	for i := 0; i < 6000; i++ {
		g.subscribers = append(g.subscribers, fmt.Sprintf("07%09d", 700000000+g.rng.Intn(299999999)))
	}
	for i := 0; i < 400; i++ {
		g.cells = append(g.cells, fmt.Sprintf("234-15-%05d-%03d", 10000+g.rng.Intn(80000), g.rng.Intn(256)))
	}
	return g
}

// destinationSamples is weighted roughly like retail traffic: mostly UK
// mobiles, then landlines, then international.
var destinationSamples = []string{
	"+447%09d", "07%09d", "07%09d", "07%09d", "07%09d", "00447%09d", "07%09d", "+447%09d",
	"01%09d", "02%09d", "01%09d", "02%09d", "0800%06d",
	"+33%09d", "0049%010d", "+1%010d", "00353%08d", "+91%010d", "09%09d",
}

func (g *TrafficGenerator) destination() string {
	tmpl := destinationSamples[g.rng.Intn(len(destinationSamples))]
	return fmt.Sprintf(tmpl, g.rng.Int63n(999999999))
}

// WriteExports writes n export files of perFile records each and returns their paths.
func (g *TrafficGenerator) WriteExports(dir string, n, perFile int) ([]string, error) {
	base := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	var paths []string
	for f := 0; f < n; f++ {
		switchID := fmt.Sprintf("MSC%02d", f%6+1)
		path := filepath.Join(dir, fmt.Sprintf("%s_%04d.cdr", switchID, f))
		out, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		w := bufio.NewWriter(out)
		fmt.Fprintf(w, "#export switch=%s seq=%d\n", switchID, f)
		var recent []string
		for i := 0; i < perFile; i++ {
			// Switches re-send a share of records after a link flap.
			if len(recent) > 0 && g.rng.Intn(100) < 3 {
				fmt.Fprintln(w, recent[g.rng.Intn(len(recent))])
				continue
			}
			line := g.record(switchID, base)
			recent = append(recent, line)
			if len(recent) > 64 {
				recent = recent[1:]
			}
			fmt.Fprintln(w, line)
		}
		if err := w.Flush(); err != nil {
			return nil, err
		}
		if err := out.Close(); err != nil {
			return nil, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func (g *TrafficGenerator) record(switchID string, base time.Time) string {
	g.seq++
	sub := g.subscribers[g.rng.Intn(len(g.subscribers))]
	start := base.Add(time.Duration(g.rng.Int63n(7*24*3600)) * time.Second)
	cell := g.cells[g.rng.Intn(len(g.cells))]
	id := fmt.Sprintf("%s-%010d", switchID, g.seq)
	switch k := g.rng.Intn(100); {
	case k < 32:
		dur := g.rng.Intn(1800)
		if g.rng.Intn(10) == 0 {
			dur = 0
		}
		return fmt.Sprintf("%s;%s;MOC;%s;%s;%s;%d;0;0;%s;16", id, switchID, sub, g.destination(),
			start.Format("20060102150405"), dur, cell)
	case k < 44:
		return fmt.Sprintf("%s;%s;SMS;%s;%s;%s;0;0;0;%s;0", id, switchID, sub, g.destination(),
			start.Format("20060102150405"), cell)
	case k < 97:
		up := g.rng.Int63n(40 << 20)
		down := g.rng.Int63n(400 << 20)
		return fmt.Sprintf("%s;%s;DATA;%s;internet;%s;%d;%d;%d;%s;0", id, switchID, sub,
			start.Format("20060102150405"), g.rng.Intn(7200), up, down, cell)
	default:
		// malformed rows do turn up in real exports
		return fmt.Sprintf("%s;%s;MOC;%s;;%s;x;0;0;%s;31", id, switchID, sub, start.Format("20060102150405"), cell)
	}
}
