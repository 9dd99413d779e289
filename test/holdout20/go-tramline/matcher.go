package main

// StopCall is an observed arrival (doors opened) matched to a scheduled call.
type StopCall struct {
	Line      *Line
	Trip      *Trip
	StopIndex int
	Actual    int
	Delay     int
}

type Matcher struct {
	net     *Network
	tt      *Timetable
	Seen    int
	Matched int
}

func NewMatcher(n *Network, tt *Timetable) *Matcher { return &Matcher{net: n, tt: tt} }

const platformRadiusM = 35.0

// Match snaps a door-open ping to the nearest stop of its trip within the
// platform radius, searching outward from the stop the schedule predicts.
func (m *Matcher) Match(p Ping) (StopCall, bool) {
	m.Seen++
	if !p.DoorsOp {
		return StopCall{}, false
	}
	trip := m.tt.Trip(p.TripID)
	if trip == nil || trip.Line.Code != p.Line {
		return StopCall{}, false
	}
	// Binary search the scheduled arrivals for the expected stop.
	lo, hi := 0, len(trip.Sched)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if trip.Sched[mid] < p.Secs {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	best, bestD := -1, platformRadiusM
	for d := 0; d <= 3; d++ {
		for _, i := range [2]int{lo - d, lo + d} {
			if i < 0 || i >= len(trip.Line.Stops) {
				continue
			}
			s := trip.Line.Stops[i]
			if dist := haversineM(p.Lat, p.Lon, s.Lat, s.Lon); dist < bestD {
				best, bestD = i, dist
			}
		}
	}
	if best < 0 {
		return StopCall{}, false
	}
	m.Matched++
	return StopCall{Line: trip.Line, Trip: trip, StopIndex: best, Actual: p.Secs, Delay: p.Secs - trip.Sched[best]}, true
}
