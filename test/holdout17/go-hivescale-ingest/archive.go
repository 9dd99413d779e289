package main

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"math"
	"time"
)

// blockHeader precedes every compressed hive-day in the cold archive.
type blockHeader struct {
	HiveID  string
	Day     int
	Samples int
	CRC     uint32
	RawLen  int
	ZipLen  int
}

type openBlock struct {
	day     int
	samples int
	prevTS  int64
	prev    [6]int64
	raw     []byte
}

// Archive stores the accepted readings per hive-day, delta and varint
// encoded and deflated, the way the cold store on the co-op's NAS expects.
type Archive struct {
	season  time.Time
	open    map[string]*openBlock
	headers []blockHeader
	out     bytes.Buffer
	zw      *flate.Writer
	rawSize int
}

func NewArchive(season time.Time) *Archive {
	a := &Archive{season: season, open: make(map[string]*openBlock)}
	zw, err := flate.NewWriter(&a.out, flate.BestCompression)
	if err != nil {
		panic(err)
	}
	a.zw = zw
	return a
}

func quantize(v, scale float64) int64 { return int64(math.Round(v * scale)) }

func zigzag(v int64) uint64 { return uint64((v << 1) ^ (v >> 63)) }

func (a *Archive) Append(h *Hive, r *Reading) {
	day := int(r.At.Sub(a.season) / (24 * time.Hour))
	b := a.open[h.ID]
	if b != nil && b.day != day {
		a.seal(h.ID, b)
		b.day, b.samples, b.prevTS, b.prev, b.raw = day, 0, 0, [6]int64{}, b.raw[:0]
	}
	if b == nil {
		b = &openBlock{day: day, raw: make([]byte, 0, 4096)}
		a.open[h.ID] = b
	}
	ts := r.At.Unix()
	b.raw = binary.AppendUvarint(b.raw, zigzag(ts-b.prevTS))
	b.prevTS = ts
	cur := [6]int64{
		quantize(r.WeightKg, 100), quantize(r.BroodTempC, 100), quantize(r.AmbientC, 100),
		quantize(r.HumidityPct, 100), quantize(r.BatteryV, 1000), int64(r.RSSI),
	}
	for i, v := range cur {
		b.raw = binary.AppendUvarint(b.raw, zigzag(v-b.prev[i]))
	}
	b.prev = cur
	for _, db := range r.Acoustic {
		b.raw = binary.AppendUvarint(b.raw, uint64(quantize(db, 10)))
	}
	b.samples++
}

func (a *Archive) seal(id string, b *openBlock) {
	before := a.out.Len()
	a.zw.Reset(&a.out)
	if _, err := a.zw.Write(b.raw); err != nil {
		panic(err)
	}
	if err := a.zw.Close(); err != nil {
		panic(err)
	}
	a.rawSize += len(b.raw)
	a.headers = append(a.headers, blockHeader{
		HiveID: id, Day: b.day, Samples: b.samples,
		CRC: crc32.ChecksumIEEE(b.raw), RawLen: len(b.raw), ZipLen: a.out.Len() - before,
	})
}

// Close seals all blocks still open.
func (a *Archive) Close() {
	for id, b := range a.open {
		if b.samples > 0 {
			a.seal(id, b)
		}
	}
	a.open = map[string]*openBlock{}
}
