package main

// Ingest feeds gateway spools through parsing, block lookup, risk scoring
// and the alert board.
type Ingest struct {
	orchard  *Orchard
	board    *AlertBoard
	parsed   int
	rejected int
	ignored  int
}

func (in *Ingest) Spool(path string) error {
	lines, err := ReadSpool(path)
	if err != nil {
		return err
	}
	for _, line := range lines {
		in.line(line)
	}
	return nil
}

func (in *Ingest) line(line string) {
	r, ok := ParseReading(line)
	if !ok {
		in.rejected++
		return
	}
	in.parsed++
	block, err := in.orchard.BlockByCode(r.BlockCode)
	if err != nil {
		in.ignored++
		return
	}
	score := ScoreFrostRisk(block, r)
	in.board.Record(block, r, score)
}
