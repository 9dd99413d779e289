package main

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

type stopSeries struct {
	delays   []int
	arrivals []int
}

// Punctuality accumulates matched calls per line and stop.
type Punctuality struct {
	net    *Network
	series map[*Line][]stopSeries
}

func NewPunctuality(n *Network) *Punctuality {
	p := &Punctuality{net: n, series: make(map[*Line][]stopSeries, len(n.Lines))}
	for _, l := range n.Lines {
		p.series[l] = make([]stopSeries, len(l.Stops))
	}
	return p
}

func (p *Punctuality) Add(c StopCall) {
	s := &p.series[c.Line][c.StopIndex]
	s.delays = append(s.delays, c.Delay)
	s.arrivals = append(s.arrivals, c.Actual)
}

type lineSummary struct {
	code        string
	calls       int
	onTime      float64 // share within -60 s .. +180 s
	p50, p95    int
	worstStop   string
	worstExcess float64
}

// excessWaitSecs computes the excess wait time of a stop: how much longer
// passengers arriving at random wait compared with perfectly even headways.
func excessWaitSecs(arrivals []int, headway int) float64 {
	if len(arrivals) < 3 {
		return 0
	}
	sorted := append([]int(nil), arrivals...)
	sort.Ints(sorted)
	var sum, sumSq float64
	for i := 1; i < len(sorted); i++ {
		h := float64(sorted[i] - sorted[i-1])
		if h <= 0 || h > 4*float64(headway) {
			continue
		}
		sum += h
		sumSq += h * h
	}
	if sum == 0 {
		return 0
	}
	actual := sumSq / (2 * sum)
	return math.Max(0, actual-float64(headway)/2)
}

func percentile(sorted []int, q float64) int {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[int(q*float64(len(sorted)-1))]
}

// Report renders the per-line punctuality table.
func (p *Punctuality) Report() string {
	var rows []lineSummary
	for _, l := range p.net.Lines {
		ls := lineSummary{code: l.Code}
		var all []int
		onTime := 0
		for i, s := range p.series[l] {
			for _, d := range s.delays {
				if d >= -60 && d <= 180 {
					onTime++
				}
			}
			all = append(all, s.delays...)
			if ew := excessWaitSecs(s.arrivals, l.Headway); ew > ls.worstExcess {
				ls.worstExcess, ls.worstStop = ew, l.Stops[i].Name
			}
		}
		sort.Ints(all)
		ls.calls = len(all)
		if ls.calls > 0 {
			ls.onTime = float64(onTime) / float64(ls.calls)
		}
		ls.p50, ls.p95 = percentile(all, 0.5), percentile(all, 0.95)
		rows = append(rows, ls)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].onTime < rows[j].onTime })
	var b strings.Builder
	b.WriteString("line  calls    on-time  p50   p95   worst stop (excess wait)\n")
	for _, r := range rows {
		b.WriteString(padRight(r.code, 6))
		b.WriteString(padRight(strconv.Itoa(r.calls), 9))
		b.WriteString(padRight(strconv.FormatFloat(r.onTime*100, 'f', 1, 64)+"%", 9))
		b.WriteString(padRight(strconv.Itoa(r.p50), 6))
		b.WriteString(padRight(strconv.Itoa(r.p95), 6))
		b.WriteString(r.worstStop)
		b.WriteString(" (")
		b.WriteString(strconv.FormatFloat(r.worstExcess, 'f', 0, 64))
		b.WriteString(" s)\n")
	}
	return b.String()
}

func padRight(s string, w int) string {
	if len(s) >= w {
		return s + " "
	}
	return s + strings.Repeat(" ", w-len(s))
}
