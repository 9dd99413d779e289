package main

import (
	"math"
	"sort"
	"sync"
)

// HourMap is the interpolated composite AQI surface of one hour.
type HourMap struct {
	Hour      int64
	Cells     int
	ByCat     map[string]int
	PeakAQI   float64
	PeakLat   float64
	PeakLon   float64
	MedianAQI float64
}

type stationPoint struct {
	lat, lon float64
	aqi      map[string]float64
}

// InterpolateMaps builds an inverse-distance-weighted AQI grid for every
// hour of the day; each pollutant is interpolated separately and the
// composite index of a cell is the worst pollutant, as on the public map.
func InterpolateMaps(net *Network, a *Aggregator, size, workers int) []HourMap {
	minLat, maxLat, minLon, maxLon := 90.0, -90.0, 180.0, -180.0
	for _, st := range net.Stations {
		minLat, maxLat = math.Min(minLat, st.Lat), math.Max(maxLat, st.Lat)
		minLon, maxLon = math.Min(minLon, st.Lon), math.Max(maxLon, st.Lon)
	}
	hours := make(chan int64)
	out := make(chan HourMap)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			grid := make([]float64, size*size)
			field := make([]float64, size*size)
			for h := range hours {
				pts := hourPoints(net, a, h)
				for i := range grid {
					grid[i] = 0
				}
				for _, p := range pollutants {
					idw(pts, p, field, size, minLat, maxLat, minLon, maxLon)
					for i, v := range field {
						if v > grid[i] {
							grid[i] = v
						}
					}
				}
				out <- summariseGrid(h, grid, size, minLat, maxLat, minLon, maxLon)
			}
		}()
	}
	go func() {
		for h := int64(0); h < 24; h++ {
			hours <- dayStart + h*3600
		}
		close(hours)
		wg.Wait()
		close(out)
	}()
	var maps []HourMap
	for m := range out {
		maps = append(maps, m)
	}
	sort.Slice(maps, func(i, j int) bool { return maps[i].Hour < maps[j].Hour })
	return maps
}

func hourPoints(net *Network, a *Aggregator, hour int64) []stationPoint {
	var pts []stationPoint
	for _, st := range net.Stations {
		sd := a.stations[st.ID]
		if sd == nil {
			continue
		}
		hs, ok := sd.hours[hour]
		if !ok {
			continue
		}
		sp := stationPoint{lat: st.Lat, lon: st.Lon, aqi: make(map[string]float64, len(hs))}
		for p, s := range hs {
			sp.aqi[p] = s.AQI
		}
		pts = append(pts, sp)
	}
	return pts
}

func idw(pts []stationPoint, pollutant string, field []float64, size int, minLat, maxLat, minLon, maxLon float64) {
	type xy struct{ lat, lon, v float64 }
	var src []xy
	for _, p := range pts {
		if v, ok := p.aqi[pollutant]; ok {
			src = append(src, xy{p.lat, p.lon, v})
		}
	}
	if len(src) == 0 {
		for i := range field {
			field[i] = 0
		}
		return
	}
	// roughly 1.5 km per 0.01 degree of longitude at this latitude
	lonScale := math.Cos((minLat + maxLat) / 2 * math.Pi / 180)
	for r := 0; r < size; r++ {
		lat := minLat + (maxLat-minLat)*float64(r)/float64(size-1)
		for c := 0; c < size; c++ {
			lon := minLon + (maxLon-minLon)*float64(c)/float64(size-1)
			var num, den float64
			exact := -1.0
			for _, s := range src {
				dy := s.lat - lat
				dx := (s.lon - lon) * lonScale
				d2 := dx*dx + dy*dy
				if d2 < 1e-10 {
					exact = s.v
					break
				}
				w := 1 / d2
				num += w * s.v
				den += w
			}
			if exact >= 0 {
				field[r*size+c] = exact
			} else {
				field[r*size+c] = num / den
			}
		}
	}
}

func summariseGrid(hour int64, grid []float64, size int, minLat, maxLat, minLon, maxLon float64) HourMap {
	m := HourMap{Hour: hour, Cells: len(grid), ByCat: map[string]int{}}
	peak := 0
	for i, v := range grid {
		m.ByCat[category(v)]++
		if v > grid[peak] {
			peak = i
		}
	}
	m.PeakAQI = grid[peak]
	m.PeakLat = minLat + (maxLat-minLat)*float64(peak/size)/float64(size-1)
	m.PeakLon = minLon + (maxLon-minLon)*float64(peak%size)/float64(size-1)
	m.MedianAQI = percentile(grid, 0.5)
	return m
}
