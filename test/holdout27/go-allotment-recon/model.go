package main

import "time"

// Season is the contracted period, indexed by day offset from its first night.
type Season struct {
	Start time.Time
	Days  int
}

func NewSeason(year int, month time.Month, day, days int) Season {
	return Season{Start: time.Date(year, month, day, 0, 0, 0, 0, time.UTC), Days: days}
}

func (s Season) DayIndex(t time.Time) int {
	return int(t.Sub(s.Start).Hours() / 24)
}

func (s Season) Date(idx int) time.Time {
	return s.Start.AddDate(0, 0, idx)
}

type Hotel struct {
	Code     string
	Name     string
	Resort   string
	Currency string
}

// Contract is one allotment block: a room category at a hotel for a date
// range, with a release period after which unsold rooms go back to the hotel.
type Contract struct {
	ID          string
	HotelCode   string
	RoomType    string
	View        string
	FromDay     int
	ToDay       int
	Rooms       int
	ReleaseDays int
	NetRate     float64
}

type Portfolio struct {
	Hotels    []Hotel
	Contracts []Contract
}

// ReleaseUpdate is one parsed line of a hotel extranet feed.
type ReleaseUpdate struct {
	HotelCode string
	Day       int
	RoomType  string
	View      string
	Available int
	Released  int
	Rate      float64
	Currency  string
}

// Booking is one line of the sales extract.
type Booking struct {
	Ref       string
	HotelCode string
	RoomCode  string
	Arrival   int
	Nights    int
	Rooms     int
	Channel   string
	Gross     float64
}
