package main

import "math"

const gravity = 9.81

// TruckModel holds the performance data of a haul truck class.
type TruckModel struct {
	Name          string
	EmptyMass     float64 // tonnes
	RatedPayload  float64 // tonnes
	GrossPower    float64 // kW at the wheels
	DriveEff      float64
	RetardPower   float64 // kW of dynamic retarding
	MaxSpeed      float64 // m/s
	Adhesion      float64 // usable traction coefficient
	FuelPerKWh    float64 // litres per kWh delivered
	SpotTime      float64 // seconds to spot under the shovel
	DumpTime      float64 // seconds to tip
	BucketPayload float64 // tonnes per shovel pass
	PassTime      float64 // seconds per shovel pass
}

// Cat793F returns data for a 227 t class mechanical-drive truck loaded by a
// large hydraulic shovel.
func Cat793F() TruckModel {
	return TruckModel{
		Name: "793F", EmptyMass: 159, RatedPayload: 227, GrossPower: 1640, DriveEff: 0.82,
		RetardPower: 3200, MaxSpeed: 16.5, Adhesion: 0.45, FuelPerKWh: 0.27,
		SpotTime: 40, DumpTime: 55, BucketPayload: 42, PassTime: 33,
	}
}

// Leg is the result of driving a truck over a list of road segments.
type Leg struct {
	Seconds float64
	Fuel    float64 // litres
	Metres  float64
}

// Drive integrates the truck's motion over the segments with the given
// payload, starting and ending at rest.
func (m *TruckModel) Drive(p *Pit, segs []int, payload float64, speedFactor float64) Leg {
	const dt = 0.2
	mass := (m.EmptyMass + payload) * 1000
	var leg Leg
	v := 0.0
	for k, si := range segs {
		s := &p.Segments[si]
		limit := math.Min(s.SpeedLimit, m.MaxSpeed) * speedFactor
		// Slow down for the junction at the end of the segment unless the
		// next segment continues in the same direction.
		exitLimit := limit
		if k == len(segs)-1 {
			exitLimit = 0
		} else if next := &p.Segments[segs[k+1]]; math.Abs(next.Grade-s.Grade) > 4 {
			exitLimit = 0.5 * limit
		}
		resist := mass * gravity * (s.Grade + s.Rolling) / 100
		brakingDecel := 1.2
		x := 0.0
		for x < s.Length {
			remaining := s.Length - x
			// Speed from which the truck can still stop to exitLimit.
			vBrake := math.Sqrt(exitLimit*exitLimit + 2*brakingDecel*remaining)
			target := math.Min(limit, vBrake)
			var force float64
			if v < target {
				tractive := m.GrossPower * 1000 * m.DriveEff / math.Max(v, 1.0)
				tractive = math.Min(tractive, m.Adhesion*mass*gravity*0.6)
				force = tractive - resist
				leg.Fuel += tractive * math.Max(v, 0.5) * dt / 3.6e6 * m.FuelPerKWh
			} else {
				retard := math.Min(m.RetardPower*1000/math.Max(v, 1.0), mass*brakingDecel)
				force = -retard - resist
				if force > 0 {
					force = 0
				}
				leg.Fuel += 0.02 * dt // idle burn while retarding
			}
			a := force / mass
			nv := v + a*dt
			if nv > target && a > 0 {
				nv = target
			}
			if nv < 0.3 {
				nv = 0.3
			}
			x += (v + nv) / 2 * dt
			v = nv
			leg.Seconds += dt
		}
		leg.Metres += s.Length
		if v > exitLimit && exitLimit > 0 {
			v = exitLimit
		}
	}
	return leg
}
