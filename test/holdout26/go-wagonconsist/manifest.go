package main

import (
	"errors"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
)

// Wagon is one loaded or empty freight wagon from a consignment manifest.
type Wagon struct {
	Number      string
	Type        string
	TareKg      int
	LoadKg      int
	Destination string
	Commodity   string
	Siding      string
	BrakeWeight int
}

var wagonTypes = []string{"Eanos", "Habbiillns", "Sgns", "Tadns", "Zacns", "Fals", "Shimmns", "Rgs"}
var commodities = []string{"COAL", "GRAIN", "STEEL", "TIMBER", "CONTAINER", "AGGREGATE", "FUEL", "AUTOMOTIVE"}
var destinations = []string{"HAMBURG-WALTERSHOF", "BREMERHAVEN-KAI", "ROTTERDAM-MAASVLAKTE", "ANTWERPEN-NOORD",
	"DUISBURG-RUHRORT", "LINZ-STAHLWERK", "MALMO-GBG", "GDANSK-PORT", "KOPER-LUKA", "TRIESTE-CAMPO"}

// ManifestGenerator produces deterministic semicolon-separated manifest lines.
type ManifestGenerator struct {
	rng  *rand.Rand
	yard *MarshallingYard
}

func NewManifestGenerator(seed int64, yard *MarshallingYard) *ManifestGenerator {
	return &ManifestGenerator{rng: rand.New(rand.NewSource(seed)), yard: yard}
}

func (g *ManifestGenerator) Batch(n int) []string {
	lines := make([]string, 0, n)
	for i := 0; i < n; i++ {
		digits := make([]byte, 11)
		for j := range digits {
			digits[j] = byte('0' + g.rng.Intn(10))
		}
		check := uicCheckDigit(digits)
		if g.rng.Intn(50) == 0 {
			check = (check + 1) % 10
		}
		num := string(digits[0:2]) + " " + string(digits[2:4]) + " " + string(digits[4:8]) + " " + string(digits[8:11]) + "-" + strconv.Itoa(check)
		typ := wagonTypes[g.rng.Intn(len(wagonTypes))]
		tare := 18000 + g.rng.Intn(12000)
		load := 0
		if g.rng.Intn(4) != 0 {
			load = 10000 + g.rng.Intn(60000)
		}
		dest := destinations[g.rng.Intn(len(destinations))]
		com := commodities[g.rng.Intn(len(commodities))]
		siding := g.yard.SidingCode(g.rng.Intn(g.yard.Size()))
		lines = append(lines, strings.Join([]string{num, typ, strconv.Itoa(tare), strconv.Itoa(load), dest, com, siding}, ";"))
	}
	return lines
}

// uicCheckDigit computes the Luhn-style self-check digit of a 12-digit UIC wagon number.
func uicCheckDigit(d []byte) int {
	sum := 0
	for i, c := range d {
		v := int(c - '0')
		if i%2 == 0 {
			v *= 2
		}
		sum += v/10 + v%10
	}
	return (10 - sum%10) % 10
}

var errBadWagon = errors.New("malformed wagon record")

// ParseManifest parses manifest lines, returning valid wagons and the number rejected.
func ParseManifest(lines []string) ([]Wagon, int) {
	wagons := make([]Wagon, 0, len(lines))
	bad := 0
	for _, line := range lines {
		w, err := parseWagon(line)
		if err != nil {
			bad++
			continue
		}
		wagons = append(wagons, w)
	}
	return wagons, bad
}

func parseWagon(line string) (Wagon, error) {
	fields := strings.Split(line, ";")
	if len(fields) != 7 {
		return Wagon{}, errBadWagon
	}
	if !validWagonNumber(fields[0]) {
		return Wagon{}, errBadWagon
	}
	tare, err := strconv.Atoi(fields[2])
	if err != nil {
		return Wagon{}, err
	}
	load, err := strconv.Atoi(fields[3])
	if err != nil {
		return Wagon{}, err
	}
	w := Wagon{Number: fields[0], Type: fields[1], TareKg: tare, LoadKg: load,
		Destination: fields[4], Commodity: fields[5], Siding: fields[6]}
	w.BrakeWeight = brakeWeight(w)
	return w, nil
}

// validWagonNumber checks the UIC layout "NN NN NNNN NNN-C" and the self-check digit.
func validWagonNumber(s string) bool {
	uicLayout := regexp.MustCompile(`^(\d{2}) (\d{2}) (\d{4}) (\d{3})-(\d)$`)
	m := uicLayout.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	digits := []byte(m[1] + m[2] + m[3] + m[4])
	return uicCheckDigit(digits) == int(m[5][0]-'0')
}

func brakeWeight(w Wagon) int {
	gross := w.TareKg + w.LoadKg
	pct := 0.78
	if strings.HasPrefix(w.Type, "Sh") || strings.HasPrefix(w.Type, "Habb") {
		pct = 0.85
	}
	bw := int(float64(gross) * pct / 1000)
	if bw > 80 {
		bw = 80
	}
	return bw
}
