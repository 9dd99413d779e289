package main

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
)

type ReportLine struct {
	ContractID string
	Day        int
	Held       int
	Sold       int
	HotelAvail int
	Exposure   float64
	StopSell   bool
	Margin     float64
	Pickup     int
}

type Report struct {
	Lines     []ReportLine
	ByHotel   map[string]float64
	PickupPct map[string]float64
	season    Season
}

type RunSummary struct {
	Overbooked        int
	StopSell          int
	RejectedLines     int
	UnmatchedBookings int
	Exposure          float64
	Digest            string
}

func (s *RunSummary) Add(o RunSummary) {
	s.Overbooked += o.Overbooked
	s.StopSell += o.StopSell
	s.RejectedLines += o.RejectedLines
	s.UnmatchedBookings += o.UnmatchedBookings
	s.Exposure += o.Exposure
}

func BuildReport(l *Ledger, season Season, previous map[string]int) *Report {
	r := &Report{ByHotel: map[string]float64{}, PickupPct: map[string]float64{}, season: season}
	sold := map[string]int{}
	held := map[string]int{}
	for _, n := range l.order {
		c := n.Contract
		exp := n.Exposure()
		remaining := n.Held - n.Released - n.Sold
		stop := remaining <= 1 || (n.HotelAvail >= 0 && n.HotelAvail <= 1)
		sold[c.ID] += n.Sold
		held[c.ID] += n.Held
		pickup := n.Sold
		if previous != nil {
			pickup -= previous[stayKey(c.HotelCode, n.Day, c.RoomType, c.View)]
		}
		if exp == 0 && !stop && pickup < 4 && n.Day%7 != 0 {
			continue
		}
		r.Lines = append(r.Lines, ReportLine{
			ContractID: c.ID, Day: n.Day, Held: n.Held, Sold: n.Sold,
			HotelAvail: n.HotelAvail, Exposure: exp, StopSell: stop, Margin: n.Revenue, Pickup: pickup,
		})
		r.ByHotel[c.HotelCode] += exp
	}
	for id, h := range held {
		if h > 0 {
			r.PickupPct[id] = 100 * float64(sold[id]) / float64(h)
		}
	}
	sort.Slice(r.Lines, func(i, j int) bool {
		a, b := r.Lines[i], r.Lines[j]
		if a.Exposure != b.Exposure {
			return a.Exposure > b.Exposure
		}
		if a.ContractID != b.ContractID {
			return a.ContractID < b.ContractID
		}
		return a.Day < b.Day
	})
	return r
}

func (r *Report) Summarise() RunSummary {
	var s RunSummary
	var sb strings.Builder
	h := sha256.New()
	for _, ln := range r.Lines {
		if ln.Exposure > 0 {
			s.Overbooked++
			s.Exposure += ln.Exposure
		}
		if ln.StopSell {
			s.StopSell++
		}
		sb.Reset()
		sb.WriteString(ln.ContractID)
		sb.WriteByte(',')
		sb.WriteString(r.season.Date(ln.Day).Format("2006-01-02"))
		sb.WriteByte(',')
		sb.WriteString(strconv.Itoa(ln.Held))
		sb.WriteByte(',')
		sb.WriteString(strconv.Itoa(ln.Sold))
		sb.WriteByte(',')
		sb.WriteString(strconv.FormatFloat(ln.Exposure, 'f', 2, 64))
		sb.WriteByte(',')
		sb.WriteString(strconv.FormatFloat(ln.Margin, 'f', 2, 64))
		sb.WriteByte(',')
		sb.WriteString(strconv.Itoa(ln.Pickup))
		sb.WriteByte('\n')
		h.Write([]byte(sb.String()))
	}
	s.Digest = hex.EncodeToString(h.Sum(nil))
	return s
}
