package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Stop struct {
	ID   int
	Name string
	Lat  float64
	Lon  float64
}

type Line struct {
	Code    string
	Stops   []*Stop // in running order
	RunSecs []int   // scheduled running time from previous stop
	Headway int     // seconds between departures
}

type Network struct {
	Stops     []*Stop
	Lines     []*Line
	lineIndex map[string]*Line
}

var streetNames = []string{"Kanalstraße", "Ringbahn", "Hafenmarkt", "Rosenplatz", "Südbahnhof", "Messe",
	"Alte Mühle", "Universität", "Klinikum", "Rathaus", "Zoo", "Depot Nord", "Brauerei", "Theater"}

func BuildNetwork(seed int64) *Network {
	rng := rand.New(rand.NewSource(seed))
	n := &Network{lineIndex: make(map[string]*Line)}
	for i := 0; i < 180; i++ {
		n.Stops = append(n.Stops, &Stop{
			ID:   1000 + i,
			Name: fmt.Sprintf("%s %d", streetNames[i%len(streetNames)], i/len(streetNames)+1),
			Lat:  51.30 + rng.Float64()*0.12,
			Lon:  12.30 + rng.Float64()*0.18,
		})
	}
	for l := 0; l < 14; l++ {
		line := &Line{Code: fmt.Sprintf("T%d", l+1), Headway: 300 + 60*rng.Intn(8)}
		count := 18 + rng.Intn(14)
		start := rng.Intn(len(n.Stops))
		for s := 0; s < count; s++ {
			stop := n.Stops[(start+s*7)%len(n.Stops)]
			run := 0
			if s > 0 {
				prev := line.Stops[s-1]
				run = int(math.Max(60, haversineM(prev.Lat, prev.Lon, stop.Lat, stop.Lon)/6.5)) + 20
			}
			line.Stops = append(line.Stops, stop)
			line.RunSecs = append(line.RunSecs, run)
		}
		n.Lines = append(n.Lines, line)
		n.lineIndex[line.Code] = line
	}
	return n
}

func (n *Network) Line(code string) *Line { return n.lineIndex[code] }

func haversineM(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371000
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp := p2 - p1
	dl := (lon2 - lon1) * math.Pi / 180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Atan2(math.Sqrt(a), math.Sqrt(1-a))
}
