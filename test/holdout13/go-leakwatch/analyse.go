package main

import (
	"encoding/json"
	"math"
	"time"
)

// ZoneReport is the per-DMA water balance outcome.
type ZoneReport struct {
	Zone        string
	InflowM3    float64
	BilledM3    float64
	LossRatio   float64
	Suspects    []string
	BadLines    int
	Checkpoints int
}

func lookupMeter(z *Zone, id string) *Meter {
	for _, m := range z.Meters {
		if m.ID == id {
			return m
		}
	}
	return nil
}

// snapshotZone keeps an immutable copy of the zone state for the hourly
// checkpoint so the night-flow check can compare against it later.
func snapshotZone(z *Zone) *Zone {
	raw, err := json.Marshal(z)
	if err != nil {
		return nil
	}
	var cp Zone
	if err := json.Unmarshal(raw, &cp); err != nil {
		return nil
	}
	return &cp
}

func analyseZone(z *Zone, feed []string) ZoneReport {
	rep := ZoneReport{Zone: z.Name}
	var checkpoints []*Zone
	var lastStamp time.Time
	for _, line := range feed {
		r, err := parseReading(line)
		if err != nil {
			rep.BadLines++
			continue
		}
		m := lookupMeter(z, r.MeterID)
		if m == nil {
			rep.BadLines++
			continue
		}
		vol := r.Flow * 0.25 // m3/h over 15 minutes
		m.TotalM3 += vol
		m.Readings++
		h := r.At.Hour()
		if h >= 2 && h < 4 && r.Flow < m.NightMin {
			m.NightMin = r.Flow
		}
		if r.Pressure < 1.5 || r.Pressure > 6 {
			m.Anomalies++
		}
		if !r.At.Equal(lastStamp) {
			lastStamp = r.At
			if snap := snapshotZone(z); snap != nil {
				checkpoints = append(checkpoints, snap)
				if len(checkpoints) > 96 {
					checkpoints = checkpoints[1:]
				}
			}
		}
	}
	rep.Checkpoints = len(checkpoints)
	for _, m := range z.Meters {
		if m.Kind == "inlet" {
			rep.InflowM3 += m.TotalM3
			continue
		}
		rep.BilledM3 += m.TotalM3
		if m.NightMin > 0.1 && m.NightMin < 1e8 {
			rep.Suspects = append(rep.Suspects, m.ID)
		}
	}
	if rep.InflowM3 > 0 {
		rep.LossRatio = math.Max(0, (rep.InflowM3-rep.BilledM3)/rep.InflowM3)
	}
	return rep
}
