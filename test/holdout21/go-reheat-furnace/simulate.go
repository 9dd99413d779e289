package main

import (
	"math"
	"sync"
)

const (
	ambientC = 20.0
	stepSec  = 2.0
	drawC    = 180.0 // furnace is opened for the next charge below this
)

// ChargeResult is the outcome of simulating one booked charge.
type ChargeResult struct {
	ID          string
	Furnace     string
	Grade       string
	Order       string
	Hours       float64
	GasKWh      float64
	PeakC       float64
	ScaleMicron float64
	Violations  []string
}

// Verify simulates every program on its furnace with a pool of workers.
func Verify(s *Shop, programs []Program, workers int) []ChargeResult {
	results := make([]ChargeResult, len(programs))
	jobs := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p := &programs[i]
				results[i] = Simulate(s.Furnaces[p.Furnace], s.Grades[p.Grade], p)
			}
		}()
	}
	for i := range programs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// Simulate runs the burner controller and thermal model through the program.
func Simulate(f Furnace, g Grade, p *Program) ChargeResult {
	res := ChargeResult{ID: p.ID, Furnace: f.Name, Grade: g.Name, Order: p.Order}
	chamber, sensor := ambientC, ambientC
	setpoint := ambientC
	ctl := newPID(0.045, 0.00012, 0.9)
	var scale ScaleGrowth
	var t float64
	lastSensor := sensor
	rate := newRateWindow(int(600 / stepSec))

	for si, seg := range p.Segments {
		holdLeft := seg.HoldMin * 60
		for {
			// The setpoint follows the programmed ramp to the segment
			// target, then the furnace soaks.
			if setpoint < seg.TargetC {
				setpoint = math.Min(seg.TargetC, setpoint+seg.RampCPerH*stepSec/3600)
			} else if sensor >= seg.TargetC-1 {
				holdLeft -= stepSec
				if holdLeft <= 0 {
					break
				}
			}
			fire := ctl.Update(setpoint-sensor, stepSec)
			heat := fire * f.BurnerKW
			chamber += (heat - wallLoss(f, chamber)) * stepSec / f.HeatCapKJ
			sensor += (chamber - sensor) * stepSec / f.SensorLagSec
			res.GasKWh += heat / f.Efficiency * stepSec / 3600
			scale.Accumulate(chamber, stepSec)
			t += stepSec

			r := rate.Push(sensor-lastSensor) * 3600 / stepSec
			lastSensor = sensor
			if sensor > g.CriticalWindowC[0] && sensor < g.CriticalWindowC[1] && r > g.CriticalRamp*1.15 && rate.Full() {
				res.Violations = appendOnce(res.Violations, "critical-range-heating-rate")
			} else if r > g.MaxRampCPerH*1.2 && rate.Full() {
				res.Violations = appendOnce(res.Violations, "heating-rate-exceeds-grade-limit")
			}
			if chamber > res.PeakC {
				res.PeakC = chamber
			}
			if t > 36*3600 {
				res.Violations = appendOnce(res.Violations, "furnace-cannot-reach-segment-"+string(rune('1'+si)))
				break
			}
		}
	}
	// Burners off: the furnace cools until it can be drawn.
	const coolStep = 4 * stepSec
	for chamber > drawC && t < 72*3600 {
		chamber -= wallLoss(f, chamber) * coolStep / f.HeatCapKJ
		scale.Accumulate(chamber, coolStep)
		t += coolStep
	}
	res.Hours = t / 3600
	res.ScaleMicron = scale.MetalLossMicrons()
	if res.ScaleMicron > g.MaxScaleMicrons {
		res.Violations = appendOnce(res.Violations, "scale-loss-over-limit")
	}
	return res
}

// wallLoss is the heat lost through walls, door and flue in kW: conduction
// plus a radiative term that dominates near soak temperature.
func wallLoss(f Furnace, chamberC float64) float64 {
	tk := chamberC + 273.15
	t2 := tk * tk
	return f.LossCoeff*(chamberC-ambientC) + f.RadCoeff*(t2*t2-ambientK4)
}

var ambientK4 = math.Pow(ambientC+273.15, 4)

func appendOnce(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

type pid struct {
	kp, ki, kd  float64
	integral    float64
	lastErr     float64
	initialised bool
}

func newPID(kp, ki, kd float64) *pid { return &pid{kp: kp, ki: ki, kd: kd} }

// Update returns the burner firing rate in [0,1].
func (c *pid) Update(err, dt float64) float64 {
	deriv := 0.0
	if c.initialised {
		deriv = (err - c.lastErr) / dt
	}
	c.initialised = true
	c.lastErr = err
	out := c.kp*err + c.ki*c.integral + c.kd*deriv
	if out > 0 && out < 1 {
		c.integral += err * dt // anti-windup: integrate only when unsaturated
	}
	return math.Max(0, math.Min(1, out))
}

// rateWindow keeps the last N temperature deltas and returns their mean.
type rateWindow struct {
	deltas []float64
	next   int
	n      int
	sum    float64
}

func newRateWindow(n int) *rateWindow { return &rateWindow{deltas: make([]float64, n)} }

func (w *rateWindow) Push(d float64) float64 {
	w.sum += d - w.deltas[w.next]
	w.deltas[w.next] = d
	w.next = (w.next + 1) % len(w.deltas)
	if w.n < len(w.deltas) {
		w.n++
	}
	return w.sum / float64(w.n)
}

func (w *rateWindow) Full() bool { return w.n == len(w.deltas) }
