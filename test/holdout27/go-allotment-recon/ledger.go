package main

import (
	"fmt"
	"math"
)

// NightAllocation is the state of one contract room category for one night.
type NightAllocation struct {
	Contract   *Contract
	Day        int
	Held       int
	Released   int
	HotelAvail int
	Sold       int
	LastRate   float64
	Revenue    float64
	Bookings   int
}

type Ledger struct {
	contracts []Contract
	nights    map[string]*NightAllocation
	order     []*NightAllocation
}

func NewLedger(contracts []Contract) *Ledger {
	l := &Ledger{contracts: contracts, nights: make(map[string]*NightAllocation)}
	for i := range contracts {
		c := &contracts[i]
		for d := c.FromDay; d <= c.ToDay; d++ {
			n := &NightAllocation{Contract: c, Day: d, Held: c.Rooms, HotelAvail: -1}
			l.nights[stayKey(c.HotelCode, d, c.RoomType, c.View)] = n
			l.order = append(l.order, n)
		}
	}
	return l
}

func stayKey(hotel string, day int, roomType, view string) string {
	return fmt.Sprintf("%s|%03d|%s-%s", hotel, day, roomType, view)
}

// findContract returns the allotment contract that covers the given hotel,
// room category and night.
func (l *Ledger) findContract(hotel, roomType, view string, day int) *Contract {
	for i := range l.contracts {
		c := &l.contracts[i]
		if c.HotelCode == hotel && c.RoomType == roomType && c.View == view &&
			day >= c.FromDay && day <= c.ToDay {
			return c
		}
	}
	return nil
}

// ApplyReleases records what each hotel says it still holds for us.
func (l *Ledger) ApplyReleases(updates []ReleaseUpdate) {
	for _, u := range updates {
		n, ok := l.nights[stayKey(u.HotelCode, u.Day, u.RoomType, u.View)]
		if !ok {
			continue
		}
		n.HotelAvail = u.Available
		n.Released += u.Released
		n.LastRate = u.Rate
	}
}

// ConsumeBookings books each sale night-by-night against its contract.
// It returns how many bookings could not be matched to a contract.
func (l *Ledger) ConsumeBookings(sales []Booking) int {
	unmatched := 0
	for _, b := range sales {
		rt, view, ok := normaliseRoomCode(b.RoomCode)
		if !ok {
			unmatched++
			continue
		}
		c := l.findContract(b.HotelCode, rt, view, b.Arrival)
		if c == nil {
			unmatched++
			continue
		}
		perNight := b.Gross / float64(b.Nights)
		for d := b.Arrival; d < b.Arrival+b.Nights; d++ {
			if d > c.ToDay {
				// stay crosses the season split: continue on the next contract
				c = l.findContract(b.HotelCode, rt, view, d)
				if c == nil {
					break
				}
			}
			n := l.nights[stayKey(b.HotelCode, d, rt, view)]
			if n == nil {
				continue
			}
			n.Sold += b.Rooms
			n.Bookings++
			n.Revenue += perNight - c.NetRate*float64(b.Rooms)
		}
	}
	return unmatched
}

// Snapshot captures rooms sold per night so the next run can report pickup.
func (l *Ledger) Snapshot() map[string]int {
	snap := make(map[string]int, len(l.order))
	for _, n := range l.order {
		c := n.Contract
		snap[stayKey(c.HotelCode, n.Day, c.RoomType, c.View)] = n.Sold
	}
	return snap
}

// Exposure is the money at risk for a night: rooms sold beyond what the
// hotel still confirms, valued at the contract rate.
func (n *NightAllocation) Exposure() float64 {
	confirmed := n.Held - n.Released
	if n.HotelAvail >= 0 && n.HotelAvail+n.Sold < confirmed {
		confirmed = n.HotelAvail + n.Sold
	}
	over := n.Sold - confirmed
	if over <= 0 {
		return 0
	}
	rate := n.Contract.NetRate
	if n.LastRate > 0 {
		rate = math.Max(rate, n.LastRate)
	}
	return float64(over) * rate
}
