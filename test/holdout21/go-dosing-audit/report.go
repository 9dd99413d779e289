package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

// HourStats aggregates one zone's activity within one hour of the day.
type HourStats struct {
	Zone     string
	Hour     int
	Samples  int
	SumEC    float64
	SumPH    float64
	MaxTemp  float64
	StockAml float64
	StockBml float64
	AcidMl   float64
	BaseMl   float64
	Alarms   int
}

// Audit replays readings through per-zone controllers and keeps hourly buckets.
type Audit struct {
	house       *House
	controllers map[string]*Controller
	buckets     map[string]*HourStats
	seen        map[string]struct{}
	Readings    int
	Duplicates  int
	Rejected    int
	Unknown     int
}

type AuditSummary struct {
	Alarms                     int
	StockA, StockB, Acid, Base float64
	Buckets                    int
}

func NewAudit(h *House) *Audit {
	return &Audit{
		house:       h,
		controllers: make(map[string]*Controller),
		buckets:     make(map[string]*HourStats),
		seen:        make(map[string]struct{}),
	}
}

// Apply routes a reading to its zone's controller and records the outcome.
func (a *Audit) Apply(r Reading) {
	a.Readings++
	fingerprint := fmt.Sprintf("%s|%d|%.2f|%.2f|%.1f|%.2f|%t", r.Zone, r.Unix, r.EC, r.PH, r.TempC, r.Flow, r.Pump)
	if _, dup := a.seen[fingerprint]; dup {
		a.Duplicates++
		return
	}
	a.seen[fingerprint] = struct{}{}

	z := findZone(a.house.Zones, r.Zone)
	if z == nil {
		a.Unknown++
		return
	}
	c := a.controllers[z.ID]
	if c == nil {
		c = NewController(z)
		a.controllers[z.ID] = c
	}
	sa, sb, acid, base, alarm := c.Dose(r)

	hour := int((r.Unix % 86400) / 3600)
	key := z.ID + "@" + pad2(hour)
	b := a.buckets[key]
	if b == nil {
		b = &HourStats{Zone: z.ID, Hour: hour}
		a.buckets[key] = b
	}
	b.Samples++
	b.SumEC += r.EC
	b.SumPH += r.PH
	if r.TempC > b.MaxTemp {
		b.MaxTemp = r.TempC
	}
	b.StockAml += sa
	b.StockBml += sb
	b.AcidMl += acid
	b.BaseMl += base
	if alarm {
		b.Alarms++
	}
}

func (a *Audit) Summary() AuditSummary {
	var s AuditSummary
	for _, c := range a.controllers {
		s.Alarms += c.Alarms
		s.StockA += c.StockAml
		s.StockB += c.StockBml
		s.Acid += c.AcidMl
		s.Base += c.BaseMl
	}
	s.Buckets = len(a.buckets)
	return s
}

// WriteReport writes the hourly buckets as CSV, ordered by zone then hour.
func (a *Audit) WriteReport(path string) error {
	rows := make([]*HourStats, 0, len(a.buckets))
	for _, b := range a.buckets {
		rows = append(rows, b)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Zone != rows[j].Zone {
			return rows[i].Zone < rows[j].Zone
		}
		return rows[i].Hour < rows[j].Hour
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	w.WriteString("zone,hour,samples,mean_ec,mean_ph,max_temp,stock_a_ml,stock_b_ml,acid_ml,base_ml,alarms\n")
	line := make([]byte, 0, 160)
	for _, b := range rows {
		n := float64(b.Samples)
		line = line[:0]
		line = append(line, b.Zone...)
		line = append(line, ',')
		line = strconv.AppendInt(line, int64(b.Hour), 10)
		line = append(line, ',')
		line = strconv.AppendInt(line, int64(b.Samples), 10)
		for _, v := range []float64{b.SumEC / n, b.SumPH / n, b.MaxTemp, b.StockAml, b.StockBml, b.AcidMl, b.BaseMl} {
			line = append(line, ',')
			line = strconv.AppendFloat(line, v, 'f', 3, 64)
		}
		line = append(line, ',')
		line = strconv.AppendInt(line, int64(b.Alarms), 10)
		line = append(line, '\n')
		w.Write(line)
	}
	return w.Flush()
}
