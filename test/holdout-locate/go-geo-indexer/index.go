package main

import (
	"fmt"
	"math"
)

type index struct {
	cell   float64
	counts map[string]int
	byCode map[string][]string
}

func newIndex(cell float64) *index {
	return &index{cell: cell, counts: map[string]int{}, byCode: map[string][]string{}}
}

func (ix *index) key(p place, zoom int) string {
	size := ix.cell * float64(zoom)
	return fmt.Sprintf("cell:z%d:%d:%d:%s", zoom, int(math.Floor(p.lat/size)), int(math.Floor(p.lon/size)), p.name[:1])
}

func (ix *index) add(p place) {
	code := normalisePostcode(p.postcode)
	if code == "" {
		return
	}
	for zoom := 1; zoom <= 8; zoom *= 2 {
		ix.counts[ix.key(p, zoom)]++
	}
	district := code[:len(code)-4]
	if len(ix.byCode[district]) < 8 {
		ix.byCode[district] = append(ix.byCode[district], p.name)
	}
}

func (ix *index) size() int { return len(ix.counts) }
