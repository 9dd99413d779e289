package main

import (
	"bytes"
	"math"
	"math/rand"
	"strconv"
	"time"
)

// Trip is one parsed row of the operator's trip export.
type Trip struct {
	ID       int64
	From, To int
	Start    int64 // unix seconds
	End      int64
	BikeType byte // 'c' classic, 'e' electric
	Member   bool
	BikeID   int32
}

// GenerateExport builds the CSV export the operator's back office produces
// for one day: id,from,to,start,end,bike_type,member,bike_id
func GenerateExport(net *Network, day time.Time, n int, seed int64) []byte {
	rng := rand.New(rand.NewSource(seed))
	var buf bytes.Buffer
	buf.Grow(n * 64)
	buf.WriteString("trip_id,from_station,to_station,started_at,ended_at,bike_type,member,bike_id\n")
	base := day.Unix()
	ns := len(net.Stations)
	row := make([]byte, 0, 96)
	for i := 0; i < n; i++ {
		from := rng.Intn(ns)
		// commuters flow towards the centre in the morning, out in the evening
		hour := pickHour(rng)
		to := rng.Intn(ns)
		if hour < 11 && net.Stations[to].Zone > net.Stations[from].Zone && rng.Intn(3) > 0 {
			to = rng.Intn(ns / 4)
		}
		start := base + int64(hour*3600+rng.Intn(3600))
		km := haversine(net.Stations[from].Lat, net.Stations[from].Lon, net.Stations[to].Lat, net.Stations[to].Lon)
		dur := int64(120 + km*240 + math.Abs(rng.NormFloat64())*300)
		row = row[:0]
		row = strconv.AppendInt(row, int64(9000000+i), 10)
		row = append(row, ',')
		row = append(row, net.Stations[from].ID...)
		row = append(row, ',')
		if rng.Intn(400) == 0 {
			row = append(row, "ST?"...) // dock reported no station
		} else {
			row = append(row, net.Stations[to].ID...)
		}
		row = append(row, ',')
		row = strconv.AppendInt(row, start, 10)
		row = append(row, ',')
		row = strconv.AppendInt(row, start+dur, 10)
		if rng.Intn(3) == 0 {
			row = append(row, ",electric,"...)
		} else {
			row = append(row, ",classic,"...)
		}
		if rng.Intn(10) < 7 {
			row = append(row, '1')
		} else {
			row = append(row, '0')
		}
		row = append(row, ',')
		row = strconv.AppendInt(row, int64(rng.Intn(9000)), 10)
		row = append(row, '\n')
		buf.Write(row)
	}
	return buf.Bytes()
}

var hourWeights = []int{1, 1, 1, 1, 2, 5, 14, 30, 38, 20, 12, 12, 15, 14, 12, 14, 22, 36, 30, 18, 12, 8, 5, 3}
var hourTotal = func() int {
	t := 0
	for _, w := range hourWeights {
		t += w
	}
	return t
}()

func pickHour(rng *rand.Rand) int {
	r := rng.Intn(hourTotal)
	for h, w := range hourWeights {
		if r < w {
			return h
		}
		r -= w
	}
	return 23
}

// ParseExport walks the CSV export without materialising rows, calling emit
// for each valid trip and reject for rows that cannot be resolved.
func ParseExport(data []byte, net *Network, emit func(Trip), reject func()) {
	var fields [8][]byte
	first := true
	for len(data) > 0 {
		nl := bytes.IndexByte(data, '\n')
		var line []byte
		if nl < 0 {
			line, data = data, nil
		} else {
			line, data = data[:nl], data[nl+1:]
		}
		if first {
			first = false
			continue
		}
		nf := 0
		for nf < 8 {
			c := bytes.IndexByte(line, ',')
			if c < 0 {
				fields[nf] = line
				nf++
				break
			}
			fields[nf] = line[:c]
			line = line[c+1:]
			nf++
		}
		if nf != 8 {
			reject()
			continue
		}
		from, ok1 := net.Lookup(string(fields[1]))
		to, ok2 := net.Lookup(string(fields[2]))
		if !ok1 || !ok2 {
			reject()
			continue
		}
		id, e1 := parseInt(fields[0])
		st, e2 := parseInt(fields[3])
		en, e3 := parseInt(fields[4])
		bike, e4 := parseInt(fields[7])
		if e1 || e2 || e3 || e4 || en < st {
			reject()
			continue
		}
		emit(Trip{ID: id, From: from, To: to, Start: st, End: en,
			BikeType: fields[5][0], Member: len(fields[6]) == 1 && fields[6][0] == '1', BikeID: int32(bike)})
	}
}

// parseInt parses a non-negative decimal field; the bool reports failure.
func parseInt(b []byte) (int64, bool) {
	if len(b) == 0 {
		return 0, true
	}
	var v int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, true
		}
		v = v*10 + int64(c-'0')
	}
	return v, false
}
