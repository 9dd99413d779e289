package main

import (
	"bytes"
	"errors"
	"regexp"
	"time"
)

var headerRE = regexp.MustCompile(`^# station (\d{7}) (.+?)\s+lat (-?\d+\.\d+) lon (-?\d+\.\d+) datum (\w+) units (\w+) interval (\d+)$`)

// Series is a decoded gauge record: sample times in hours since the
// analysis epoch and water levels in metres. Missing samples are dropped.
type Series struct {
	Hours   []float64
	Level   []float64
	Missing int
	Months  int
}

func (s *Series) reset() {
	s.Hours, s.Level, s.Missing, s.Months = s.Hours[:0], s.Level[:0], 0, 0
}

var errBadLine = errors.New("malformed record line")

// decode appends the samples of one monthly file to s.
func (s *Series) decode(data []byte, stationID string, epoch time.Time) error {
	var dayKey [10]byte
	var dayHours float64
	for len(data) > 0 {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			nl = len(data)
		}
		line := data[:nl]
		data = data[min(nl+1, len(data)):]
		if len(line) == 0 {
			continue
		}
		if line[0] == '#' {
			m := headerRE.FindSubmatch(line)
			if m == nil || string(m[1]) != stationID || string(m[6]) != "m" {
				return errBadLine
			}
			s.Months++
			continue
		}
		// "<id> yyyy-mm-dd hh:mm level q"
		if len(line) < len(stationID)+19 {
			return errBadLine
		}
		rest := line[len(stationID)+1:]
		stamp := rest[:16]
		if !bytes.Equal(stamp[:10], dayKey[:]) {
			d, err := time.Parse("2006-01-02", string(stamp[:10]))
			if err != nil {
				return err
			}
			copy(dayKey[:], stamp[:10])
			dayHours = d.Sub(epoch).Hours()
		}
		hh := int(stamp[11]-'0')*10 + int(stamp[12]-'0')
		mm := int(stamp[14]-'0')*10 + int(stamp[15]-'0')
		fields := rest[17:]
		sp := bytes.IndexByte(fields, ' ')
		if sp < 0 {
			return errBadLine
		}
		if fields[len(fields)-1] == '9' {
			s.Missing++
			continue
		}
		v, ok := parseLevel(fields[:sp])
		if !ok {
			return errBadLine
		}
		s.Hours = append(s.Hours, dayHours+float64(hh)+float64(mm)/60)
		s.Level = append(s.Level, v)
	}
	return nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// parseLevel reads a fixed-point level with up to three decimals.
func parseLevel(b []byte) (float64, bool) {
	if len(b) == 0 {
		return 0, false
	}
	neg := b[0] == '-'
	if neg {
		b = b[1:]
	}
	var whole, frac, scale int64 = 0, 0, 1
	i := 0
	for ; i < len(b) && b[i] != '.'; i++ {
		if b[i] < '0' || b[i] > '9' {
			return 0, false
		}
		whole = whole*10 + int64(b[i]-'0')
	}
	if i < len(b) {
		for i++; i < len(b); i++ {
			if b[i] < '0' || b[i] > '9' {
				return 0, false
			}
			frac = frac*10 + int64(b[i]-'0')
			scale *= 10
		}
	}
	v := float64(whole) + float64(frac)/float64(scale)
	if neg {
		v = -v
	}
	return v, true
}
