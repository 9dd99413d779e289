package main

import (
	"bufio"
	"hash/crc32"
	"math"
	"os"
	"sort"
	"strconv"
)

// ProviderProfile summarises how a provider bills relative to the fee schedule.
type ProviderProfile struct {
	ProviderID string
	Specialty  string
	Lines      int
	Denied     int
	MeanRatio  float64
	StdRatio   float64
	P90Ratio   float64
	PaidCents  int64
	Outlier    bool
}

// profileProviders computes billing ratios per provider and flags providers
// whose 90th percentile ratio is far above their specialty peers.
func profileProviders(cycles [][]*Claim, fees map[string]int64, providers map[string]Provider) []ProviderProfile {
	ratios := make(map[string][]float64)
	profiles := make(map[string]*ProviderProfile)
	for _, cs := range cycles {
		for _, c := range cs {
			for _, l := range c.Lines {
				p := profiles[l.ProviderID]
				if p == nil {
					p = &ProviderProfile{ProviderID: l.ProviderID, Specialty: providers[l.ProviderID].Specialty}
					profiles[l.ProviderID] = p
				}
				p.Lines++
				if l.Status == StatusDenied {
					p.Denied++
				}
				p.PaidCents += l.PaidCents
				fee := fees[l.ProcedureCode] * int64(l.Units)
				if fee > 0 {
					ratios[l.ProviderID] = append(ratios[l.ProviderID], float64(l.BilledCents)/float64(fee))
				}
			}
		}
	}
	out := make([]ProviderProfile, 0, len(profiles))
	peer := make(map[string][]float64)
	for id, p := range profiles {
		rs := ratios[id]
		if len(rs) == 0 {
			out = append(out, *p)
			continue
		}
		sort.Float64s(rs)
		var sum, sq float64
		for _, r := range rs {
			sum += r
		}
		p.MeanRatio = sum / float64(len(rs))
		for _, r := range rs {
			d := r - p.MeanRatio
			sq += d * d
		}
		p.StdRatio = math.Sqrt(sq / float64(len(rs)))
		p.P90Ratio = rs[int(float64(len(rs)-1)*0.9)]
		peer[p.Specialty] = append(peer[p.Specialty], p.P90Ratio)
		out = append(out, *p)
	}
	threshold := make(map[string]float64)
	for spec, xs := range peer {
		sort.Float64s(xs)
		threshold[spec] = xs[int(float64(len(xs)-1)*0.95)]
	}
	for i := range out {
		if t, ok := threshold[out[i].Specialty]; ok && out[i].P90Ratio >= t {
			out[i].Outlier = true
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].PaidCents != out[j].PaidCents {
			return out[i].PaidCents > out[j].PaidCents
		}
		return out[i].ProviderID < out[j].ProviderID
	})
	return out
}

// writeRemittance writes the remittance advice, one row per adjudicated line,
// grouped by provider, and returns its checksum.
func writeRemittance(path string, cycles [][]*Claim) (uint32, int, error) {
	var lines []*ClaimLine
	for _, cs := range cycles {
		for _, c := range cs {
			lines = append(lines, c.Lines...)
		}
	}
	sort.Slice(lines, func(i, j int) bool {
		if lines[i].ProviderID != lines[j].ProviderID {
			return lines[i].ProviderID < lines[j].ProviderID
		}
		if lines[i].ClaimID != lines[j].ClaimID {
			return lines[i].ClaimID < lines[j].ClaimID
		}
		return lines[i].LineNo < lines[j].LineNo
	})
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	crc := crc32.NewIEEE()
	w := bufio.NewWriterSize(f, 1<<16)
	buf := make([]byte, 0, 256)
	for _, l := range lines {
		buf = buf[:0]
		buf = append(buf, l.ProviderID...)
		buf = append(buf, '|')
		buf = append(buf, l.ClaimID...)
		buf = append(buf, '|')
		buf = strconv.AppendInt(buf, int64(l.LineNo), 10)
		buf = append(buf, '|')
		buf = append(buf, l.MemberID...)
		buf = append(buf, '|')
		buf = append(buf, l.ProcedureCode...)
		buf = append(buf, '|')
		buf = appendCents(buf, l.BilledCents)
		buf = append(buf, '|')
		buf = appendCents(buf, l.AllowedCents)
		buf = append(buf, '|')
		buf = appendCents(buf, l.PaidCents)
		buf = append(buf, '|')
		buf = appendCents(buf, l.MemberCents)
		buf = append(buf, '|')
		buf = append(buf, l.Status...)
		buf = append(buf, '|')
		buf = append(buf, l.Reason...)
		buf = append(buf, '\n')
		crc.Write(buf)
		if _, err := w.Write(buf); err != nil {
			return 0, 0, err
		}
	}
	return crc.Sum32(), len(lines), w.Flush()
}

func appendCents(buf []byte, cents int64) []byte {
	if cents < 0 {
		buf = append(buf, '-')
		cents = -cents
	}
	buf = strconv.AppendInt(buf, cents/100, 10)
	buf = append(buf, '.')
	c := cents % 100
	if c < 10 {
		buf = append(buf, '0')
	}
	return strconv.AppendInt(buf, c, 10)
}
