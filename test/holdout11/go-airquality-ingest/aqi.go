package main

import "math"

type breakpoint struct {
	cLo, cHi float64
	iLo, iHi float64
}

// US EPA style breakpoint tables (concentrations in µg/m³, ppb or ppm).
var aqiTables = map[string][]breakpoint{
	"pm25": {{0, 12, 0, 50}, {12.1, 35.4, 51, 100}, {35.5, 55.4, 101, 150}, {55.5, 150.4, 151, 200}, {150.5, 250.4, 201, 300}, {250.5, 500.4, 301, 500}},
	"pm10": {{0, 54, 0, 50}, {55, 154, 51, 100}, {155, 254, 101, 150}, {255, 354, 151, 200}, {355, 424, 201, 300}, {425, 604, 301, 500}},
	"no2":  {{0, 53, 0, 50}, {54, 100, 51, 100}, {101, 360, 101, 150}, {361, 649, 151, 200}, {650, 1249, 201, 300}, {1250, 2049, 301, 500}},
	"o3":   {{0, 54, 0, 50}, {55, 70, 51, 100}, {71, 85, 101, 150}, {86, 105, 151, 200}, {106, 200, 201, 300}},
	"so2":  {{0, 35, 0, 50}, {36, 75, 51, 100}, {76, 185, 101, 150}, {186, 304, 151, 200}, {305, 604, 201, 300}},
	"co":   {{0, 4.4, 0, 50}, {4.5, 9.4, 51, 100}, {9.5, 12.4, 101, 150}, {12.5, 15.4, 151, 200}, {15.5, 30.4, 201, 300}},
}

// subIndex converts a concentration into the AQI sub-index of a pollutant.
func subIndex(pollutant string, c float64) float64 {
	table := aqiTables[pollutant]
	if len(table) == 0 || c < 0 {
		return 0
	}
	for _, b := range table {
		if c <= b.cHi {
			return math.Round((b.iHi-b.iLo)/(b.cHi-b.cLo)*(c-b.cLo) + b.iLo)
		}
	}
	return 500
}

func category(aqi float64) string {
	switch {
	case aqi <= 50:
		return "good"
	case aqi <= 100:
		return "moderate"
	case aqi <= 150:
		return "unhealthy-sensitive"
	case aqi <= 200:
		return "unhealthy"
	case aqi <= 300:
		return "very-unhealthy"
	}
	return "hazardous"
}
