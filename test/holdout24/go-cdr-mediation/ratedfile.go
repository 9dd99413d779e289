package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"strconv"
)

// RatedUsageFile is the compressed hand-off file the billing system loads:
// one line per rated record, plus a SHA-256 of the compressed bytes for the
// transfer manifest.
type RatedUsageFile struct {
	path string
	f    *os.File
	hash io.Writer
	sum  interface{ Sum([]byte) []byte }
	gz   *gzip.Writer
	w    *bufio.Writer
	line []byte
	rows int
}

func CreateRatedUsageFile(path string) (*RatedUsageFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	gz, _ := gzip.NewWriterLevel(io.MultiWriter(f, h), gzip.BestCompression)
	return &RatedUsageFile{path: path, f: f, hash: h, sum: h, gz: gz, w: bufio.NewWriterSize(gz, 64*1024)}, nil
}

func (r *RatedUsageFile) Write(subscriber string, rec *UsageRecord, dest NormalisedNumber, c Charge) error {
	b := r.line[:0]
	b = append(b, rec.RecordID...)
	b = append(b, '|')
	b = append(b, subscriber...)
	b = append(b, '|')
	b = append(b, rec.Kind...)
	b = append(b, '|')
	b = append(b, dest.E164...)
	b = append(b, '|')
	b = append(b, dest.Class...)
	b = append(b, '|')
	b = rec.Start.AppendFormat(b, "2006-01-02T15:04:05Z")
	b = append(b, '|')
	b = strconv.AppendInt(b, int64(rec.Seconds), 10)
	b = append(b, '|')
	b = strconv.AppendInt(b, rec.BytesUp+rec.BytesDown, 10)
	b = append(b, '|')
	b = append(b, c.Band...)
	b = append(b, '|')
	b = strconv.AppendInt(b, c.Units, 10)
	b = append(b, '|')
	b = strconv.AppendInt(b, c.MilliPence, 10)
	b = append(b, '|')
	b = strconv.AppendBool(b, c.Peak)
	b = append(b, '|')
	b = append(b, rec.CellID...)
	b = append(b, '\n')
	r.line = b
	r.rows++
	_, err := r.w.Write(b)
	return err
}

// Close flushes the file and returns the hex SHA-256 of its bytes.
func (r *RatedUsageFile) Close() (string, error) {
	if err := r.w.Flush(); err != nil {
		return "", err
	}
	if err := r.gz.Close(); err != nil {
		return "", err
	}
	if err := r.f.Close(); err != nil {
		return "", err
	}
	return hex.EncodeToString(r.sum.Sum(nil)), nil
}
