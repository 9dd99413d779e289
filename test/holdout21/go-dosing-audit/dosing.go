package main

import (
	"math"
	"sort"
)

// Controller is the per-zone dosing loop: a PI controller on EC that
// meters stock solutions A and B, and a proportional pH loop that meters
// acid or base.
type Controller struct {
	zone     *Zone
	integral float64
	lastUnix int64
	window   *Window

	StockAml float64
	StockBml float64
	AcidMl   float64
	BaseMl   float64
	Alarms   int
}

const (
	kpEC        = 35.0
	kiEC        = 0.8
	kpPH        = 12.0
	maxDoseMl   = 250.0
	windowSize  = 96
	alarmZScore = 3.2
)

func NewController(z *Zone) *Controller {
	return &Controller{zone: z, window: NewWindow(windowSize)}
}

// Dose runs one controller step for a reading and returns the doses issued.
func (c *Controller) Dose(r Reading) (stockA, stockB, acid, base float64, alarm bool) {
	rec := c.zone.Recipe
	dt := 60.0
	if c.lastUnix != 0 && r.Unix > c.lastUnix {
		dt = float64(r.Unix - c.lastUnix)
	}
	c.lastUnix = r.Unix

	// Temperature-compensate the conductivity reading to 25 °C.
	ec25 := r.EC / (1 + 0.0191*(r.TempC-25))

	errEC := rec.TargetEC - ec25
	if math.Abs(errEC) > rec.ToleranceEC/4 && r.Pump {
		c.integral += errEC * dt / 3600
		c.integral = clamp(c.integral, -5, 5)
	}
	if errEC > 0 && r.Pump {
		dose := clamp(kpEC*errEC+kiEC*c.integral, 0, maxDoseMl) * c.zone.Volume / 200
		// Stock A carries calcium nitrate, B the sulphates and phosphates;
		// the split follows the crop's stage.
		stockA = dose * 0.52
		stockB = dose * 0.48
	}

	errPH := r.PH - rec.TargetPH
	if math.Abs(errPH) > rec.TolerancePH/2 && r.Pump {
		d := clamp(kpPH*math.Abs(errPH), 0, maxDoseMl/4) * c.zone.Volume / 200
		if errPH > 0 {
			acid = d
		} else {
			base = d
		}
	}

	c.window.Push(ec25)
	if c.window.Full() {
		mean, sd := c.window.MeanStd()
		// A z-score excursion only raises an alarm when the reading is also
		// away from the window median, so a single spike in a noisy gully
		// does not page the grower.
		if sd > 0 && math.Abs(ec25-mean)/sd > alarmZScore && math.Abs(ec25-c.window.Median()) > rec.ToleranceEC {
			alarm = true
		}
	}
	if r.TempC > rec.MaxTempC {
		alarm = true
	}
	if alarm {
		c.Alarms++
	}
	c.StockAml += stockA
	c.StockBml += stockB
	c.AcidMl += acid
	c.BaseMl += base
	return
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Window is a fixed-size ring of recent compensated EC values.
type Window struct {
	vals    []float64
	next    int
	n       int
	scratch []float64
}

func NewWindow(size int) *Window {
	return &Window{vals: make([]float64, size), scratch: make([]float64, size)}
}

func (w *Window) Push(v float64) {
	w.vals[w.next] = v
	w.next = (w.next + 1) % len(w.vals)
	if w.n < len(w.vals) {
		w.n++
	}
}

func (w *Window) Full() bool { return w.n == len(w.vals) }

func (w *Window) MeanStd() (float64, float64) {
	var sum, sq float64
	for _, v := range w.vals[:w.n] {
		sum += v
	}
	mean := sum / float64(w.n)
	for _, v := range w.vals[:w.n] {
		d := v - mean
		sq += d * d
	}
	return mean, math.Sqrt(sq / float64(w.n))
}

func (w *Window) Median() float64 {
	s := w.scratch[:w.n]
	copy(s, w.vals[:w.n])
	sort.Float64s(s)
	if w.n%2 == 1 {
		return s[w.n/2]
	}
	return (s[w.n/2-1] + s[w.n/2]) / 2
}
