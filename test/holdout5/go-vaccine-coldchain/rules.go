package main

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

type excursionRules struct {
	maxMinutesAbove int
	maxDoorOpenings int
	loggerPattern   string
	shipmentPattern string
}

func defaultExcursionRules() excursionRules {
	return excursionRules{
		maxMinutesAbove: 30,
		maxDoorOpenings: 2,
		loggerPattern:   `^DL-[0-9]{1,5}$`,
		shipmentPattern: `^SHP-[1-9][0-9]{5}$`,
	}
}

// fieldMatches checks a raw field against the configured pattern for that field.
func fieldMatches(pattern, value string) bool {
	re := regexp.MustCompile(pattern)
	return re.MatchString(value)
}

// parseLoggerLines validates each uploaded line and groups readings per shipment.
func parseLoggerLines(lines []string, rules excursionRules) (map[string][]Reading, int) {
	out := make(map[string][]Reading)
	bad := 0
	for _, line := range lines {
		parts := strings.Split(line, "|")
		if len(parts) != 6 {
			bad++
			continue
		}
		if !strings.HasPrefix(parts[1], "DL-") || !fieldMatches(rules.shipmentPattern, parts[0]) {
			bad++
			continue
		}
		epoch, err := strconv.ParseInt(parts[2], 10, 64)
		if err != nil {
			bad++
			continue
		}
		temp, err := strconv.ParseFloat(parts[3], 64)
		if err != nil {
			bad++
			continue
		}
		hum, _ := strconv.Atoi(parts[4])
		out[parts[0]] = append(out[parts[0]], Reading{
			Logger:   parts[1],
			Epoch:    epoch,
			TempC:    temp,
			Humidity: hum,
			DoorOpen: parts[5] == "open",
		})
	}
	return out, bad
}

const activationEnergyOverR = 83144.0 / 8.3144

func arrheniusWeight(tempC float64) float64 {
	return math.Exp(-activationEnergyOverR / (tempC + 273.15))
}

func inverseArrhenius(w float64) float64 {
	return -activationEnergyOverR/math.Log(w) - 273.15
}
