// Command seismopick runs the regional seismic network's automatic event
// pipeline over synthetic waveform windows: band-pass filtering, STA/LTA
// phase picking, event association, grid-search location and a catalogue
// written to a scratch directory.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	events := flag.Int("events", 500, "number of synthetic events to process")
	seed := flag.Int64("seed", 7741, "waveform synthesis seed")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatalf("cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatalf("cpuprofile: %v", err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	if err := run(*events, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "seismopick:", err)
		os.Exit(1)
	}
}

func run(nEvents int, seed int64) error {
	scratch, err := os.MkdirTemp("", "seismopick-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(scratch)

	net, err := loadNetwork(networkInventory)
	if err != nil {
		return err
	}
	synth := newSynthesizer(net, seed)
	filter := newBandpass(1.0, 12.0, sampleRate)
	picker := newPicker(sampleRate, 0.5, 8.0, 3.2)
	grid := newLocationGrid(net, 2.0, 2.0)
	cat := newCatalogue()

	buf := make([]float64, windowSamples)
	cf := make([]float64, windowSamples)
	for ev := 0; ev < nEvents; ev++ {
		truth := synth.nextEvent()
		var picks []phasePick
		for si := range net.stations {
			synth.waveform(truth, si, buf)
			filter.apply(buf)
			if p, ok := picker.pick(buf, cf); ok {
				picks = append(picks, phasePick{station: si, time: p.time, snr: p.snr})
			}
		}
		groups := associate(picks, net, 6)
		for _, g := range groups {
			loc := grid.locate(g)
			cat.add(ev, truth, loc, g)
		}
	}

	path, err := cat.write(scratch)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Printf("processed %d events on %d stations; catalogue %d bytes\n", nEvents, len(net.stations), info.Size())
	cat.summary(os.Stdout)
	return nil
}
