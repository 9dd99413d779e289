package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ZoneSummary is one row of the season report.
type ZoneSummary struct {
	ZoneID        string
	Block         string
	Crop          string
	Soil          string
	AreaHa        float64
	IrrigationMM  float64
	VolumeM3      float64
	RainMM        float64
	ETcMM         float64
	ETaMM         float64
	DrainageMM    float64
	StressDays    int
	Pulses        int
	WaterUseRatio float64
	ProbeRMSE     float64
	DeepMM        float64
}

// Report is the end-of-season water-use report.
type Report struct {
	Farm        string
	Zones       []ZoneSummary
	Blocks      map[string]float64
	TotalM3     float64
	P50Depth    float64
	P90Depth    float64
	Lines       int
	Rejected    int
	LowBattery  int
	PulseCount  int
	WorstStress []string
}

func BuildReport(farm *Farm, planner *Planner, schedule []Pulse, stats *IngestStats) *Report {
	r := &Report{Farm: farm.Name, Blocks: map[string]float64{}, Lines: stats.Lines, Rejected: stats.Rejected,
		LowBattery: len(stats.LowBattery), PulseCount: len(schedule)}
	pulsesByZone := make(map[string]int, len(farm.Zones))
	depths := make([]float64, 0, len(schedule))
	for _, p := range schedule {
		pulsesByZone[p.ZoneID]++
		depths = append(depths, p.DepthMM)
	}
	sort.Float64s(depths)
	if len(depths) > 0 {
		r.P50Depth = depths[len(depths)/2]
		r.P90Depth = depths[len(depths)*9/10]
	}
	for i, z := range farm.Zones {
		st := planner.States[i]
		s := ZoneSummary{
			ZoneID: z.ID, Block: z.Block, Crop: z.Crop.Name, Soil: z.Soil.Name, AreaHa: z.AreaHa,
			IrrigationMM: st.SeasonIrrigationMM, RainMM: st.SeasonRainMM, ETcMM: st.SeasonETcMM,
			ETaMM: st.SeasonETaMM, DrainageMM: st.SeasonDrainageMM, StressDays: st.StressDays,
			Pulses: pulsesByZone[z.ID], ProbeRMSE: planner.profiles[i].RMSE(),
			DeepMM: planner.profiles[i].DeepPercolationMM(),
		}
		s.VolumeM3 = s.IrrigationMM * z.AreaHa * 10
		if s.ETcMM > 0 {
			s.WaterUseRatio = s.ETaMM / s.ETcMM
		}
		r.Zones = append(r.Zones, s)
		r.Blocks[z.Block] += s.VolumeM3
		r.TotalM3 += s.VolumeM3
	}
	sort.Slice(r.Zones, func(i, j int) bool { return r.Zones[i].VolumeM3 > r.Zones[j].VolumeM3 })
	stressed := append([]ZoneSummary(nil), r.Zones...)
	sort.Slice(stressed, func(i, j int) bool { return stressed[i].StressDays > stressed[j].StressDays })
	for i := 0; i < len(stressed) && i < 5; i++ {
		r.WorstStress = append(r.WorstStress, stressed[i].ZoneID)
	}
	return r
}

func WriteReport(dir string, r *Report, schedule []Pulse) error {
	f, err := os.Create(filepath.Join(dir, "season-report.csv"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString("zone,block,crop,soil,area_ha,irrigation_mm,volume_m3,rain_mm,etc_mm,eta_mm,drainage_mm,stress_days,pulses,probe_rmse,deep_mm\n")
	for _, z := range r.Zones {
		fmt.Fprintf(w, "%s,%s,%s,%s,%.2f,%.1f,%.0f,%.1f,%.1f,%.1f,%.1f,%d,%d,%.4f,%.1f\n", z.ZoneID, z.Block, z.Crop, z.Soil,
			z.AreaHa, z.IrrigationMM, z.VolumeM3, z.RainMM, z.ETcMM, z.ETaMM, z.DrainageMM, z.StressDays, z.Pulses,
			z.ProbeRMSE, z.DeepMM)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}

	sf, err := os.Create(filepath.Join(dir, "valve-schedule.csv"))
	if err != nil {
		return err
	}
	sw := bufio.NewWriterSize(sf, 1<<16)
	buf := make([]byte, 0, 96)
	for _, p := range schedule {
		buf = buf[:0]
		buf = strconv.AppendInt(buf, int64(p.DOY), 10)
		buf = append(buf, ',')
		buf = append(buf, p.Valve...)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(p.StartMinute), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(p.Minutes), 10)
		buf = append(buf, '\n')
		sw.Write(buf)
	}
	if err := sw.Flush(); err != nil {
		sf.Close()
		return err
	}
	return sf.Close()
}

func (r *Report) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d zones, %d pulses, %.0f m3 applied\n", r.Farm, len(r.Zones), r.PulseCount, r.TotalM3)
	fmt.Fprintf(&b, "telemetry: %d lines, %d rejected, %d probes on low battery\n", r.Lines, r.Rejected, r.LowBattery)
	fmt.Fprintf(&b, "pulse depth p50 %.1f mm, p90 %.1f mm\n", r.P50Depth, r.P90Depth)
	blocks := make([]string, 0, len(r.Blocks))
	for b := range r.Blocks {
		blocks = append(blocks, b)
	}
	sort.Strings(blocks)
	for _, name := range blocks {
		fmt.Fprintf(&b, "  %s %8.0f m3\n", name, r.Blocks[name])
	}
	fmt.Fprintf(&b, "most stressed zones: %s\n", strings.Join(r.WorstStress, ", "))
	var rmse float64
	for _, z := range r.Zones {
		rmse += z.ProbeRMSE
	}
	if len(r.Zones) > 0 {
		fmt.Fprintf(&b, "mean probe RMSE %.4f m3/m3\n", rmse/float64(len(r.Zones)))
	}
	return b.String()
}
