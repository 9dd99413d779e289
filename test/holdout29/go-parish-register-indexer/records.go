package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// EventKind is the type of register entry.
type EventKind byte

const (
	Baptism  EventKind = 'B'
	Marriage EventKind = 'M'
	Burial   EventKind = 'D'
)

// RegisterEntry is one normalised register entry.
type RegisterEntry struct {
	ID          int
	Kind        EventKind
	Parish      string
	Year        int
	Month       int
	Day         int
	Given       string
	Surname     string
	SurnameCode string
	FatherGiven string
	MotherGiven string
	SpouseGiven string
	SpouseName  string
	Abode       string
	Folio       string
}

var monthAbbrev = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

var errUnreadableDate = errors.New("unreadable date")

// normaliseEntryDate accepts the date styles transcribers use: "12 Apr 1783",
// "12/4/1783", "1783-04-12" and the regnal-year-free "Apr 1783" (day unknown).
func normaliseEntryDate(raw string) (year, month, day int, err error) {
	raw = strings.TrimSpace(raw)
	dayMonthYear := regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$`)
	if m := dayMonthYear.FindStringSubmatch(raw); m != nil {
		day, _ = strconv.Atoi(m[1])
		month = monthAbbrev[strings.ToLower(m[2])]
		year, _ = strconv.Atoi(m[3])
		return checkDate(year, month, day)
	}
	slashed := regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
	if m := slashed.FindStringSubmatch(raw); m != nil {
		day, _ = strconv.Atoi(m[1])
		month, _ = strconv.Atoi(m[2])
		year, _ = strconv.Atoi(m[3])
		return checkDate(year, month, day)
	}
	iso := regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	if m := iso.FindStringSubmatch(raw); m != nil {
		year, _ = strconv.Atoi(m[1])
		month, _ = strconv.Atoi(m[2])
		day, _ = strconv.Atoi(m[3])
		return checkDate(year, month, day)
	}
	monthOnly := regexp.MustCompile(`^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$`)
	if m := monthOnly.FindStringSubmatch(raw); m != nil {
		month = monthAbbrev[strings.ToLower(m[1])]
		year, _ = strconv.Atoi(m[2])
		return checkDate(year, month, 0)
	}
	return 0, 0, 0, errUnreadableDate
}

func checkDate(year, month, day int) (int, int, int, error) {
	if year < 1538 || year > 1900 || month < 1 || month > 12 || day < 0 || day > 31 {
		return 0, 0, 0, errUnreadableDate
	}
	return year, month, day, nil
}

// parseTranscriptionLine reads one pipe-separated transcription line:
// kind|date|given|surname|father|mother|spouseGiven|spouseSurname|abode|folio|id
func parseTranscriptionLine(line, parish string) (*RegisterEntry, error) {
	f := strings.Split(line, "|")
	if len(f) != 11 {
		return nil, fmt.Errorf("expected 11 fields, got %d", len(f))
	}
	y, m, d, err := normaliseEntryDate(f[1])
	if err != nil {
		return nil, err
	}
	id, err := strconv.Atoi(f[10])
	if err != nil {
		return nil, err
	}
	e := &RegisterEntry{
		ID:          id,
		Kind:        EventKind(f[0][0]),
		Parish:      parish,
		Year:        y,
		Month:       m,
		Day:         d,
		Given:       normaliseGiven(f[2]),
		Surname:     strings.ToUpper(strings.TrimSpace(f[3])),
		FatherGiven: normaliseGiven(f[4]),
		MotherGiven: normaliseGiven(f[5]),
		SpouseGiven: normaliseGiven(f[6]),
		SpouseName:  strings.ToUpper(strings.TrimSpace(f[7])),
		Abode:       strings.TrimSpace(f[8]),
		Folio:       f[9],
	}
	e.SurnameCode = soundex(e.Surname)
	return e, nil
}

var givenAbbrev = map[string]string{
	"WM": "WILLIAM", "WILLM": "WILLIAM", "JNO": "JOHN", "THOS": "THOMAS", "JAS": "JAMES",
	"GEO": "GEORGE", "CHAS": "CHARLES", "RICHD": "RICHARD", "ROBT": "ROBERT", "SAML": "SAMUEL",
	"ELIZ": "ELIZABETH", "ELIZTH": "ELIZABETH", "MARGT": "MARGARET", "HANH": "HANNAH",
}

func normaliseGiven(s string) string {
	s = strings.ToUpper(strings.TrimSpace(strings.TrimSuffix(s, ".")))
	if full, ok := givenAbbrev[s]; ok {
		return full
	}
	return s
}

// soundex returns the American Soundex code of a surname.
func soundex(name string) string {
	codes := [26]byte{'0', '1', '2', '3', '0', '1', '2', '0', '0', '2', '2', '4', '5', '5', '0', '1', '2', '6', '2', '3', '0', '1', '0', '2', '0', '2'}
	out := make([]byte, 0, 4)
	var last byte
	for i := 0; i < len(name) && len(out) < 4; i++ {
		c := name[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			continue
		}
		code := codes[c-'A']
		if len(out) == 0 {
			out = append(out, c)
			last = code
			continue
		}
		if code != '0' && code != last {
			out = append(out, code)
		}
		if c != 'H' && c != 'W' {
			last = code
		}
	}
	for len(out) < 4 {
		out = append(out, '0')
	}
	return string(out)
}
