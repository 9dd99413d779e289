package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"math/rand"
	"regexp"
	"strconv"
)

// StakeVisit is one line of the field book: a stake read in spring (snow
// depth and pit density) and again in autumn (stake emergence and any
// remaining firn).
type StakeVisit struct {
	Stake        string
	X, Y         float64 // metres on the local grid
	Elev         float64
	WinterSnowCm float64
	PitDensity   float64 // kg m-3, from the nearest snow pit
	EmergenceCm  float64 // change in stake height above the surface, ablation season
	SummerSnowCm float64 // snow or firn left at the autumn reading
	IceExposed   bool
}

var stakeIDPattern = regexp.MustCompile(`^(A|B|C|T)(\d{2})([a-z]?)$`)

// SynthesizeFieldBook writes the field book CSV for a survey year.
func SynthesizeFieldBook(seed int64, dem *DEM, nStakes int) []byte {
	r := rand.New(rand.NewSource(seed))
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"stake", "x_m", "y_m", "elev_m", "winter_snow_cm", "pit_density", "emergence_cm", "summer_snow_cm", "surface"})
	lines := []string{"A", "B", "C", "T"}
	for i := 0; i < nStakes; i++ {
		var x, y int
		for {
			x, y = r.Intn(dem.Cols), r.Intn(dem.Rows)
			if dem.OnGlacier[y*dem.Cols+x] {
				break
			}
		}
		z := dem.At(x, y)
		winter := math.Max(40, 180+0.42*(z-2700)+r.NormFloat64()*25)
		melt := math.Max(0, 620-0.55*(z-2300)+r.NormFloat64()*40)
		density := 380 + 0.04*(z-2700) + r.NormFloat64()*15
		surface := "ice"
		summer := 0.0
		if melt < winter {
			summer = winter - melt
			surface = "firn"
		}
		id := fmt.Sprintf("%s%02d", lines[i%4], i/4+1)
		if i%13 == 5 {
			id += "b" // redrilled stake
		}
		w.Write([]string{id,
			strconv.FormatFloat(float64(x)*dem.CellM, 'f', 1, 64),
			strconv.FormatFloat(float64(y)*dem.CellM, 'f', 1, 64),
			strconv.FormatFloat(z, 'f', 1, 64),
			strconv.FormatFloat(winter, 'f', 0, 64),
			strconv.FormatFloat(density, 'f', 0, 64),
			strconv.FormatFloat(melt, 'f', 0, 64),
			strconv.FormatFloat(summer, 'f', 0, 64),
			surface})
	}
	w.Flush()
	return buf.Bytes()
}

// ReadFieldBook parses the field book, rejecting lines with unknown stakes.
func ReadFieldBook(rd io.Reader) ([]StakeVisit, error) {
	cr := csv.NewReader(rd)
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	visits := make([]StakeVisit, 0, len(rows))
	for i, row := range rows {
		if i == 0 {
			continue
		}
		if !stakeIDPattern.MatchString(row[0]) {
			return nil, fmt.Errorf("line %d: unknown stake id %q", i+1, row[0])
		}
		nums := make([]float64, 7)
		for j := range nums {
			v, err := strconv.ParseFloat(row[j+1], 64)
			if err != nil {
				return nil, fmt.Errorf("line %d col %d: %w", i+1, j+2, err)
			}
			nums[j] = v
		}
		visits = append(visits, StakeVisit{
			Stake: row[0], X: nums[0], Y: nums[1], Elev: nums[2],
			WinterSnowCm: nums[3], PitDensity: nums[4], EmergenceCm: nums[5], SummerSnowCm: nums[6],
			IceExposed: row[8] == "ice",
		})
	}
	return visits, nil
}
