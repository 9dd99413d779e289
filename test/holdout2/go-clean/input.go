package main

import (
	"errors"
	"regexp"
	"strconv"
)

// Point is a delivery location with its parcel weight.
type Point struct {
	X, Y, W float64
}

var linePattern = regexp.MustCompile(`^loc (-?\d+\.\d+),(-?\d+\.\d+) w=(\d+)$`)

func generateInput(n int, seed uint64) []string {
	s := seed
	next := func() float64 {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		return float64(s%1000000) / 1000000
	}
	lines := make([]string, 0, n)
	buf := make([]byte, 0, 64)
	for i := 0; i < n; i++ {
		cx := float64(i%12) * 8
		cy := float64((i/12)%9) * 6
		buf = append(buf[:0], "loc "...)
		buf = strconv.AppendFloat(buf, cx+next()*5-2.5, 'f', 4, 64)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, cy+next()*5-2.5, 'f', 4, 64)
		buf = append(buf, " w="...)
		buf = strconv.AppendInt(buf, int64(1+next()*30), 10)
		lines = append(lines, string(buf))
	}
	return lines
}

func parseAll(lines []string) ([]Point, error) {
	points := make([]Point, 0, len(lines))
	for _, line := range lines {
		m := linePattern.FindStringSubmatch(line)
		if m == nil {
			return nil, errors.New("bad line: " + line)
		}
		x, _ := strconv.ParseFloat(m[1], 64)
		y, _ := strconv.ParseFloat(m[2], 64)
		w, _ := strconv.ParseFloat(m[3], 64)
		points = append(points, Point{x, y, w})
	}
	return points, nil
}
