package main

import "time"

// FareTable holds fares in pence, indexed by zone band.
type FareTable struct {
	zones     int
	busFlat   int64
	railFare  [][]int64
	dailyCap  [][]int64
	weeklyCap [][]int64
	maxFare   []int64
}

func NewFareTable(net *Network) *FareTable {
	z := net.Zones
	ft := &FareTable{zones: z, busFlat: 175}
	ft.railFare = make([][]int64, z)
	ft.dailyCap = make([][]int64, z)
	ft.weeklyCap = make([][]int64, z)
	ft.maxFare = make([]int64, z)
	for a := 0; a < z; a++ {
		ft.railFare[a] = make([]int64, z)
		ft.dailyCap[a] = make([]int64, z)
		ft.weeklyCap[a] = make([]int64, z)
		for b := 0; b < z; b++ {
			lo, hi := a, b
			if lo > hi {
				lo, hi = hi, lo
			}
			span := int64(hi - lo + 1)
			ft.railFare[a][b] = 190 + 95*span + int64(hi)*20
			ft.dailyCap[a][b] = 560 + 210*span + int64(hi)*40
			ft.weeklyCap[a][b] = ft.dailyCap[a][b] * 5
		}
		ft.maxFare[a] = ft.railFare[a][z-1] + 150
	}
	return ft
}

func (ft *FareTable) clamp(z int) int {
	if z >= ft.zones {
		return ft.zones - 1
	}
	return z
}

func (ft *FareTable) JourneyFare(j *Journey) int64 {
	lo, hi := ft.clamp(j.MinZone), ft.clamp(j.MaxZone)
	if j.Incomplete {
		return ft.maxFare[lo]
	}
	if !j.HasRail {
		return ft.busFlat
	}
	return ft.railFare[lo][hi]
}

type Charge struct {
	Journey int
	Day     int
	Fare    int64
	Charged int64
	Capped  bool
}

type cardWeek struct {
	minZone, maxZone int
	spentWeek        int64
	spentDay         [7]int64
	dayMin, dayMax   [7]int
	seenDay          [7]bool
}

// ApplyCaps walks journeys in card/time order and reduces each fare so that
// no card pays more than its daily cap for the zones it travelled that day,
// nor more than the weekly cap for the week's zone band.
func ApplyCaps(journeys []Journey, ft *FareTable, weekStart time.Time) []Charge {
	charges := make([]Charge, len(journeys))
	var st cardWeek
	prevCard := ""
	for i := range journeys {
		j := &journeys[i]
		if j.Card != prevCard {
			st = cardWeek{minZone: 99, maxZone: -1}
			prevCard = j.Card
		}
		day := int(j.Start.Sub(weekStart) / (24 * time.Hour))
		if day < 0 {
			day = 0
		}
		if day > 6 {
			day = 6
		}
		lo, hi := ft.clamp(j.MinZone), ft.clamp(j.MaxZone)
		if !st.seenDay[day] {
			st.seenDay[day] = true
			st.dayMin[day], st.dayMax[day] = lo, hi
		}
		if lo < st.dayMin[day] {
			st.dayMin[day] = lo
		}
		if hi > st.dayMax[day] {
			st.dayMax[day] = hi
		}
		if lo < st.minZone {
			st.minZone = lo
		}
		if hi > st.maxZone {
			st.maxZone = hi
		}
		fare := ft.JourneyFare(j)
		charged := fare
		capped := false
		if j.Incomplete {
			charges[i] = Charge{Journey: i, Day: day, Fare: fare, Charged: charged}
			st.spentWeek += charged
			st.spentDay[day] += charged
			continue
		}
		dayCap := ft.dailyCap[st.dayMin[day]][st.dayMax[day]]
		if st.spentDay[day]+charged > dayCap {
			charged = dayCap - st.spentDay[day]
			capped = true
		}
		weekCap := ft.weeklyCap[st.minZone][st.maxZone]
		if st.spentWeek+charged > weekCap {
			charged = weekCap - st.spentWeek
			capped = true
		}
		if charged < 0 {
			charged = 0
		}
		st.spentDay[day] += charged
		st.spentWeek += charged
		charges[i] = Charge{Journey: i, Day: day, Fare: fare, Charged: charged, Capped: capped}
	}
	return charges
}
