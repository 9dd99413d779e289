package main

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
)

type Summary struct {
	Label        string
	Queries      int
	Unreachable  int
	P50, P90     int32
	P99          int32
	MeanTransfer float64
	MeanWalk     float64
	ByTransfers  [5]int
	Digest       string
}

func Summarise(label string, out []Outcome) Summary {
	s := Summary{Label: label, Queries: len(out)}
	mins := make([]int32, 0, len(out))
	var transfers, walk float64
	h := sha256.New()
	var buf [16]byte
	for _, o := range out {
		binary.LittleEndian.PutUint32(buf[0:], uint32(o.Query))
		binary.LittleEndian.PutUint32(buf[4:], uint32(o.Minutes))
		binary.LittleEndian.PutUint32(buf[8:], uint32(o.WalkSecs))
		binary.LittleEndian.PutUint32(buf[12:], uint32(o.Transfers))
		h.Write(buf[:])
		if !o.Reachable {
			s.Unreachable++
			continue
		}
		mins = append(mins, o.Minutes)
		transfers += float64(o.Transfers)
		walk += float64(o.WalkSecs)
		k := int(o.Transfers)
		if k >= len(s.ByTransfers) {
			k = len(s.ByTransfers) - 1
		}
		s.ByTransfers[k]++
	}
	sort.Slice(mins, func(i, j int) bool { return mins[i] < mins[j] })
	if len(mins) > 0 {
		s.P50 = mins[len(mins)/2]
		s.P90 = mins[len(mins)*9/10]
		s.P99 = mins[len(mins)*99/100]
		s.MeanTransfer = transfers / float64(len(mins))
		s.MeanWalk = walk / float64(len(mins))
	}
	s.Digest = fmt.Sprintf("%x", h.Sum(nil)[:8])
	return s
}

func (s Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "[%s] queries=%d unreachable=%d travel p50=%dmin p90=%dmin p99=%dmin transfers=%.2f walk=%.0fs digest=%s\n",
		s.Label, s.Queries, s.Unreachable, s.P50, s.P90, s.P99, s.MeanTransfer, s.MeanWalk, s.Digest)
	fmt.Fprintf(w, "    by transfers: 0:%d 1:%d 2:%d 3:%d 4+:%d\n", s.ByTransfers[0], s.ByTransfers[1], s.ByTransfers[2], s.ByTransfers[3], s.ByTransfers[4])
}

func PrintLoads(w io.Writer, n *Network, t *LoadTally) {
	type kv struct {
		id int
		v  int32
	}
	stops := make([]kv, len(t.Boardings))
	for i, v := range t.Boardings {
		stops[i] = kv{i, v}
	}
	sort.Slice(stops, func(i, j int) bool {
		if stops[i].v != stops[j].v {
			return stops[i].v > stops[j].v
		}
		return stops[i].id < stops[j].id
	})
	fmt.Fprintln(w, "busiest boarding stops:")
	for _, s := range stops[:8] {
		fmt.Fprintf(w, "  %-18s %7d\n", n.Stops[s.id].Name, s.v)
	}
	lines := make([]kv, len(t.LineRiders))
	for i, v := range t.LineRiders {
		lines[i] = kv{i, v}
	}
	sort.Slice(lines, func(i, j int) bool {
		if lines[i].v != lines[j].v {
			return lines[i].v > lines[j].v
		}
		return lines[i].id < lines[j].id
	})
	fmt.Fprintln(w, "line ridership:")
	for _, l := range lines[:6] {
		fmt.Fprintf(w, "  %-4s %7d\n", n.Lines[l.id].Name, l.v)
	}
	type seg struct {
		k [2]int32
		v int32
	}
	segs := make([]seg, 0, len(t.Segments))
	for k, v := range t.Segments {
		segs = append(segs, seg{k, v})
	}
	sort.Slice(segs, func(i, j int) bool {
		if segs[i].v != segs[j].v {
			return segs[i].v > segs[j].v
		}
		if segs[i].k[0] != segs[j].k[0] {
			return segs[i].k[0] < segs[j].k[0]
		}
		return segs[i].k[1] < segs[j].k[1]
	})
	fmt.Fprintf(w, "distinct ridden segments: %d, heaviest:\n", len(segs))
	for _, s := range segs[:5] {
		fmt.Fprintf(w, "  %s -> %s  %d\n", n.Stops[s.k[0]].Name, n.Stops[s.k[1]].Name, s.v)
	}
}

// PrintImpact lists the trips that lose most time under the disruption.
func PrintImpact(w io.Writer, n *Network, qs []Query, base, alt []Outcome) {
	type delta struct {
		q     int
		extra int32
	}
	var ds []delta
	lost := 0
	total := int64(0)
	for i := range base {
		if !base[i].Reachable {
			continue
		}
		if !alt[i].Reachable {
			lost++
			continue
		}
		d := alt[i].Minutes - base[i].Minutes
		total += int64(d)
		if d > 0 {
			ds = append(ds, delta{i, d})
		}
	}
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].extra != ds[j].extra {
			return ds[i].extra > ds[j].extra
		}
		return ds[i].q < ds[j].q
	})
	fmt.Fprintf(w, "disruption: %d journeys slower, %d no longer possible, %d passenger-minutes added\n", len(ds), lost, total)
	for _, d := range ds[:min(6, len(ds))] {
		q := qs[d.q]
		fmt.Fprintf(w, "  %-18s -> %-18s at %02d:%02d  +%d min\n", n.Stops[q.Origin].Name, n.Stops[q.Dest].Name, q.Depart/3600, q.Depart%3600/60, d.extra)
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
