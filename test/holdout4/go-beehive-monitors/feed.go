package main

import "strconv"

// feed synthesises the semicolon separated upload format used by the
// hive scale loggers: id;epoch-minute;temp-dC;humidity-pct;bees-per-min/10;weight-hg
type feed struct {
	s      uint64
	minute int64
	buf    []byte
}

func newFeed(seed uint64) *feed { return &feed{s: seed, minute: 28_000_000} }

func (f *feed) next() uint64 {
	f.s ^= f.s << 13
	f.s ^= f.s >> 7
	f.s ^= f.s << 17
	return f.s
}

func (f *feed) intn(n int) int { return int(f.next() % uint64(n)) }

var apiaryCodes = []string{"HTH", "CLV", "LND", "ORC", "ACA", "HZL", "RPE", "BRM"}

func (f *feed) batch(n int) []string {
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		f.minute++
		b := f.buf[:0]
		b = append(b, apiaryCodes[f.intn(len(apiaryCodes))]...)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(100+f.intn(60)), 10)
		b = append(b, ';')
		b = strconv.AppendInt(b, f.minute, 10)
		b = append(b, ';')
		b = strconv.AppendInt(b, int64(f.intn(600)-200), 10)
		b = append(b, ';')
		b = strconv.AppendInt(b, int64(5+f.intn(95)), 10)
		b = append(b, ';')
		b = strconv.AppendInt(b, int64(f.intn(400)), 10)
		b = append(b, ';')
		b = strconv.AppendInt(b, int64(250+f.intn(600)), 10)
		if f.intn(250) == 0 {
			b = append(b, ";;"...)
		}
		f.buf = b
		out = append(out, string(b))
	}
	return out
}
