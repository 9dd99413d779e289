package main

// batchStats summarises one ingested batch.
type batchStats struct {
	accepted, rejected int
	faults             int
}

type ingestor struct {
	stations map[string]*gaugeStation
	registry *stationRegistry
	journal  *journal
}

func newIngestor(stations []*gaugeStation, reg *stationRegistry, j *journal) *ingestor {
	m := make(map[string]*gaugeStation, len(stations))
	for _, st := range stations {
		m[st.Code] = st
	}
	return &ingestor{stations: m, registry: reg, journal: j}
}

func (in *ingestor) ingestBatch(lines []string) batchStats {
	var stats batchStats
	for _, line := range lines {
		r, err := decodeSentence(line)
		if err != nil {
			stats.rejected++
			in.journal.rejected(line, err)
			continue
		}
		st, known := in.stations[r.Station]
		if !known {
			st = in.stationByNumber(r.Station)
		}
		if st == nil || !stationCodeValid(r.Station, st.Authority) {
			stats.rejected++
			in.journal.rejected(line, errStation)
			continue
		}
		if r.Status != "OK" || r.Level >= st.SensorCeiling {
			stats.faults++
			in.registry.reject(r.Station, "sensor fault")
			continue
		}
		residual := r.Level - st.DatumOffset - astronomicalTide(st, r.Unix)
		in.registry.record(r, residual)
		in.journal.accepted(r, residual)
		stats.accepted++
	}
	return stats
}

// stationByNumber finds the station whose numeric suffix matches a code with a
// mangled authority prefix, so the rejection can be attributed.
func (in *ingestor) stationByNumber(code string) *gaugeStation {
	if len(code) < 3 {
		return nil
	}
	suffix := code[len(code)-3:]
	for c, st := range in.stations {
		if c[len(c)-3:] == suffix {
			return st
		}
	}
	return nil
}
