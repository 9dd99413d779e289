package main

import (
	"bytes"
	"math/rand"
	"sort"
	"strconv"
	"time"
)

type Tap struct {
	Card   string
	At     time.Time
	Stop   int
	Off    bool
	Device uint32
}

type TapSimulator struct {
	net *Network
	rnd *rand.Rand
}

func NewTapSimulator(n *Network, seed int64) *TapSimulator {
	return &TapSimulator{net: n, rnd: rand.New(rand.NewSource(seed))}
}

func (s *TapSimulator) cardToken(i int) string {
	// tokenised PAN reference as delivered by the acquirer
	const hexdig = "0123456789abcdef"
	x := uint64(i)*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019
	b := make([]byte, 16)
	for k := range b {
		b[k] = hexdig[x&15]
		x >>= 4
		if x == 0 {
			x = uint64(i+k) * 0xBF58476D1CE4E5B9
		}
	}
	return "tk_" + string(b)
}

func (s *TapSimulator) line(buf *bytes.Buffer, at time.Time, card string, stop int, off bool) {
	var tmp [32]byte
	buf.Write(at.AppendFormat(tmp[:0], time.RFC3339))
	buf.WriteByte(',')
	buf.WriteString(card)
	buf.WriteByte(',')
	buf.WriteString(s.net.Stops[stop].ID)
	if off {
		buf.WriteString(",OFF,")
	} else {
		buf.WriteString(",ON,")
	}
	buf.Write(strconv.AppendUint(tmp[:0], uint64(7000000+stop*4+s.rnd.Intn(4)), 10))
}

// WeekOfTaps renders a week of validator uploads as CSV lines, in the order
// the validators flushed them (roughly by time, interleaved across cards).
func (s *TapSimulator) WeekOfTaps(cards int, weekStart time.Time) []string {
	type pending struct {
		at   time.Time
		line string
	}
	// about 30 taps per card per week; sized once to avoid regrowth
	out := make([]pending, 0, cards*32)
	var buf bytes.Buffer
	emit := func(at time.Time, card string, stop int, off bool) {
		buf.Reset()
		s.line(&buf, at, card, stop, off)
		out = append(out, pending{at, buf.String()})
	}
	net := s.net
	for c := 0; c < cards; c++ {
		card := s.cardToken(c)
		commuter := c%3 != 0
		home := net.busStops[s.rnd.Intn(len(net.busStops))]
		work := net.railStops[s.rnd.Intn(len(net.railStops))]
		for d := 0; d < 7; d++ {
			day := weekStart.AddDate(0, 0, d)
			trips := s.rnd.Intn(3)
			if commuter && d < 5 {
				trips = 2 + s.rnd.Intn(3)
			}
			t := day.Add(time.Duration(6*60+s.rnd.Intn(180)) * time.Minute)
			for k := 0; k < trips; k++ {
				if commuter && k < 2 {
					// bus feeder then rail, or the reverse in the evening
					emit(t, card, home, false)
					t = t.Add(time.Duration(8+s.rnd.Intn(25)) * time.Minute)
					emit(t, card, work, false)
					t = t.Add(time.Duration(10+s.rnd.Intn(40)) * time.Minute)
					if s.rnd.Intn(30) != 0 {
						emit(t, card, net.railStops[s.rnd.Intn(len(net.railStops))], true)
					}
					t = t.Add(time.Duration(7*60+s.rnd.Intn(150)) * time.Minute)
					continue
				}
				stop := s.rnd.Intn(len(net.Stops))
				emit(t, card, stop, false)
				if net.Stops[stop].Mode == Rail {
					t = t.Add(time.Duration(5+s.rnd.Intn(50)) * time.Minute)
					emit(t, card, net.railStops[s.rnd.Intn(len(net.railStops))], true)
				}
				t = t.Add(time.Duration(20+s.rnd.Intn(200)) * time.Minute)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].at.Equal(out[j].at) {
			return out[i].at.Before(out[j].at)
		}
		return out[i].line < out[j].line
	})
	lines := make([]string, len(out))
	for i, p := range out {
		lines[i] = p.line
	}
	return lines
}

// ParseTapLog parses validator CSV lines. Lines with unknown stops or bad
// timestamps are rejected and counted.
func ParseTapLog(lines []string, net *Network) ([]Tap, int) {
	taps := make([]Tap, 0, len(lines))
	bad := 0
	for _, ln := range lines {
		var f [5]string
		n, start := 0, 0
		for i := 0; i < len(ln) && n < 4; i++ {
			if ln[i] == ',' {
				f[n] = ln[start:i]
				n++
				start = i + 1
			}
		}
		if n != 4 {
			bad++
			continue
		}
		f[4] = ln[start:]
		at, err := time.Parse(time.RFC3339, f[0])
		if err != nil {
			bad++
			continue
		}
		stop, ok := net.ByID[f[2]]
		if !ok {
			bad++
			continue
		}
		dev, err := strconv.ParseUint(f[4], 10, 32)
		if err != nil {
			bad++
			continue
		}
		taps = append(taps, Tap{Card: f[1], At: at, Stop: stop, Off: f[3] == "OFF", Device: uint32(dev)})
	}
	return taps, bad
}

func SortTaps(taps []Tap) {
	sort.Slice(taps, func(i, j int) bool {
		if taps[i].Card != taps[j].Card {
			return taps[i].Card < taps[j].Card
		}
		if !taps[i].At.Equal(taps[j].At) {
			return taps[i].At.Before(taps[j].At)
		}
		return taps[i].Device < taps[j].Device
	})
}
