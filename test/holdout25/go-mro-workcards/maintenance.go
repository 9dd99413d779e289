package main

import (
	"fmt"
	"math"
	"sort"
)

// TaskCard is one completed maintenance task in a work package.
type TaskCard struct {
	TaskID        string  `json:"taskId"`
	ATA           string  `json:"ata"`
	Position      string  `json:"position"`
	Action        string  `json:"action"` // REPLACE, INSPECT, REPAIR, LUBRICATE, DEFER
	PartOff       string  `json:"partOff,omitempty"`
	SerialOff     string  `json:"serialOff,omitempty"`
	PartOn        string  `json:"partOn,omitempty"`
	SerialOn      string  `json:"serialOn,omitempty"`
	ManHours      float64 `json:"manHours"`
	Licence       string  `json:"licence"`
	DualInspector string  `json:"dualInspector,omitempty"`
}

// WorkPackage is what an engineer submits at the end of a check.
type WorkPackage struct {
	Tail         string     `json:"tail"`
	Station      string     `json:"station"`
	FlightHours  float64    `json:"flightHoursSinceLast"`
	FlightCycles int        `json:"flightCyclesSinceLast"`
	Days         int        `json:"daysSinceLast"`
	Cards        []TaskCard `json:"cards"`
}

// PackageResult is the reply to a submitted work package.
type PackageResult struct {
	Tail      string    `json:"tail"`
	Revision  int       `json:"revision"`
	Accepted  int       `json:"accepted"`
	Rejected  int       `json:"rejected"`
	Findings  []string  `json:"findings"`
	NextDue   []DueItem `json:"nextDue"`
	ManHours  float64   `json:"manHours"`
	Conflicts int       `json:"conflicts"`
}

// DueItem is a forecast life-limit expiry.
type DueItem struct {
	Position   string  `json:"position"`
	ATA        string  `json:"ata"`
	PartNumber string  `json:"partNumber"`
	Serial     string  `json:"serial"`
	Kind       string  `json:"kind"`
	Remaining  float64 `json:"remaining"`
	DueInDays  int     `json:"dueInDays"`
	Deferred   bool    `json:"deferred"`
}

// accrue adds flown utilisation to the airframe and all installed parts.
func accrue(a *Aircraft, hours float64, cycles, days int) {
	a.Hours += hours
	a.Cycles += cycles
	a.Day += days
	for i := range a.Components {
		c := &a.Components[i]
		c.HoursSince += hours
		c.CyclesSince += cycles
		c.DaysSince += days
	}
}

// applyCards records accepted task cards against the configuration.
func applyCards(a *Aircraft, cards []TaskCard) (applied int, findings []string) {
	byPosition := make(map[string]int, len(a.Components))
	for i, c := range a.Components {
		byPosition[c.ATA+"@"+c.Position] = i
	}
	for _, card := range cards {
		idx, ok := byPosition[card.ATA+"@"+card.Position]
		if !ok {
			findings = append(findings, card.TaskID+": no tracked component at "+card.Position)
			continue
		}
		c := &a.Components[idx]
		switch card.Action {
		case "REPLACE":
			if c.Serial != card.SerialOff {
				findings = append(findings, fmt.Sprintf("%s: serial off %s differs from installed %s", card.TaskID, card.SerialOff, c.Serial))
				continue
			}
			c.History = append(c.History, ComponentEvent{Day: a.Day, Action: "REMOVED", TaskID: card.TaskID, Hours: a.Hours, Cycles: a.Cycles})
			c.PartNumber, c.Serial = card.PartOn, card.SerialOn
			c.HoursSince, c.CyclesSince, c.DaysSince = 0, 0, 0
			c.Deferred = false
			c.History = append(c.History, ComponentEvent{Day: a.Day, Action: "INSTALLED", TaskID: card.TaskID, Hours: a.Hours, Cycles: a.Cycles})
		case "DEFER":
			c.Deferred = true
			c.History = append(c.History, ComponentEvent{Day: a.Day, Action: "DEFERRED", TaskID: card.TaskID, Hours: a.Hours, Cycles: a.Cycles})
		default:
			c.History = append(c.History, ComponentEvent{Day: a.Day, Action: card.Action + "ED", TaskID: card.TaskID, Hours: a.Hours, Cycles: a.Cycles})
		}
		if len(c.History) > 5 {
			c.History = append(c.History[:0], c.History[len(c.History)-5:]...)
		}
		c.LastTaskCard = card.TaskID
		applied++
	}
	return applied, findings
}

// seasonalFactor models the summer peak in utilisation.
func seasonalFactor(day int) float64 {
	return 1 + 0.25*math.Sin(2*math.Pi*float64(day%365)/365)
}

// ForecastDue projects each life limit forward with the aircraft's
// utilisation and returns the items expiring within the horizon.
func ForecastDue(f *Fleet, a *Aircraft, horizon int) []DueItem {
	var due []DueItem
	for i := range a.Components {
		c := &a.Components[i]
		for _, l := range c.Limits {
			limit := l.Value
			if v, ok := f.Override(a.Type + "/" + c.PartNumber + "/" + l.Kind); ok && v < limit {
				limit = v
			}
			var used, perDay float64
			switch l.Kind {
			case "FH":
				used, perDay = c.HoursSince, a.DailyHours
			case "FC":
				used, perDay = float64(c.CyclesSince), a.DailyCycles
			default:
				used, perDay = float64(c.DaysSince), 1
			}
			remaining := limit - used
			dueIn := -1
			acc := 0.0
			for d := 0; d <= horizon; d++ {
				if acc >= remaining {
					dueIn = d
					break
				}
				if l.Kind == "CAL" {
					acc++
					continue
				}
				if plan, ok := f.Planned(fmt.Sprintf("%s|%d", a.Tail, a.Day+d)); ok {
					if l.Kind == "FH" {
						acc += plan.Hours
					} else {
						acc += plan.Cycles
					}
				} else {
					acc += perDay * seasonalFactor(a.Day+d)
				}
			}
			if dueIn >= 0 {
				due = append(due, DueItem{
					Position: c.Position, ATA: c.ATA, PartNumber: c.PartNumber, Serial: c.Serial,
					Kind: l.Kind, Remaining: math.Round(remaining*10) / 10, DueInDays: dueIn, Deferred: c.Deferred,
				})
			}
		}
	}
	sort.Slice(due, func(i, j int) bool {
		if due[i].DueInDays != due[j].DueInDays {
			return due[i].DueInDays < due[j].DueInDays
		}
		return due[i].Position < due[j].Position
	})
	return due
}
