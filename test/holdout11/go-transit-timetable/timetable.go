package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// Connection is one vehicle hop between two consecutive stops.
type Connection struct {
	From, To int32
	Dep, Arr int32
	Trip     int32
}

// Footpath is a short walk between nearby stops.
type Footpath struct {
	To   int32
	Secs int32
}

// Trip is one scheduled vehicle run.
type Trip struct {
	ID    string
	Route int32
}

// Timetable is the indexed network used by the journey planner.
type Timetable struct {
	Stops       []Stop
	StopIndex   map[string]int32
	Routes      []Route
	RouteIndex  map[string]int32
	Trips       []Trip
	Connections []Connection
	Footpaths   [][]Footpath
}

var routeNamePattern = regexp.MustCompile(`^N?[0-9]{1,3}$`)

var errShortRow = errors.New("short row")

// fields splits a CSV row without quoting into dst, reusing its storage.
func fields(line []byte, dst [][]byte) [][]byte {
	dst = dst[:0]
	for {
		i := bytes.IndexByte(line, ',')
		if i < 0 {
			return append(dst, line)
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
}

func parseClock(b []byte) (int32, error) {
	if len(b) != 8 || b[2] != ':' || b[5] != ':' {
		return 0, fmt.Errorf("bad time %q", b)
	}
	var v [3]int32
	for k, off := range [3]int{0, 3, 6} {
		d1, d2 := b[off]-'0', b[off+1]-'0'
		if d1 > 9 || d2 > 9 {
			return 0, fmt.Errorf("bad time %q", b)
		}
		v[k] = int32(d1)*10 + int32(d2)
	}
	return v[0]*3600 + v[1]*60 + v[2], nil
}

// LoadTimetable parses the text tables and builds the indices.
func LoadTimetable(f Feed) (*Timetable, error) {
	tt := &Timetable{StopIndex: map[string]int32{}, RouteIndex: map[string]int32{}}
	var cols [][]byte

	sc := bufio.NewScanner(bytes.NewReader(f.StopsTxt))
	sc.Scan() // header
	for sc.Scan() {
		cols = fields(sc.Bytes(), cols)
		if len(cols) < 4 {
			return nil, errShortRow
		}
		x, err := strconv.ParseFloat(string(cols[2]), 64)
		if err != nil {
			return nil, err
		}
		y, err := strconv.ParseFloat(string(cols[3]), 64)
		if err != nil {
			return nil, err
		}
		id := string(cols[0])
		tt.StopIndex[id] = int32(len(tt.Stops))
		tt.Stops = append(tt.Stops, Stop{ID: id, Name: string(cols[1]), X: x, Y: y})
	}

	sc = bufio.NewScanner(bytes.NewReader(f.RoutesTxt))
	sc.Scan()
	for sc.Scan() {
		cols = fields(sc.Bytes(), cols)
		if len(cols) < 3 {
			return nil, errShortRow
		}
		if !routeNamePattern.Match(cols[1]) {
			return nil, fmt.Errorf("route %s: invalid short name %q", cols[0], cols[1])
		}
		hw, err := strconv.Atoi(string(cols[2]))
		if err != nil {
			return nil, err
		}
		id := string(cols[0])
		tt.RouteIndex[id] = int32(len(tt.Routes))
		tt.Routes = append(tt.Routes, Route{ID: id, ShortName: string(cols[1]), Headway: hw})
	}

	tripIndex := map[string]int32{}
	sc = bufio.NewScanner(bytes.NewReader(f.StopTimesTxt))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	sc.Scan()
	prevTrip := int32(-1)
	var prevStop, prevDep int32
	for sc.Scan() {
		cols = fields(sc.Bytes(), cols)
		if len(cols) < 6 {
			return nil, errShortRow
		}
		trip, ok := tripIndex[string(cols[0])]
		if !ok {
			route, ok := tt.RouteIndex[string(cols[1])]
			if !ok {
				return nil, fmt.Errorf("unknown route %q", cols[1])
			}
			trip = int32(len(tt.Trips))
			tripIndex[string(cols[0])] = trip
			tt.Trips = append(tt.Trips, Trip{ID: string(cols[0]), Route: route})
		}
		arr, err := parseClock(cols[2])
		if err != nil {
			return nil, err
		}
		dep, err := parseClock(cols[3])
		if err != nil {
			return nil, err
		}
		stop, ok := tt.StopIndex[string(cols[4])]
		if !ok {
			return nil, fmt.Errorf("unknown stop %q", cols[4])
		}
		if trip == prevTrip {
			tt.Connections = append(tt.Connections, Connection{From: prevStop, To: stop, Dep: prevDep, Arr: arr, Trip: trip})
		}
		prevTrip, prevStop, prevDep = trip, stop, dep
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.Slice(tt.Connections, func(i, j int) bool {
		a, b := &tt.Connections[i], &tt.Connections[j]
		if a.Dep != b.Dep {
			return a.Dep < b.Dep
		}
		return a.Arr < b.Arr
	})
	tt.buildFootpaths(400)
	return tt, nil
}

// buildFootpaths links stops within maxDist metres using a spatial hash.
func (tt *Timetable) buildFootpaths(maxDist float64) {
	type cell struct{ x, y int }
	grid := map[cell][]int32{}
	for i, s := range tt.Stops {
		c := cell{int(s.X / maxDist), int(s.Y / maxDist)}
		grid[c] = append(grid[c], int32(i))
	}
	tt.Footpaths = make([][]Footpath, len(tt.Stops))
	for i, s := range tt.Stops {
		cx, cy := int(s.X/maxDist), int(s.Y/maxDist)
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				for _, j := range grid[cell{cx + dx, cy + dy}] {
					if int(j) == i {
						continue
					}
					o := tt.Stops[j]
					d2 := (o.X-s.X)*(o.X-s.X) + (o.Y-s.Y)*(o.Y-s.Y)
					if d2 <= maxDist*maxDist {
						// walking speed 1.2 m/s with a detour factor of 1.3
						secs := int32(sqrt(d2)*1.3/1.2) + 60
						tt.Footpaths[i] = append(tt.Footpaths[i], Footpath{To: j, Secs: secs})
					}
				}
			}
		}
	}
}
