package main

import (
	"errors"
	"regexp"
	"strconv"
)

// Boards report results to the chief arbiter as plain text lines:
//
//	R3 B12 FID-1234567 - FID-7654321 1/2-1/2 (42)
var resultLine = regexp.MustCompile(`^R(\d+) B(\d+) (FID-\d{7}) - (FID-\d{7}) (1-0|0-1|1/2-1/2) \((\d+)\)$`)

var errUnknownPlayer = errors.New("player not in this event")

// arbiter turns simulated board results into the text sheet the boards submit
// and reads submitted sheets back into results for the standings.
type arbiter struct {
	buf     []byte
	byFID   map[string]int // FIDE-style id -> entrant index
	players []string       // entrant index -> id
}

func newArbiter(ids []string) *arbiter {
	a := &arbiter{byFID: make(map[string]int, len(ids)), players: ids, buf: make([]byte, 0, 64*len(ids))}
	for i, id := range ids {
		a.byFID[id] = i
	}
	return a
}

// writeSheet renders one round's results; the returned bytes are only valid
// until the next call.
func (a *arbiter) writeSheet(round int, games []gameResult) []byte {
	b := a.buf[:0]
	for _, g := range games {
		b = append(b, 'R')
		b = strconv.AppendInt(b, int64(round), 10)
		b = append(b, " B"...)
		b = strconv.AppendInt(b, int64(g.board), 10)
		b = append(b, ' ')
		b = append(b, a.players[g.white]...)
		b = append(b, " - "...)
		b = append(b, a.players[g.black]...)
		switch g.score {
		case 1:
			b = append(b, " 1-0 ("...)
		case 0:
			b = append(b, " 0-1 ("...)
		default:
			b = append(b, " 1/2-1/2 ("...)
		}
		b = strconv.AppendInt(b, int64(g.moves), 10)
		b = append(b, ")\n"...)
	}
	a.buf = b
	return b
}

// readSheet parses a submitted sheet into dst.
func (a *arbiter) readSheet(sheet []byte, dst []gameResult) ([]gameResult, int) {
	dst = dst[:0]
	bad := 0
	for len(sheet) > 0 {
		end := 0
		for end < len(sheet) && sheet[end] != '\n' {
			end++
		}
		line := string(sheet[:end])
		if end < len(sheet) {
			end++
		}
		sheet = sheet[end:]
		g, err := a.parseLine(line)
		if err != nil {
			bad++
			continue
		}
		dst = append(dst, g)
	}
	return dst, bad
}

func (a *arbiter) parseLine(line string) (gameResult, error) {
	m := resultLine.FindStringSubmatch(line)
	if m == nil {
		return gameResult{}, errors.New("unreadable result line")
	}
	w, ok := a.byFID[m[3]]
	if !ok {
		return gameResult{}, errUnknownPlayer
	}
	bl, ok := a.byFID[m[4]]
	if !ok {
		return gameResult{}, errUnknownPlayer
	}
	board, _ := strconv.Atoi(m[2])
	moves, _ := strconv.Atoi(m[6])
	g := gameResult{board: board, white: w, black: bl, moves: moves}
	switch m[5] {
	case "1-0":
		g.score = 1
	case "1/2-1/2":
		g.score = 0.5
	}
	return g, nil
}
