package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

type catalogueEntry struct {
	EventID    string  `json:"eventId"`
	X          float64 `json:"xKm"`
	Y          float64 `json:"yKm"`
	Depth      float64 `json:"depthKm"`
	Origin     float64 `json:"originS"`
	RMS        float64 `json:"rmsS"`
	Picks      int     `json:"picks"`
	Magnitude  float64 `json:"ml"`
	ErrorKm    float64 `json:"errorKm"`
	MeanSNR    float64 `json:"meanSnr"`
	StationIDs []int   `json:"stations"`
}

type catalogue struct {
	entries []catalogueEntry
}

func newCatalogue() *catalogue { return &catalogue{} }

func (c *catalogue) add(ev int, truth hypocentre, loc solution, picks []phasePick) {
	var snr float64
	ids := make([]int, len(picks))
	for i, p := range picks {
		snr += p.snr
		ids[i] = p.station
	}
	c.entries = append(c.entries, catalogueEntry{
		EventID: "qw" + strconv.Itoa(2024000+ev),
		X:       loc.x, Y: loc.y, Depth: loc.z, Origin: loc.origin, RMS: loc.rms,
		Picks:      loc.nPicks,
		Magnitude:  truth.magnitude,
		ErrorKm:    math.Sqrt((loc.x-truth.x)*(loc.x-truth.x) + (loc.y-truth.y)*(loc.y-truth.y) + (loc.z-truth.depth)*(loc.z-truth.depth)),
		MeanSNR:    snr / float64(len(picks)),
		StationIDs: ids,
	})
}

// write stores the catalogue once, as a single JSON document.
func (c *catalogue) write(dir string) (string, error) {
	path := filepath.Join(dir, "catalogue.json")
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(c.entries); err != nil {
		f.Close()
		return "", err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return "", err
	}
	return path, f.Close()
}

func (c *catalogue) summary(w io.Writer) {
	if len(c.entries) == 0 {
		fmt.Fprintln(w, "no events located")
		return
	}
	var errSum, rmsSum float64
	for _, e := range c.entries {
		errSum += e.ErrorKm
		rmsSum += e.RMS
	}
	n := float64(len(c.entries))
	fmt.Fprintf(w, "located %d events, mean epicentral error %.2f km, mean rms %.3f s\n", len(c.entries), errSum/n, rmsSum/n)
}
