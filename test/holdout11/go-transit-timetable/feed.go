package main

import (
	"bytes"
	"math"
	"math/rand"
	"strconv"
)

// Stop is a boarding point of the network.
type Stop struct {
	ID   string
	Name string
	X, Y float64 // metres in the city grid
}

// Route is a line with a fixed stop pattern.
type Route struct {
	ID        string
	ShortName string
	Stops     []int
	Headway   int // seconds between departures in the peak
	RunTime   []int
}

// Feed is the raw export of the scheduling system, as the GTFS-like text
// tables the agency publishes every night.
type Feed struct {
	StopsTxt     []byte
	RoutesTxt    []byte
	StopTimesTxt []byte
}

var streetNames = []string{"Market", "Mill", "Station", "Church", "Harbour", "Castle", "Garden", "Bridge", "School", "Forest", "Lake", "Park"}
var suffixes = []string{"Street", "Square", "Road", "Gate", "Lane", "Terminal"}

// GenerateFeed produces a synthetic city network and its timetable export.
func GenerateFeed(nStops, nRoutes int, rng *rand.Rand) Feed {
	stops := make([]Stop, nStops)
	var sb bytes.Buffer
	sb.WriteString("stop_id,stop_name,x,y\n")
	for i := range stops {
		s := Stop{
			ID:   "ST" + strconv.Itoa(10000+i),
			Name: streetNames[rng.Intn(len(streetNames))] + " " + suffixes[rng.Intn(len(suffixes))] + " " + strconv.Itoa(i%97),
			X:    rng.Float64() * 18000,
			Y:    rng.Float64() * 14000,
		}
		stops[i] = s
		sb.WriteString(s.ID)
		sb.WriteByte(',')
		sb.WriteString(s.Name)
		sb.WriteByte(',')
		sb.Write(strconv.AppendFloat(nil, s.X, 'f', 1, 64))
		sb.WriteByte(',')
		sb.Write(strconv.AppendFloat(nil, s.Y, 'f', 1, 64))
		sb.WriteByte('\n')
	}

	routes := make([]Route, nRoutes)
	var rb bytes.Buffer
	rb.WriteString("route_id,short_name,headway\n")
	for r := range routes {
		// a route walks roughly in one direction across the city
		n := 18 + rng.Intn(22)
		angle := rng.Float64() * 2 * math.Pi
		cur := rng.Intn(nStops)
		used := map[int]bool{cur: true}
		pattern := []int{cur}
		runTime := []int{}
		for len(pattern) < n {
			best, bestScore := -1, math.Inf(1)
			for k := 0; k < 40; k++ {
				c := rng.Intn(nStops)
				if used[c] {
					continue
				}
				dx, dy := stops[c].X-stops[cur].X, stops[c].Y-stops[cur].Y
				d := math.Hypot(dx, dy)
				off := math.Abs(math.Atan2(dy, dx) - angle)
				score := d*(1+off) + rng.Float64()*200
				if score < bestScore {
					best, bestScore = c, score
				}
			}
			if best < 0 {
				continue
			}
			d := math.Hypot(stops[best].X-stops[cur].X, stops[best].Y-stops[cur].Y)
			runTime = append(runTime, 45+int(d/7.5))
			used[best] = true
			pattern = append(pattern, best)
			cur = best
		}
		routes[r] = Route{
			ID:        "R" + strconv.Itoa(100+r),
			ShortName: strconv.Itoa(1 + r%60),
			Stops:     pattern,
			Headway:   []int{300, 420, 600, 600, 900, 1200}[rng.Intn(6)],
			RunTime:   runTime,
		}
		if r >= 60 {
			routes[r].ShortName = "N" + routes[r].ShortName
		}
		rb.WriteString(routes[r].ID)
		rb.WriteByte(',')
		rb.WriteString(routes[r].ShortName)
		rb.WriteByte(',')
		rb.WriteString(strconv.Itoa(routes[r].Headway))
		rb.WriteByte('\n')
	}

	var tb bytes.Buffer
	tb.Grow(64 << 20)
	tb.WriteString("trip_id,route_id,arrival_time,departure_time,stop_id,stop_sequence\n")
	line := make([]byte, 0, 96)
	trip := 0
	for _, rt := range routes {
		for dir := 0; dir < 2; dir++ {
			for t := 5 * 3600; t < 24*3600; {
				trip++
				tripID := "T" + strconv.Itoa(trip)
				clock := t
				for seq := 0; seq < len(rt.Stops); seq++ {
					si := seq
					if dir == 1 {
						si = len(rt.Stops) - 1 - seq
					}
					arr := clock
					dep := clock
					if seq > 0 {
						dwell := 15 + rng.Intn(30)
						dep = arr + dwell
					}
					line = line[:0]
					line = append(line, tripID...)
					line = append(line, ',')
					line = append(line, rt.ID...)
					line = append(line, ',')
					line = appendClock(line, arr)
					line = append(line, ',')
					line = appendClock(line, dep)
					line = append(line, ',')
					line = append(line, stops[rt.Stops[si]].ID...)
					line = append(line, ',')
					line = strconv.AppendInt(line, int64(seq+1), 10)
					line = append(line, '\n')
					tb.Write(line)
					if seq < len(rt.RunTime) {
						rti := seq
						if dir == 1 {
							rti = len(rt.RunTime) - 1 - seq
						}
						clock = dep + rt.RunTime[rti]*(90+rng.Intn(25))/100
					}
				}
				h := rt.Headway
				hour := t / 3600
				if hour < 6 || hour >= 21 {
					h *= 2
				} else if hour >= 9 && hour < 15 {
					h = h * 3 / 2
				}
				t += h
			}
		}
	}
	return Feed{StopsTxt: sb.Bytes(), RoutesTxt: rb.Bytes(), StopTimesTxt: tb.Bytes()}
}

func appendClock(b []byte, secs int) []byte {
	h, m, s := secs/3600, secs/60%60, secs%60
	return append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10), ':', byte('0'+s/10), byte('0'+s%10))
}
