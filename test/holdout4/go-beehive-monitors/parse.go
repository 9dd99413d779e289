package main

import (
	"regexp"
	"strconv"
	"strings"
)

type Reading struct {
	Hive     string
	Minute   int64
	TempC    float64
	Humidity float64
	Traffic  float64
	WeightKg float64
}

var hiveID = regexp.MustCompile(`^[A-Z]{3}-[0-9]{3}$`)

func parseReading(line string) (Reading, bool) {
	var fields [6]string
	n := 0
	for n < 5 {
		i := strings.IndexByte(line, ';')
		if i < 0 {
			break
		}
		fields[n] = line[:i]
		line = line[i+1:]
		n++
	}
	if n != 5 || strings.IndexByte(line, ';') >= 0 {
		return Reading{}, false
	}
	fields[5] = line
	if !hiveID.MatchString(fields[0]) {
		return Reading{}, false
	}
	minute, err := strconv.ParseInt(fields[1], 10, 64)
	if err != nil {
		return Reading{}, false
	}
	var nums [4]int64
	for i := 0; i < 4; i++ {
		v, err := strconv.ParseInt(fields[2+i], 10, 32)
		if err != nil {
			return Reading{}, false
		}
		nums[i] = v
	}
	return Reading{
		Hive:     fields[0],
		Minute:   minute,
		TempC:    float64(nums[0]) / 10,
		Humidity: float64(nums[1]),
		Traffic:  float64(nums[2]) / 10,
		WeightKg: float64(nums[3]) / 10,
	}, true
}
