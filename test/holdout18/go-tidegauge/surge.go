package main

import "math"

type surgeWarning struct {
	station string
	level   float64
	minutes int
}

type surgeBulletin struct {
	day          int
	peakResidual float64
	peakStation  string
	warnings     []surgeWarning
	rejected     int
	meanTemp     float64
}

// evaluateSurge looks for sustained positive residuals in each station's history.
func evaluateSurge(day int, view []stationState, stats batchStats) surgeBulletin {
	b := surgeBulletin{day: day, peakResidual: math.Inf(-1)}
	var tempSum float64
	var tempN int
	for i := range view {
		s := &view[i]
		run, best := 0, 0
		var peak float64 = math.Inf(-1)
		for k := 0; k < residualHistory; k++ {
			v := s.Residuals[(s.Head+k)%residualHistory]
			if v > peak {
				peak = v
			}
			if v > 0.25 {
				run++
				if run > best {
					best = run
				}
			} else {
				run = 0
			}
			tempSum += s.WaterTemps[k]
			tempN++
		}
		if peak > b.peakResidual {
			b.peakResidual, b.peakStation = peak, s.Name
		}
		if best >= 60 {
			b.warnings = append(b.warnings, surgeWarning{station: s.Code, level: peak, minutes: best})
		}
	}
	if tempN > 0 {
		b.meanTemp = tempSum / float64(tempN)
	}
	return b
}
