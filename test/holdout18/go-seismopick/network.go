package main

import (
	"bufio"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// networkInventory is the station list as distributed by the network operator
// (network.station, latitude, longitude, elevation in metres).
const networkInventory = `
QW.BRN  46.951  7.438  540
QW.THN  46.758  7.628  560
QW.INT  46.686  7.863  570
QW.LUZ  47.050  8.309  435
QW.ZRH  47.376  8.541  408
QW.SGA  47.424  9.376  670
QW.CHU  46.849  9.530  593
QW.DAV  46.802  9.836 1560
QW.BEL  46.193  9.017  241
QW.SIO  46.233  7.360  512
QW.MTX  46.094  7.228  726
QW.GEN  46.204  6.143  375
QW.LAU  46.520  6.633  495
QW.NEU  46.990  6.929  430
`

var stationCode = regexp.MustCompile(`^([A-Z0-9]{2})\.([A-Z0-9]{3,5})$`)

type station struct {
	network, code string
	x, y, elevKm  float64 // local km east/north of the network centroid
}

type network struct {
	stations []station
	minX     float64
	maxX     float64
	minY     float64
	maxY     float64
}

func loadNetwork(inv string) (*network, error) {
	var raw []struct {
		net, code        string
		lat, lon, elevKm float64
	}
	sc := bufio.NewScanner(strings.NewReader(inv))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		m := stationCode.FindStringSubmatch(fields[0])
		if m == nil || len(fields) != 4 {
			return nil, fmt.Errorf("bad inventory line %q", sc.Text())
		}
		lat, err1 := strconv.ParseFloat(fields[1], 64)
		lon, err2 := strconv.ParseFloat(fields[2], 64)
		elev, err3 := strconv.ParseFloat(fields[3], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("bad coordinates in %q", sc.Text())
		}
		raw = append(raw, struct {
			net, code        string
			lat, lon, elevKm float64
		}{m[1], m[2], lat, lon, elev / 1000})
	}
	var clat, clon float64
	for _, r := range raw {
		clat += r.lat
		clon += r.lon
	}
	clat /= float64(len(raw))
	clon /= float64(len(raw))
	n := &network{minX: math.Inf(1), maxX: math.Inf(-1), minY: math.Inf(1), maxY: math.Inf(-1)}
	kmPerDegLat := 111.2
	kmPerDegLon := 111.2 * math.Cos(clat*math.Pi/180)
	for _, r := range raw {
		s := station{network: r.net, code: r.code, x: (r.lon - clon) * kmPerDegLon, y: (r.lat - clat) * kmPerDegLat, elevKm: r.elevKm}
		n.stations = append(n.stations, s)
		n.minX, n.maxX = math.Min(n.minX, s.x), math.Max(n.maxX, s.x)
		n.minY, n.maxY = math.Min(n.minY, s.y), math.Max(n.maxY, s.y)
	}
	return n, nil
}

const (
	vp = 6.0 // crustal P velocity, km/s
)

func travelTime(s *station, x, y, z float64) float64 {
	dx, dy, dz := s.x-x, s.y-y, z+s.elevKm
	return math.Sqrt(dx*dx+dy*dy+dz*dz) / vp
}
