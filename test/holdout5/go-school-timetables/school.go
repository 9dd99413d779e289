package main

import (
	"regexp"
	"strconv"
)

type rand struct{ s uint64 }

func newRand(seed uint64) *rand { return &rand{s: seed} }

func (r *rand) intn(n int) int {
	r.s = r.s*6364136223846793005 + 1442695040888963407
	return int((r.s >> 33) % uint64(n))
}

type Teacher struct {
	Name     string
	Subjects []int
	MaxLoad  int
}

type Room struct {
	Code     string
	Capacity int
	Lab      bool
}

type Group struct {
	Name string
	Size int
}

type LessonRequest struct {
	Code    string
	Group   int
	Subject int
	Teacher int
	NeedLab bool
}

type School struct {
	Teachers []Teacher
	Rooms    []Room
	Groups   []Group
	Subjects []string
}

var subjectNames = []string{"MATH", "PHYS", "CHEM", "BIOL", "HIST", "GEOG", "ENGL", "FREN", "MUSI", "ARTS", "COMP", "SPRT"}

func buildSchool(r *rand, teachers, rooms, groups int) *School {
	s := &School{Subjects: subjectNames}
	for i := 0; i < teachers; i++ {
		t := Teacher{Name: "T" + strconv.Itoa(i), MaxLoad: 22 + r.intn(6)}
		for k := 0; k < 2+r.intn(2); k++ {
			t.Subjects = append(t.Subjects, r.intn(len(subjectNames)))
		}
		s.Teachers = append(s.Teachers, t)
	}
	for i := 0; i < rooms; i++ {
		s.Rooms = append(s.Rooms, Room{Code: "R" + strconv.Itoa(100+i), Capacity: 20 + r.intn(15), Lab: i%5 == 0})
	}
	for i := 0; i < groups; i++ {
		s.Groups = append(s.Groups, Group{Name: strconv.Itoa(7+i/6) + string(rune('A'+i%6)), Size: 18 + r.intn(14)})
	}
	return s
}

// lessonRequests expands each group's curriculum into weekly lesson requests.
func (s *School) lessonRequests(r *rand) []LessonRequest {
	bySubject := make(map[int][]int)
	for ti, t := range s.Teachers {
		for _, sub := range t.Subjects {
			bySubject[sub] = append(bySubject[sub], ti)
		}
	}
	var out []LessonRequest
	for gi, g := range s.Groups {
		for sub := range s.Subjects {
			candidates := bySubject[sub]
			if len(candidates) == 0 {
				continue
			}
			teacher := candidates[r.intn(len(candidates))]
			code := s.Subjects[sub] + "-" + g.Name
			if r.intn(40) == 0 {
				code = "x" + code
			}
			for k := 0; k < 2; k++ {
				out = append(out, LessonRequest{Code: code, Group: gi, Subject: sub, Teacher: teacher, NeedLab: sub == 2 || sub == 10})
			}
		}
	}
	return out
}

type codeValidator struct{ re *regexp.Regexp }

func newCodeValidator() *codeValidator {
	return &codeValidator{re: regexp.MustCompile(`^[A-Z]{4}-[0-9]{1,2}[A-F]$`)}
}

func (v *codeValidator) filter(in []LessonRequest) []LessonRequest {
	out := in[:0]
	for _, req := range in {
		if v.re.MatchString(req.Code) {
			out = append(out, req)
		}
	}
	return out
}
