package main

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// normaliseRoomCode maps the many sales-channel spellings of a room category
// ("dbl sv", "DBL2/SV", " TWN - GV ") onto the contract room type and view.
func normaliseRoomCode(raw string) (roomType, view string, ok bool) {
	re := regexp.MustCompile(`^\s*([A-Za-z]{3})\s*(\d)?\s*(?:[-/ ]\s*([A-Za-z]{2}))?\s*$`)
	m := re.FindStringSubmatch(raw)
	if m == nil {
		return "", "", false
	}
	roomType = strings.ToUpper(m[1])
	view = strings.ToUpper(m[3])
	if view == "" {
		view = "SV"
	}
	return roomType, view, true
}

// ParseExtranetFeed turns raw channel-manager lines into release updates.
// Malformed lines are counted and skipped.
func ParseExtranetFeed(lines []string, season Season) ([]ReleaseUpdate, int) {
	updates := make([]ReleaseUpdate, 0, len(lines))
	rejected := 0
	for _, line := range lines {
		u, ok := parseFeedLine(line, season)
		if !ok {
			rejected++
			continue
		}
		updates = append(updates, u)
	}
	return updates, rejected
}

func parseFeedLine(line string, season Season) (ReleaseUpdate, bool) {
	f := strings.Split(line, ";")
	if len(f) != 8 {
		return ReleaseUpdate{}, false
	}
	date, err := time.Parse("2006-01-02", strings.TrimSpace(f[1]))
	if err != nil {
		return ReleaseUpdate{}, false
	}
	rt, view := strings.TrimSpace(f[2]), strings.TrimSpace(f[3])
	if len(rt) != 3 || len(view) != 2 {
		return ReleaseUpdate{}, false
	}
	avail, err1 := strconv.Atoi(strings.TrimSpace(f[4]))
	rel, err2 := strconv.Atoi(strings.TrimSpace(f[5]))
	rate, err3 := strconv.ParseFloat(strings.TrimSpace(f[6]), 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return ReleaseUpdate{}, false
	}
	return ReleaseUpdate{
		HotelCode: strings.TrimSpace(f[0]),
		Day:       season.DayIndex(date),
		RoomType:  rt,
		View:      view,
		Available: avail,
		Released:  rel,
		Rate:      rate,
		Currency:  strings.TrimSpace(f[7]),
	}, true
}
