package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"math"
	"sort"
)

// batchArchiver writes each accepted batch as a delta-encoded block,
// gzip-compressed, the way the cold-storage uploader expects it.
type batchArchiver struct {
	buf, zbuf          bytes.Buffer
	zw                 *gzip.Writer
	rawBytes, outBytes int
	checksum           uint32
}

func newBatchArchiver() *batchArchiver {
	a := &batchArchiver{}
	a.zw, _ = gzip.NewWriterLevel(&a.zbuf, gzip.DefaultCompression)
	return a
}

// writeBlock sorts the batch in place (callers are done with it) by series and time.
func (a *batchArchiver) writeBlock(readings []Reading) {
	sort.Slice(readings, func(i, j int) bool {
		ri, rj := &readings[i], &readings[j]
		if ri.Vehicle != rj.Vehicle {
			return ri.Vehicle < rj.Vehicle
		}
		if ri.SensorID != rj.SensorID {
			return ri.SensorID < rj.SensorID
		}
		return ri.TS < rj.TS
	})
	a.buf.Reset()
	var tmp [binary.MaxVarintLen64]byte
	var prevTS int64
	for i := range readings {
		r := &readings[i]
		a.buf.WriteString(r.Vehicle + "\x00" + r.SensorID + "\x00")
		a.buf.Write(tmp[:binary.PutVarint(tmp[:], r.TS-prevTS)])
		a.buf.Write(tmp[:binary.PutUvarint(tmp[:], math.Float64bits(r.Value))])
		prevTS = r.TS
	}
	a.rawBytes += a.buf.Len()
	a.zbuf.Reset()
	a.zw.Reset(&a.zbuf)
	a.zw.Write(a.buf.Bytes())
	a.zw.Close()
	a.outBytes += a.zbuf.Len()
	a.checksum = crc32.Update(a.checksum, crc32.IEEETable, a.zbuf.Bytes())
}
