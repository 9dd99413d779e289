package main

import "time"

type ingestStats struct {
	accepted  int
	rejected  int
	byKind    map[Kind]int
	unmatched map[string]int
}

// Pipeline turns raw gateway lines into hive state: it resolves the scale,
// checks the reading, feeds swarm detection and the daily rollups.
type Pipeline struct {
	reg     *Registry
	season  time.Time
	swarm   *SwarmDetector
	rollup  *Rollup
	archive *Archive
	stats   ingestStats
	reading Reading
}

func NewPipeline(reg *Registry, season time.Time) *Pipeline {
	return &Pipeline{
		reg:     reg,
		season:  season,
		swarm:   NewSwarmDetector(36),
		rollup:  NewRollup(season),
		archive: NewArchive(season),
		stats: ingestStats{
			byKind:    make(map[Kind]int),
			unmatched: make(map[string]int),
		},
	}
}

func (p *Pipeline) Ingest(lines []string) {
	for _, line := range lines {
		if err := p.ingestLine(line); err != nil {
			p.stats.rejected++
			if f, ok := err.(*Fault); ok {
				p.stats.byKind[f.Kind]++
			}
			continue
		}
		p.stats.accepted++
	}
}

func (p *Pipeline) ingestLine(line string) error {
	r := &p.reading
	if err := parseReading(line, r); err != nil {
		return err
	}
	hive, err := p.reg.Lookup(r.HiveRef)
	if err != nil {
		p.stats.unmatched[r.HiveRef]++
		return err
	}
	if err := validateStruct(r); err != nil {
		return err
	}
	p.swarm.Observe(hive, r)
	p.rollup.Add(hive, r)
	p.archive.Append(hive, r)
	return nil
}

func (p *Pipeline) Report() *Report {
	p.archive.Close()
	return buildReport(p.reg, p.rollup, p.swarm, p.archive, &p.stats)
}
