package main

import (
	"bufio"
	"bytes"
	"errors"
	"math"
	"math/rand"
	"os"
	"regexp"
	"strconv"
)

// Ping is one AVL position report from a tram's on-board unit.
type Ping struct {
	Vehicle int
	Line    string
	TripID  int
	Secs    int
	Lat     float64
	Lon     float64
	DoorsOp bool
}

// vehicleTag matches on-board unit identifiers such as "OBU-NGT12-0421".
var vehicleTag = regexp.MustCompile(`^OBU-(?:NGT|XXL|TAT)\d{1,2}-(\d{4})$`)

// WriteAVLDay simulates one service day of pings (every 30 s while moving
// between stops, plus door-open events) and writes them as CSV.
func WriteAVLDay(path string, n *Network, tt *Timetable, seed int64, day int) error {
	rng := rand.New(rand.NewSource(seed))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	buf := make([]byte, 0, 128)
	models := [...]string{"NGT12", "XXL", "TAT6"}
	for _, t := range tt.Trips {
		vehicle := 1 + t.ID%97
		tag := "OBU-" + models[vehicle%3] + "-" + fourDigits(vehicle)
		delay := rng.NormFloat64() * 40
		if day%7 >= 5 {
			delay -= 15
		}
		for i, stop := range t.Line.Stops {
			delay = math.Max(-60, delay+rng.NormFloat64()*18+3)
			arr := t.Sched[i] + int(delay)
			if i > 0 {
				prev := t.Line.Stops[i-1]
				steps := t.Line.RunSecs[i] / 30
				for s := 1; s < steps; s++ {
					frac := float64(s) / float64(steps)
					buf = appendPing(buf[:0], tag, t.Line.Code, t.ID, arr-t.Line.RunSecs[i]+s*30,
						prev.Lat+(stop.Lat-prev.Lat)*frac, prev.Lon+(stop.Lon-prev.Lon)*frac, false)
					w.Write(buf)
				}
			}
			buf = appendPing(buf[:0], tag, t.Line.Code, t.ID, arr,
				stop.Lat+rng.NormFloat64()*0.00005, stop.Lon+rng.NormFloat64()*0.00005, true)
			w.Write(buf)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func fourDigits(v int) string {
	b := []byte{'0', '0', '0', '0'}
	for i := 3; i >= 0 && v > 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b)
}

func appendPing(b []byte, tag, line string, trip, secs int, lat, lon float64, doors bool) []byte {
	b = append(b, tag...)
	b = append(b, ',')
	b = append(b, line...)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(trip), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(secs), 10)
	b = append(b, ',')
	b = strconv.AppendFloat(b, lat, 'g', 9, 64)
	b = append(b, ',')
	b = strconv.AppendFloat(b, lon, 'g', 9, 64)
	if doors {
		b = append(b, ",D\n"...)
	} else {
		b = append(b, ",-\n"...)
	}
	return b
}

var errBadPing = errors.New("malformed AVL record")

// ReadAVL streams the CSV file and hands each decoded ping to fn. On-board
// unit tags are validated once per distinct tag and remembered.
func ReadAVL(path string, fn func(Ping)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	dec := pingDecoder{vehicles: make(map[string]int, 128), lines: make(map[string]string, 16)}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<16)
	var fields [7][]byte
	for sc.Scan() {
		line := sc.Bytes()
		k := 0
		for k < 6 {
			i := bytes.IndexByte(line, ',')
			if i < 0 {
				break
			}
			fields[k] = line[:i]
			line = line[i+1:]
			k++
		}
		if k != 6 {
			continue
		}
		fields[6] = line
		p, err := dec.decode(&fields)
		if err != nil {
			continue
		}
		fn(p)
	}
	return sc.Err()
}

type pingDecoder struct {
	vehicles map[string]int    // OBU tag -> vehicle number
	lines    map[string]string // interned line codes
}

func (d *pingDecoder) vehicle(tag []byte) (int, bool) {
	if v, ok := d.vehicles[string(tag)]; ok {
		return v, v > 0
	}
	v := -1
	if m := vehicleTag.FindSubmatch(tag); m != nil {
		if n, err := strconv.Atoi(string(m[1])); err == nil {
			v = n
		}
	}
	d.vehicles[string(tag)] = v
	return v, v > 0
}

func (d *pingDecoder) decode(f *[7][]byte) (Ping, error) {
	var p Ping
	var ok bool
	if p.Vehicle, ok = d.vehicle(f[0]); !ok {
		return p, errBadPing
	}
	if p.Line, ok = d.lines[string(f[1])]; !ok {
		p.Line = string(f[1])
		d.lines[p.Line] = p.Line
	}
	var err error
	if p.TripID, err = atoiBytes(f[2]); err != nil {
		return p, errBadPing
	}
	if p.Secs, err = atoiBytes(f[3]); err != nil {
		return p, errBadPing
	}
	if p.Lat, err = strconv.ParseFloat(string(f[4]), 64); err != nil {
		return p, errBadPing
	}
	if p.Lon, err = strconv.ParseFloat(string(f[5]), 64); err != nil {
		return p, errBadPing
	}
	p.DoorsOp = len(f[6]) == 1 && f[6][0] == 'D'
	return p, nil
}

// atoiBytes parses a non-negative decimal integer without allocating.
func atoiBytes(b []byte) (int, error) {
	if len(b) == 0 || len(b) > 18 {
		return 0, errBadPing
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, errBadPing
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}
