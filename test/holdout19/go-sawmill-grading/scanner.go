package main

import "math/rand"

// Defect is one defect the optical scanner found on a board face, in inches
// from the butt end and from the left edge.
type Defect struct {
	Kind   string
	X, Y   float64
	Length float64
	Width  float64
}

// Board is one piece of green lumber leaving the edger and trimmer.
type Board struct {
	Seq           int
	LogTag        string
	Species       string
	LengthFt      int
	WidthIn       float64
	ThickQuarters int // 4/4, 5/4, 6/4, 8/4 ...
	Defects       []Defect
}

// BoardFeet is the nominal board-foot volume of the board.
func (b *Board) BoardFeet() float64 {
	return float64(b.ThickQuarters) / 4 * b.WidthIn * float64(b.LengthFt) / 12
}

var defectKinds = []string{"knot", "split", "wane", "bark pocket", "stain", "worm hole", "shake", "check"}

// ScannerFeed replays the scanner output for every board sawn from the deck.
type ScannerFeed struct {
	r       *rand.Rand
	deck    *LogDeck
	logIdx  int
	left    int
	seq     int
	current Board
	scratch []Defect
}

func NewScannerFeed(seed int64, deck *LogDeck) *ScannerFeed {
	return &ScannerFeed{r: rand.New(rand.NewSource(seed)), deck: deck, logIdx: -1}
}

func (f *ScannerFeed) Next() bool {
	for f.left == 0 {
		f.logIdx++
		if f.logIdx >= len(f.deck.Logs) {
			return false
		}
		lg := &f.deck.Logs[f.logIdx]
		f.left = 6 + int(lg.SmallEndIn/2) + f.r.Intn(4)
	}
	f.left--
	f.seq++
	// Boards come off the trimmer a few logs behind the headrig, so the
	// scanner reports them slightly out of order.
	idx := f.logIdx - f.r.Intn(3)
	if idx < 0 {
		idx = 0
	}
	lg := &f.deck.Logs[idx]
	length := lg.LengthFt - 2*f.r.Intn(2)
	if length < 6 {
		length = 6
	}
	width := 4 + float64(f.r.Intn(19))*0.5
	thick := []int{4, 4, 4, 5, 6, 8}[f.r.Intn(6)]
	n := f.r.Intn(12)
	defects := make([]Defect, 0, n)
	for i := 0; i < n; i++ {
		defects = append(defects, Defect{
			Kind:   defectKinds[f.r.Intn(len(defectKinds))],
			X:      f.r.Float64() * float64(length*12),
			Y:      f.r.Float64() * width,
			Length: 0.5 + f.r.Float64()*6,
			Width:  0.3 + f.r.Float64()*2,
		})
	}
	f.current = Board{
		Seq:           f.seq,
		LogTag:        lg.Tag,
		Species:       lg.Species,
		LengthFt:      length,
		WidthIn:       width,
		ThickQuarters: thick,
		Defects:       defects,
	}
	return true
}

func (f *ScannerFeed) Board() *Board { return &f.current }
