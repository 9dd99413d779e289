package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
)

// WriteCycleLog writes the cycle records of a shift as CSV.
func WriteCycleLog(path string, res ShiftResult) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 64<<10)
	w.WriteString("truck,shovel,start_s,queue_face_s,loading_s,haul_s,queue_dump_s,dumping_s,return_s,payload_t,fuel_l,haul_m,material\n")
	buf := make([]byte, 0, 160)
	for _, c := range res.Cycles {
		buf = buf[:0]
		buf = strconv.AppendInt(buf, int64(c.Truck), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(c.Shovel), 10)
		for _, v := range [...]float64{c.Start, c.QueueAtFace, c.Loading, c.Haul, c.QueueAtDump, c.Dumping, c.Return, c.Payload, c.Fuel, c.HaulDistance} {
			buf = append(buf, ',')
			buf = strconv.AppendFloat(buf, v, 'f', 1, 64)
		}
		if c.Ore {
			buf = append(buf, ",ore\n"...)
		} else {
			buf = append(buf, ",waste\n"...)
		}
		w.Write(buf)
	}
	return w.Flush()
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := p * float64(len(sorted)-1)
	lo := int(math.Floor(i))
	hi := int(math.Ceil(i))
	return sorted[lo] + (sorted[hi]-sorted[lo])*(i-float64(lo))
}

// WriteShiftReport writes the study table and the detail of the chosen
// fleet, and echoes the headline figures to out.
func WriteShiftReport(path string, p *Pit, outcomes []FleetOutcome, best FleetOutcome, detail ShiftResult, out io.Writer) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "FLEET SIZING STUDY\n%-7s %12s %12s %10s %9s %10s\n", "trucks", "mean t", "P10 t", "queue h", "idle %", "$/t")
	for _, o := range outcomes {
		fmt.Fprintf(w, "%-7d %12.0f %12.0f %10.1f %9.1f %10.3f\n", o.Trucks, o.MeanTonnes, o.P10Tonnes, o.QueueHours, o.ShovelIdlePct, o.CostPerTonne)
	}

	// Payload compliance against the 10/10/20 policy.
	rated := Cat793F().RatedPayload
	var over10, over20 int
	payloads := make([]float64, len(detail.Cycles))
	cycleMin := make([]float64, len(detail.Cycles))
	perShovel := make(map[int][]float64)
	for i, c := range detail.Cycles {
		payloads[i] = c.Payload
		total := c.QueueAtFace + c.Loading + c.Haul + c.QueueAtDump + c.Dumping + c.Return
		cycleMin[i] = total / 60
		perShovel[c.Shovel] = append(perShovel[c.Shovel], c.Payload)
		if c.Payload > rated*1.1 {
			over10++
		}
		if c.Payload > rated*1.2 {
			over20++
		}
	}
	sort.Float64s(payloads)
	sort.Float64s(cycleMin)
	fmt.Fprintf(w, "\nCHOSEN FLEET: %d trucks\n", best.Trucks)
	fmt.Fprintf(w, "cycles %d, tonnes %.0f (ore %.0f), fuel %.0f l\n", len(detail.Cycles), detail.Tonnes, detail.OreTonnes, detail.Fuel)
	fmt.Fprintf(w, "payload P10/P50/P90 %.1f / %.1f / %.1f t; >110%% %d, >120%% %d\n",
		percentile(payloads, 0.1), percentile(payloads, 0.5), percentile(payloads, 0.9), over10, over20)
	fmt.Fprintf(w, "cycle time P50 %.1f min, P90 %.1f min\n", percentile(cycleMin, 0.5), percentile(cycleMin, 0.9))
	shovels := make([]int, 0, len(perShovel))
	for s := range perShovel {
		shovels = append(shovels, s)
	}
	sort.Ints(shovels)
	for _, s := range shovels {
		loads := perShovel[s]
		sum := 0.0
		for _, v := range loads {
			sum += v
		}
		fmt.Fprintf(w, "  %-4s loads %4d  tonnes %8.0f  idle %5.1f %%\n", p.Nodes[p.Shovels[s]].Name, len(loads), sum, detail.ShovelIdle[s]/detail.ShiftSeconds*100)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "chosen fleet %d trucks: %.0f t/shift (P10 %.0f), %.3f $/t, %d cycles logged\n",
		best.Trucks, best.MeanTonnes, best.P10Tonnes, best.CostPerTonne, len(detail.Cycles))
	return nil
}
