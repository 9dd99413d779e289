package main

import "strconv"

const days, periods = 5, 7
const slots = days * periods

type placement struct {
	req  int
	room int
	slot int
}

type Timetable struct {
	school      *School
	reqs        []LessonRequest
	placed      []placement
	teacherBusy [][]int16
	roomBusy    [][]int16
	groupBusy   [][]int16
}

func newTimetable(s *School) *Timetable {
	mk := func(n int) [][]int16 {
		m := make([][]int16, n)
		for i := range m {
			m[i] = make([]int16, slots)
		}
		return m
	}
	return &Timetable{school: s, teacherBusy: mk(len(s.Teachers)), roomBusy: mk(len(s.Rooms)), groupBusy: mk(len(s.Groups))}
}

func (t *Timetable) cost(req LessonRequest, room, slot int) int {
	c := int(t.teacherBusy[req.Teacher][slot])*10 + int(t.roomBusy[room][slot])*10 + int(t.groupBusy[req.Group][slot])*10
	r := t.school.Rooms[room]
	if r.Capacity < t.school.Groups[req.Group].Size {
		c += 4
	}
	if req.NeedLab && !r.Lab {
		c += 6
	}
	day := slot / periods
	same := 0
	for p := 0; p < periods; p++ {
		if t.groupBusy[req.Group][day*periods+p] > 0 {
			same++
		}
	}
	return c + same
}

func (t *Timetable) assign(i, room, slot int, delta int16) {
	req := t.reqs[i]
	t.teacherBusy[req.Teacher][slot] += delta
	t.roomBusy[room][slot] += delta
	t.groupBusy[req.Group][slot] += delta
}

func (t *Timetable) place(reqs []LessonRequest, r *rand) int {
	t.reqs = reqs
	t.placed = make([]placement, len(reqs))
	for i, req := range reqs {
		best, bestRoom, bestSlot := 1<<30, 0, 0
		for slot := 0; slot < slots; slot++ {
			for room := range t.school.Rooms {
				if c := t.cost(req, room, slot); c < best {
					best, bestRoom, bestSlot = c, room, slot
				}
			}
		}
		t.placed[i] = placement{req: i, room: bestRoom, slot: bestSlot}
		t.assign(i, bestRoom, bestSlot, 1)
	}
	return len(reqs)
}

// improve tries random moves and keeps those that lower the local cost.
func (t *Timetable) improve(r *rand) {
	for n := 0; n < len(t.placed)*4; n++ {
		i := r.intn(len(t.placed))
		p := t.placed[i]
		t.assign(i, p.room, p.slot, -1)
		old := t.cost(t.reqs[i], p.room, p.slot)
		room, slot := r.intn(len(t.school.Rooms)), r.intn(slots)
		if t.cost(t.reqs[i], room, slot) < old {
			p.room, p.slot = room, slot
			t.placed[i] = p
		}
		t.assign(i, p.room, p.slot, 1)
	}
}

func (t *Timetable) clashes() int {
	n := 0
	for _, m := range [][][]int16{t.teacherBusy, t.roomBusy, t.groupBusy} {
		for _, row := range m {
			for _, v := range row {
				if v > 1 {
					n += int(v) - 1
				}
			}
		}
	}
	return n
}

type ExportRow struct {
	Group   string `json:"group"`
	Day     int    `json:"day"`
	Period  int    `json:"period"`
	Subject string `json:"subject"`
	Teacher string `json:"teacher"`
	Room    string `json:"room"`
}

func (t *Timetable) export() []ExportRow {
	rows := make([]ExportRow, 0, len(t.placed))
	for _, p := range t.placed {
		req := t.reqs[p.req]
		rows = append(rows, ExportRow{
			Group:   t.school.Groups[req.Group].Name,
			Day:     p.slot/periods + 1,
			Period:  p.slot%periods + 1,
			Subject: t.school.Subjects[req.Subject],
			Teacher: t.school.Teachers[req.Teacher].Name,
			Room:    t.school.Rooms[p.room].Code + "/" + strconv.Itoa(t.school.Rooms[p.room].Capacity),
		})
	}
	return rows
}
