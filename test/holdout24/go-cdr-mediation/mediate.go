package main

import (
	"strings"
)

// MediationTotals counts what happened to the records of one or more batches.
type MediationTotals struct {
	Read       int
	Rated      int
	Duplicates int
	Rejected   int
}

func (t *MediationTotals) Add(o MediationTotals) {
	t.Read += o.Read
	t.Rated += o.Rated
	t.Duplicates += o.Duplicates
	t.Rejected += o.Rejected
}

// containsRecordID reports whether a record id was already accepted in
// this batch.
func containsRecordID(accepted []string, id string) bool {
	for _, seen := range accepted {
		if seen == id {
			return true
		}
	}
	return false
}

// Mediator carries the reference data and outputs shared by all batches.
type Mediator struct {
	Plans  []NumberingPlan
	Tariff *RetailTariff
	Ledger *Ledger
	Audit  *AuditTrail
	Events map[string][]usageEvent
}

// MediateBatch normalises, de-duplicates and rates one export batch, writes
// the rated records to the billing hand-off file and posts the charges to
// the ledger.
func (m *Mediator) MediateBatch(b *ExportBatch, out *RatedUsageFile) (MediationTotals, error) {
	res := MediationTotals{Read: len(b.Records) + b.Bad, Rejected: b.Bad}
	accepted := make([]string, 0, len(b.Records))
	for i := range b.Records {
		rec := &b.Records[i]
		m.Audit.Record("received", rec, "batch=%s", b.Header)
		if containsRecordID(accepted, rec.RecordID) {
			res.Duplicates++
			m.Audit.Record("duplicate", rec, "")
			continue
		}
		accepted = append(accepted, rec.RecordID)

		subscriber := NormaliseSubscriber(rec.Calling)
		var charge Charge
		var dest NormalisedNumber
		switch rec.Kind {
		case "MOC", "SMS":
			var ok bool
			dest, ok = NormaliseDialled(rec.Called, m.Plans)
			if !ok {
				res.Rejected++
				m.Audit.Record("rejected", rec, "reason=%s", "unknown-numbering-plan")
				continue
			}
			if rec.Kind == "MOC" {
				charge = m.Tariff.RateVoice(dest, rec.Start, rec.Seconds)
			} else {
				charge = m.Tariff.RateSMS(dest, rec.Start)
			}
			m.Events[subscriber] = append(m.Events[subscriber], newUsageEvent(rec, dest))
		case "DATA":
			if !strings.EqualFold(rec.Called, "internet") {
				res.Rejected++
				m.Audit.Record("rejected", rec, "reason=%s", "unknown-apn")
				continue
			}
			dest = NormalisedNumber{E164: "", Class: "apn-internet"}
			charge = m.Tariff.RateData(rec.BytesUp, rec.BytesDown, rec.Start)
		default:
			res.Rejected++
			m.Audit.Record("rejected", rec, "reason=%s", "unknown-record-type")
			continue
		}
		m.Audit.Record("rated", rec, "subscriber=%s dest=%s band=%q units=%d charge=%d peak=%t",
			subscriber, dest.E164, charge.Band, charge.Units, charge.MilliPence, charge.Peak)
		if err := out.Write(subscriber, rec, dest, charge); err != nil {
			return res, err
		}
		m.Ledger.Post(subscriber, rec, charge)
		res.Rated++
	}
	return res, nil
}
