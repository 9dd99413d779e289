package main

import (
	"strconv"
	"strings"
)

type raceEvent struct {
	ID      int
	Name    string
	Mats    []string
	StartMs int64
	Runners []runner
}

type runner struct {
	Bib      int
	Age      int
	Female   bool
	PaceMsKm int64
	WaveMs   int64
}

type chipSimulator struct{ s uint64 }

func newChipSimulator(seed uint64) *chipSimulator { return &chipSimulator{s: seed} }

func (c *chipSimulator) next() uint64 {
	c.s ^= c.s << 13
	c.s ^= c.s >> 7
	c.s ^= c.s << 17
	return c.s
}

func (c *chipSimulator) intn(n int) int { return int(c.next() % uint64(n)) }

var matKms = []int{0, 5, 10, 15, 21, 25, 30, 35, 40, 42}

func (c *chipSimulator) Event(id, field int) raceEvent {
	ev := raceEvent{ID: id, Name: "City Marathon " + strconv.Itoa(2000+id), StartMs: 8 * 3600 * 1000}
	for _, km := range matKms {
		ev.Mats = append(ev.Mats, "KM"+strconv.Itoa(km))
	}
	for i := 0; i < field; i++ {
		ev.Runners = append(ev.Runners, runner{
			Bib:      1000 + i,
			Age:      18 + c.intn(60),
			Female:   c.intn(2) == 0,
			PaceMsKm: int64(170_000 + c.intn(260_000)),
			WaveMs:   int64(c.intn(4) * 10 * 60 * 1000),
		})
	}
	return ev
}

func pad(b *strings.Builder, n int64, width int) {
	s := strconv.FormatInt(n, 10)
	for i := len(s); i < width; i++ {
		b.WriteByte('0')
	}
	b.WriteString(s)
}

func (c *chipSimulator) Reads(ev raceEvent) []string {
	out := make([]string, 0, len(ev.Runners)*len(ev.Mats)*2)
	var b strings.Builder
	for _, r := range ev.Runners {
		for mi, km := range matKms {
			t := ev.StartMs + r.WaveMs + int64(km)*r.PaceMsKm + int64(c.intn(4000))
			dups := 1 + c.intn(3)
			for d := 0; d < dups; d++ {
				if mi == 0 && c.intn(50) == 0 {
					out = append(out, "MAT=KM0 BIB=?? CRC-ERR")
					continue
				}
				b.Reset()
				b.WriteString("MAT=")
				b.WriteString(ev.Mats[mi])
				b.WriteString(" BIB=")
				pad(&b, int64(r.Bib), 5)
				b.WriteString(" T=")
				ms := t + int64(d*150)
				pad(&b, ms/3600000, 2)
				b.WriteByte(':')
				pad(&b, ms/60000%60, 2)
				b.WriteByte(':')
				pad(&b, ms/1000%60, 2)
				b.WriteByte('.')
				pad(&b, ms%1000, 3)
				b.WriteString(" RSSI=-")
				b.WriteString(strconv.Itoa(40 + c.intn(40)))
				b.WriteString(" ANT=")
				b.WriteString(strconv.Itoa(1 + c.intn(4)))
				out = append(out, b.String())
			}
		}
	}
	return out
}
