package main

// Band is one step of a plaza's time-in-section tariff.
type Band struct {
	UpToMinutes int
	CentsPerQtr int64
}

var plazas = []string{"a7-kassel-nord", "a7-kassel-sued", "a44-bypass", "bridge-east", "tunnel-west", "harbour-link"}

var tariffs = map[string][]Band{
	"a7-kassel-nord": {{60, 50}, {180, 75}, {1440, 90}},
	"a7-kassel-sued": {{120, 100}, {1440, 150}},
	"a44-bypass":     {{120, 100}, {1440, 140}},
	"bridge-east":    {{30, 0}, {240, 120}, {1440, 180}},
	"tunnel-west":    {{60, 80}, {1440, 110}},
	"harbour-link":   {{240, 25}, {1440, 40}},
}

const dailyCapCents = 3500

// charge walks the tariff bands quarter-hour by quarter-hour so that
// partially used quarters are billed at the band they started in.
func charge(plaza string, minutes int, foreign bool) int64 {
	bands := tariffs[plaza]
	var total int64
	for q := 0; q*15 < minutes; q++ {
		start := q * 15
		for _, b := range bands {
			if start < b.UpToMinutes {
				total += b.CentsPerQtr
				break
			}
		}
	}
	if foreign {
		total += total / 20
	}
	days := int64(minutes/1440) + 1
	if cap := dailyCapCents * days; total > cap {
		total = cap
	}
	return total
}
