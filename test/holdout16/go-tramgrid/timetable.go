package main

import (
	"sort"
)

// Connection is one tram running between two consecutive stops.
type Connection struct {
	From, To int32
	Dep, Arr int32 // seconds after midnight
	Trip     int32
}

// Trip is one run of a line in one direction.
type Trip struct {
	Line      int32
	Direction int8
	Start     int32
}

type Timetable struct {
	Conns []Connection
	Trips []Trip
	// FirstAfter[m] is the index of the first connection departing at or
	// after minute m, so queries can skip straight to their start time.
	FirstAfter []int32
}

const (
	serviceStart = 5 * 3600
	serviceEnd   = 24*3600 + 30*60
	dwellSeconds = 20
)

func isPeak(t int) bool {
	return (t >= 7*3600 && t < 9*3600+30*60) || (t >= 16*3600 && t < 19*3600)
}

// BuildTimetable expands every line into trips at its headway and every trip
// into stop-to-stop connections.
func BuildTimetable(n *Network) *Timetable {
	tt := &Timetable{}
	for _, line := range n.Lines {
		runSec := make([]int32, len(line.Stops)-1)
		for i := range runSec {
			d := n.Distance(line.Stops[i], line.Stops[i+1])
			runSec[i] = int32(d/(line.SpeedKmh/3.6)) + dwellSeconds
		}
		for dir := 0; dir < 2; dir++ {
			offset := (line.ID * 97) % line.Headway[0]
			for t := serviceStart + offset; t < serviceEnd; {
				tripID := int32(len(tt.Trips))
				tt.Trips = append(tt.Trips, Trip{Line: int32(line.ID), Direction: int8(dir), Start: int32(t)})
				clock := int32(t)
				for k := 0; k < len(line.Stops)-1; k++ {
					a, b, run := k, k+1, runSec[k]
					if dir == 1 {
						a = len(line.Stops) - 1 - k
						b = a - 1
						run = runSec[b]
					}
					tt.Conns = append(tt.Conns, Connection{
						From: int32(line.Stops[a]), To: int32(line.Stops[b]),
						Dep: clock, Arr: clock + run, Trip: tripID,
					})
					clock += run
				}
				if isPeak(t) {
					t += line.Headway[0]
				} else {
					t += line.Headway[1]
				}
			}
		}
	}
	sort.Slice(tt.Conns, func(i, j int) bool {
		a, b := &tt.Conns[i], &tt.Conns[j]
		if a.Dep != b.Dep {
			return a.Dep < b.Dep
		}
		return a.Arr < b.Arr
	})
	minutes := (serviceEnd + 3*3600) / 60
	tt.FirstAfter = make([]int32, minutes+1)
	ci := 0
	for m := 0; m <= minutes; m++ {
		for ci < len(tt.Conns) && int(tt.Conns[ci].Dep) < m*60 {
			ci++
		}
		tt.FirstAfter[m] = int32(ci)
	}
	return tt
}
