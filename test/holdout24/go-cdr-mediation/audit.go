package main

import (
	"log"
	"os"
)

// AuditTrail keeps the mediation audit log that revenue assurance reads
// when a subscriber disputes a bill: one line per record and outcome.
type AuditTrail struct {
	file *os.File
	log  *log.Logger
}

func OpenAuditTrail(path string) (*AuditTrail, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &AuditTrail{
		file: f,
		log:  log.New(f, "mediation ", log.LstdFlags|log.Lmicroseconds|log.LUTC|log.Lshortfile),
	}, nil
}

// Record writes the outcome of one usage record.
func (a *AuditTrail) Record(outcome string, rec *UsageRecord, detail string, args ...interface{}) {
	a.log.Printf("%s record=%s switch=%s kind=%s calling=%s called=%s start=%s cell=%s "+detail,
		append([]interface{}{outcome, rec.RecordID, rec.SwitchID, rec.Kind, rec.Calling, rec.Called,
			rec.Start.Format("2006-01-02T15:04:05Z"), rec.CellID}, args...)...)
}

func (a *AuditTrail) Close() error {
	if err := a.file.Sync(); err != nil {
		return err
	}
	return a.file.Close()
}
