package main

import (
	"bufio"
	"log"
	"os"
)

// AuditTrail records every grading decision so a disputed load can be traced
// back to the scanner data of each board.
type AuditTrail struct {
	f   *os.File
	w   *bufio.Writer
	log *log.Logger
}

func OpenAuditTrail(path string) (*AuditTrail, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(f, 64<<10)
	return &AuditTrail{f: f, w: w, log: log.New(w, "grader ", log.LstdFlags|log.Lmicroseconds|log.Lshortfile)}, nil
}

func (a *AuditTrail) Graded(b *Board, g Grade) {
	a.log.Printf("board=%d log=%s species=%q len=%dft width=%.1fin thick=%d/4 bf=%.2f grade=%q defects=%+v",
		b.Seq, b.LogTag, b.Species, b.LengthFt, b.WidthIn, b.ThickQuarters, b.BoardFeet(), g.Name, b.Defects)
}

func (a *AuditTrail) Close() error {
	if err := a.w.Flush(); err != nil {
		a.f.Close()
		return err
	}
	return a.f.Close()
}
