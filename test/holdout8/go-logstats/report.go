package main

import (
	"bufio"
	"container/heap"
	"io"
	"sort"
	"strconv"
)

type clientRank struct {
	ip    uint32
	stats *ClientStats
}

type clientHeap []clientRank

func (h clientHeap) Len() int            { return len(h) }
func (h clientHeap) Less(i, j int) bool  { return h[i].stats.Requests < h[j].stats.Requests }
func (h clientHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *clientHeap) Push(x interface{}) { *h = append(*h, x.(clientRank)) }
func (h *clientHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// topClients returns the k busiest clients, busiest first.
func topClients(clients map[uint32]*ClientStats, k int) []clientRank {
	h := make(clientHeap, 0, k+1)
	for ip, cs := range clients {
		if len(h) < k {
			heap.Push(&h, clientRank{ip, cs})
		} else if cs.Requests > h[0].stats.Requests {
			h[0] = clientRank{ip, cs}
			heap.Fix(&h, 0)
		}
	}
	sort.Slice(h, func(i, j int) bool { return h[i].stats.Requests > h[j].stats.Requests })
	return h
}

func appendIP(b []byte, ip uint32) []byte {
	b = strconv.AppendUint(b, uint64(ip>>24), 10)
	b = append(b, '.')
	b = strconv.AppendUint(b, uint64(ip>>16&0xff), 10)
	b = append(b, '.')
	b = strconv.AppendUint(b, uint64(ip>>8&0xff), 10)
	b = append(b, '.')
	return strconv.AppendUint(b, uint64(ip&0xff), 10)
}

// WriteReport writes a plain-text traffic report.
func WriteReport(out io.Writer, agg *Aggregate, topK int) error {
	w := bufio.NewWriter(out)
	var line []byte

	keys := make([]string, 0, len(agg.Routes))
	for k := range agg.Routes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return agg.Routes[keys[i]].Requests > agg.Routes[keys[j]].Requests })

	w.WriteString("route\trequests\terror_rate\tbot_share\tp50_ms\tp95_ms\tp99_ms\tpeak_minute\n")
	for _, k := range keys {
		rs := agg.Routes[k]
		minute, peak := rs.PeakMinute()
		line = append(line[:0], k...)
		line = append(line, '\t')
		line = strconv.AppendInt(line, rs.Requests, 10)
		line = append(line, '\t')
		line = strconv.AppendFloat(line, float64(rs.Errors)/float64(rs.Requests), 'f', 4, 64)
		line = append(line, '\t')
		line = strconv.AppendFloat(line, float64(rs.Bots)/float64(rs.Requests), 'f', 3, 64)
		for _, q := range []float64{0.5, 0.95, 0.99} {
			line = append(line, '\t')
			line = strconv.AppendFloat(line, rs.Percentile(q), 'f', 1, 64)
		}
		line = append(line, '\t')
		line = appendPad2(line, int64(minute/60))
		line = append(line, ':')
		line = appendPad2(line, int64(minute%60))
		line = append(line, " ("...)
		line = strconv.AppendInt(line, int64(peak), 10)
		line = append(line, ")\n"...)
		w.Write(line)
	}

	w.WriteString("\nclient\trequests\terrors\tbytes\tactive_s\n")
	for _, c := range topClients(agg.Clients, topK) {
		line = appendIP(line[:0], c.ip)
		line = append(line, '\t')
		line = strconv.AppendInt(line, c.stats.Requests, 10)
		line = append(line, '\t')
		line = strconv.AppendInt(line, c.stats.Errors, 10)
		line = append(line, '\t')
		line = strconv.AppendInt(line, c.stats.Bytes, 10)
		line = append(line, '\t')
		line = strconv.AppendInt(line, int64(c.stats.Last-c.stats.First), 10)
		line = append(line, '\n')
		w.Write(line)
	}
	return w.Flush()
}
