package main

import "time"

const transferWindow = 60 * time.Minute

type Leg struct {
	From, To int
	Mode     Mode
	Operator int
	Km       float64
}

type Journey struct {
	Card       string
	Start      time.Time
	Legs       []Leg
	MinZone    int
	MaxZone    int
	Incomplete bool
	HasRail    bool
}

// BuildJourneys folds a card's taps into journeys: a rail tap-on is closed by
// the next tap-off; bus and tram taps within the transfer window of the
// journey start are chained into the same journey.
func BuildJourneys(taps []Tap, net *Network) ([]Journey, int) {
	out := make([]Journey, 0, len(taps)/2+16)
	incomplete := 0
	i := 0
	for i < len(taps) {
		card := taps[i].Card
		var cur *Journey
		for ; i < len(taps) && taps[i].Card == card; i++ {
			t := taps[i]
			stop := &net.Stops[t.Stop]
			if t.Off {
				if cur != nil && len(cur.Legs) > 0 {
					last := &cur.Legs[len(cur.Legs)-1]
					if last.Mode == Rail && last.To < 0 {
						last.To = t.Stop
						last.Km = net.Distance(last.From, t.Stop)
						cur.extendZones(stop.Zone)
						continue
					}
				}
				continue
			}
			if cur == nil || t.At.Sub(cur.Start) > transferWindow || cur.openRail() {
				if cur != nil {
					if cur.finish() {
						incomplete++
					}
					out = append(out, *cur)
				}
				cur = &Journey{Card: card, Start: t.At, MinZone: stop.Zone, MaxZone: stop.Zone}
			}
			leg := Leg{From: t.Stop, To: -1, Mode: stop.Mode, Operator: stop.Operator}
			if stop.Mode != Rail {
				leg.To = t.Stop
				leg.Km = 2.5
			} else {
				cur.HasRail = true
			}
			cur.Legs = append(cur.Legs, leg)
			cur.extendZones(stop.Zone)
		}
		if cur != nil {
			if cur.finish() {
				incomplete++
			}
			out = append(out, *cur)
		}
	}
	return out, incomplete
}

func (j *Journey) extendZones(z int) {
	if z < j.MinZone {
		j.MinZone = z
	}
	if z > j.MaxZone {
		j.MaxZone = z
	}
}

func (j *Journey) openRail() bool {
	if len(j.Legs) == 0 {
		return false
	}
	l := j.Legs[len(j.Legs)-1]
	return l.Mode == Rail && l.To < 0
}

// finish marks a journey with an unclosed rail leg as incomplete; it is then
// charged the maximum fare from its origin zone.
func (j *Journey) finish() bool {
	for k := range j.Legs {
		if j.Legs[k].To < 0 {
			j.Incomplete = true
			j.Legs[k].To = j.Legs[k].From
			j.Legs[k].Km = 12
		}
	}
	return j.Incomplete
}
