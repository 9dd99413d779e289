package main

import (
	"math"
	"math/rand"
	"strconv"
)

// Station is a docking station.
type Station struct {
	ID       string
	Index    int
	Name     string
	Lat, Lon float64
	Docks    int
	Zone     int
}

// Network holds all stations plus a coarse spatial grid for neighbour queries.
type Network struct {
	Stations []Station
	byID     map[string]int
	grid     map[[2]int][]int
	cellDeg  float64
}

const earthRadiusKm = 6371.0

var streetNames = []string{"Canal St", "Market Sq", "Riverside", "Mill Lane", "Station Rd", "Park Ave", "Harbour Way", "Old Town", "University", "Museum Quarter", "Bridge St", "Tram Depot"}

func BuildNetwork(n int, seed int64) *Network {
	rng := rand.New(rand.NewSource(seed))
	net := &Network{byID: make(map[string]int, n), grid: make(map[[2]int][]int), cellDeg: 0.01}
	for i := 0; i < n; i++ {
		// denser in the centre, sparser towards the suburbs
		r := math.Sqrt(rng.Float64()) * 0.09
		a := rng.Float64() * 2 * math.Pi
		st := Station{
			ID:    "ST" + strconv.Itoa(10000+i*7),
			Index: i,
			Name:  streetNames[rng.Intn(len(streetNames))] + " " + strconv.Itoa(1+rng.Intn(40)),
			Lat:   52.37 + r*math.Sin(a),
			Lon:   4.89 + r*math.Cos(a)*1.6,
			Docks: 12 + rng.Intn(28),
			Zone:  int(r / 0.03),
		}
		net.Stations = append(net.Stations, st)
		net.byID[st.ID] = i
		c := net.cell(st.Lat, st.Lon)
		net.grid[c] = append(net.grid[c], i)
	}
	return net
}

func (n *Network) cell(lat, lon float64) [2]int {
	return [2]int{int(math.Floor(lat / n.cellDeg)), int(math.Floor(lon / n.cellDeg))}
}

// Lookup resolves a station ID from an export row.
func (n *Network) Lookup(id string) (int, bool) {
	i, ok := n.byID[id]
	return i, ok
}

// Neighbours returns stations within radiusKm of station i, using the grid.
func (n *Network) Neighbours(i int, radiusKm float64, out []int) []int {
	s := &n.Stations[i]
	c := n.cell(s.Lat, s.Lon)
	span := int(math.Ceil(radiusKm/111.0/n.cellDeg)) + 1
	out = out[:0]
	for dy := -span; dy <= span; dy++ {
		for dx := -span; dx <= span; dx++ {
			for _, j := range n.grid[[2]int{c[0] + dy, c[1] + dx}] {
				if j != i && n.Distance(i, j) <= radiusKm {
					out = append(out, j)
				}
			}
		}
	}
	return out
}

// Distance is the great-circle distance between two stations in km.
func (n *Network) Distance(i, j int) float64 {
	a, b := &n.Stations[i], &n.Stations[j]
	return haversine(a.Lat, a.Lon, b.Lat, b.Lon)
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	s1 := math.Sin(dLat / 2)
	s2 := math.Sin(dLon / 2)
	h := s1*s1 + math.Cos(lat1*rad)*math.Cos(lat2*rad)*s2*s2
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(h))
}
