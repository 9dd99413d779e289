package main

// Trip is one scheduled run of a line from its first to its last stop.
type Trip struct {
	ID     int
	Line   *Line
	Depart int   // seconds after midnight at first stop
	Sched  []int // scheduled arrival per stop index
}

type Timetable struct {
	Trips  []*Trip
	byLine map[*Line][]*Trip // sorted by departure
	byID   map[int]*Trip
}

const serviceStart = 5 * 3600
const serviceEnd = 24 * 3600

func BuildTimetable(n *Network) *Timetable {
	tt := &Timetable{byLine: make(map[*Line][]*Trip), byID: make(map[int]*Trip)}
	id := 1
	for _, l := range n.Lines {
		for dep := serviceStart; dep < serviceEnd; dep += l.Headway {
			t := &Trip{ID: id, Line: l, Depart: dep, Sched: make([]int, len(l.Stops))}
			at := dep
			for i, run := range l.RunSecs {
				at += run
				if i > 0 {
					at += 20 // dwell
				}
				t.Sched[i] = at
			}
			tt.Trips = append(tt.Trips, t)
			tt.byLine[l] = append(tt.byLine[l], t)
			tt.byID[id] = t
			id++
		}
	}
	return tt
}

func (tt *Timetable) Trip(id int) *Trip { return tt.byID[id] }
