package main

import (
	"log"
	"os"
	"path/filepath"
)

// journal is the operational log kept alongside the ingest run.
type journal struct {
	f   *os.File
	log *log.Logger
}

func openJournal(dir string) (*journal, error) {
	f, err := os.Create(filepath.Join(dir, "ingest.log"))
	if err != nil {
		return nil, err
	}
	return &journal{f: f, log: log.New(f, "tidegauge ", log.LstdFlags|log.Lmicroseconds|log.Lshortfile)}, nil
}

func (j *journal) accepted(r reading, residual float64) {
	j.log.Printf("accepted station=%s t=%d level=%.3f residual=%+.4f temp=%.1f hpa=%.1f",
		r.Station, r.Unix, r.Level, residual, r.WaterC, r.Pressure)
}

func (j *journal) rejected(line string, err error) {
	j.log.Printf("rejected %q: %v", line, err)
}

func (j *journal) Close() error { return j.f.Close() }
