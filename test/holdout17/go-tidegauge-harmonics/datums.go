package main

import "math"

// Datums are tidal datums relative to station datum, from predicted tide.
type Datums struct {
	MHHW, MHW, MSL, MLW, MLLW float64
	Highs, Lows               int
}

func (d Datums) Range() float64      { return d.MHW - d.MLW }
func (d Datums) GreatRange() float64 { return d.MHHW - d.MLLW }

const extremumHalfWindow = 2 * 60 / SampleMinutes // two hours either side

// computeDatums finds high and low waters in the predicted series and
// averages them, including the higher high / lower low of each day.
func computeDatums(hours, pred []float64) Datums {
	var d Datums
	var hiSum, loSum, hhSum, llSum, mslSum float64
	var days int
	curDay := -1
	dayHigh, dayLow := math.Inf(-1), math.Inf(1)
	flushDay := func() {
		if curDay >= 0 && !math.IsInf(dayHigh, 0) && !math.IsInf(dayLow, 0) {
			hhSum += dayHigh
			llSum += dayLow
			days++
		}
	}
	for i := range pred {
		mslSum += pred[i]
		day := int(hours[i] / 24)
		if day != curDay {
			flushDay()
			curDay, dayHigh, dayLow = day, math.Inf(-1), math.Inf(1)
		}
		if i == 0 || i == len(pred)-1 {
			continue
		}
		v := pred[i]
		isHigh := v > pred[i-1] && v >= pred[i+1]
		isLow := v < pred[i-1] && v <= pred[i+1]
		if !isHigh && !isLow {
			continue
		}
		lo, hi := max(0, i-extremumHalfWindow), min(len(pred)-1, i+extremumHalfWindow)
		ok := true
		for j := lo; j <= hi && ok; j++ {
			if isHigh && pred[j] > v || isLow && pred[j] < v {
				ok = false
			}
		}
		if !ok {
			continue
		}
		// Refine with a parabola through the three samples.
		den := pred[i-1] - 2*v + pred[i+1]
		peak := v
		if den != 0 {
			off := 0.5 * (pred[i-1] - pred[i+1]) / den
			peak = v - 0.25*(pred[i-1]-pred[i+1])*off
		}
		if isHigh {
			hiSum += peak
			d.Highs++
			dayHigh = math.Max(dayHigh, peak)
		} else {
			loSum += peak
			d.Lows++
			dayLow = math.Min(dayLow, peak)
		}
	}
	flushDay()
	if d.Highs > 0 {
		d.MHW = hiSum / float64(d.Highs)
	}
	if d.Lows > 0 {
		d.MLW = loSum / float64(d.Lows)
	}
	if days > 0 {
		d.MHHW, d.MLLW = hhSum/float64(days), llSum/float64(days)
	}
	d.MSL = mslSum / float64(len(pred))
	return d
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}
