package main

import "strconv"

type Stop struct {
	ID   int
	Name string
	X, Y float64
}

type Line struct {
	Name  string
	Stops []int
	Run   []int // scheduled seconds between consecutive stops
}

type Network struct {
	Stops []Stop
	Lines []Line
	Index map[string]int // line name -> index
}

type rand64 struct{ s uint64 }

func newRand(seed uint64) *rand64 { return &rand64{s: seed*2654435761 + 1} }

func (r *rand64) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func (r *rand64) intn(n int) int { return int(r.next() % uint64(n)) }
func (r *rand64) float() float64 { return float64(r.next()%1000000) / 1000000.0 }

func buildNetwork(r *rand64) *Network {
	n := &Network{Index: make(map[string]int)}
	for i := 0; i < 240; i++ {
		n.Stops = append(n.Stops, Stop{ID: i, Name: "Stop " + strconv.Itoa(i), X: r.float() * 12000, Y: r.float() * 9000})
	}
	for l := 0; l < 14; l++ {
		line := Line{Name: "T" + strconv.Itoa(l+1)}
		cur := r.intn(len(n.Stops))
		for s := 0; s < 22+r.intn(12); s++ {
			line.Stops = append(line.Stops, cur)
			line.Run = append(line.Run, 60+r.intn(120))
			cur = (cur + 1 + r.intn(9)) % len(n.Stops)
		}
		n.Index[line.Name] = len(n.Lines)
		n.Lines = append(n.Lines, line)
	}
	return n
}

// Departure is one observed departure in the vehicle location feed.
type Departure struct {
	Line     int
	Trip     int
	StopSeq  int
	Observed int // seconds since service start
}

func simulateDay(n *Network, r *rand64) []Departure {
	total := 0
	for li, line := range n.Lines {
		total += (18*3600/(300+60*(li%4)) + 1) * len(line.Stops)
	}
	out := make([]Departure, 0, total)
	for li, line := range n.Lines {
		headway := 300 + 60*(li%4)
		for trip := 0; trip*headway < 18*3600; trip++ {
			t := trip * headway
			drift := 0
			for seq := range line.Stops {
				if seq > 0 {
					t += line.Run[seq-1]
				}
				drift += r.intn(41) - 15
				if drift < -60 {
					drift = -60
				}
				out = append(out, Departure{Line: li, Trip: trip, StopSeq: seq, Observed: t + drift})
			}
		}
	}
	return out
}
