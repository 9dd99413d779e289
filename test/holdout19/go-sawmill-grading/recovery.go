package main

// Price sheet, dollars per thousand board feet, by grade rank.
var priceSheet = map[string][6]float64{
	"red oak":       {1420, 1350, 905, 610, 450, 180},
	"white oak":     {1610, 1500, 980, 640, 470, 190},
	"hard maple":    {1550, 1460, 1020, 700, 480, 170},
	"soft maple":    {1180, 1090, 820, 560, 400, 160},
	"black cherry":  {1980, 1850, 1050, 640, 440, 170},
	"yellow poplar": {890, 840, 610, 470, 380, 160},
	"ash":           {1100, 1030, 760, 520, 390, 160},
	"walnut":        {4200, 3900, 2150, 1200, 780, 260},
}

// RecoveryLedger credits the lumber graded back to the log it was sawn from,
// so the yard can compare mill overrun and value by supplier.
type RecoveryLedger struct {
	deck      *LogDeck
	unmatched int
}

func NewRecoveryLedger(deck *LogDeck) *RecoveryLedger {
	return &RecoveryLedger{deck: deck}
}

func (l *RecoveryLedger) Credit(b *Board, g Grade) {
	lg := l.logFor(b.LogTag)
	if lg == nil {
		l.unmatched++
		return
	}
	bf := b.BoardFeet()
	lg.SawnBF += bf
	lg.GradeValue += bf / 1000 * priceSheet[lg.Species][g.Rank]
	lg.BoardsSawn++
}

func (l *RecoveryLedger) logFor(tag string) *LogRecord {
	for i := range l.deck.Logs {
		if l.deck.Logs[i].Tag == tag {
			return &l.deck.Logs[i]
		}
	}
	return nil
}

// Overrun is lumber actually recovered over the Doyle scale, for the shift.
func (l *RecoveryLedger) Overrun() float64 {
	var scaled, sawn float64
	for _, lg := range l.deck.Logs {
		scaled += lg.DoyleScale
		sawn += lg.SawnBF
	}
	if scaled == 0 {
		return 0
	}
	return sawn/scaled - 1
}

// SupplierSummary is recovery and value per supplier.
type SupplierSummary struct {
	Supplier string
	Logs     int
	ScaledBF float64
	SawnBF   float64
	Value    float64
}

func (l *RecoveryLedger) BySupplier() []SupplierSummary {
	idx := map[string]int{}
	var out []SupplierSummary
	for _, lg := range l.deck.Logs {
		i, ok := idx[lg.Supplier]
		if !ok {
			i = len(out)
			idx[lg.Supplier] = i
			out = append(out, SupplierSummary{Supplier: lg.Supplier})
		}
		s := &out[i]
		s.Logs++
		s.ScaledBF += lg.DoyleScale
		s.SawnBF += lg.SawnBF
		s.Value += lg.GradeValue
	}
	return out
}
