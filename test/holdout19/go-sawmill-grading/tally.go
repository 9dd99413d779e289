package main

import (
	"fmt"
	"sort"
)

// TallyLine is one line of the shift tally: board count and volume for a
// species, grade and thickness, plus defect counts seen on those boards.
type TallyLine struct {
	Boards    int
	BoardFeet float64
	Defects   map[string]int
}

// TallyKey identifies one line of the tally sheet.
type TallyKey struct {
	Species string
	Grade   Grade
	Thick   int
}

// ShiftTally is the green-chain tally sheet for the shift.
type ShiftTally struct {
	lines   map[TallyKey]*TallyLine
	totalBF float64
}

func NewShiftTally() *ShiftTally {
	return &ShiftTally{lines: map[TallyKey]*TallyLine{}}
}

func (t *ShiftTally) Add(b *Board, g Grade) {
	key := TallyKey{b.Species, g, b.ThickQuarters}
	line := t.lines[key]
	if line == nil {
		line = &TallyLine{Defects: map[string]int{}}
		t.lines[key] = line
	}
	bf := b.BoardFeet()
	line.Boards++
	line.BoardFeet += bf
	t.totalBF += bf
	for _, d := range b.Defects {
		line.Defects[fmt.Sprintf("%s %.0fx%.1f in (%s)", d.Kind, d.Length, d.Width, faceZone(d, b.WidthIn))]++
	}
}

func (t *ShiftTally) TotalBoardFeet() float64 { return t.totalBF }

func (t *ShiftTally) SortedKeys() []TallyKey {
	keys := make([]TallyKey, 0, len(t.lines))
	for k := range t.lines {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.Species != b.Species {
			return a.Species < b.Species
		}
		if a.Grade.Rank != b.Grade.Rank {
			return a.Grade.Rank < b.Grade.Rank
		}
		return a.Thick < b.Thick
	})
	return keys
}

// faceZone tells the edger operator where on the face a defect sits.
func faceZone(d Defect, width float64) string {
	switch {
	case d.Y < width/4:
		return "left edge"
	case d.Y+d.Width > width*3/4:
		return "right edge"
	default:
		return "center"
	}
}
