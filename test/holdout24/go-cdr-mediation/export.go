package main

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"time"
)

// UsageRecord is one parsed CDR row.
type UsageRecord struct {
	RecordID  string
	SwitchID  string
	Kind      string
	Calling   string
	Called    string
	Start     time.Time
	Seconds   int
	BytesUp   int64
	BytesDown int64
	CellID    string
	Cause     int
}

// ExportBatch is the content of one switch export file.
type ExportBatch struct {
	Path    string
	Header  string
	Records []UsageRecord
	Bad     int
}

var errShortRow = errors.New("cdr row has too few fields")

func ReadExport(path string) (*ExportBatch, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := &ExportBatch{Path: path}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			b.Header = line
			continue
		}
		rec, err := parseRow(line)
		if err != nil {
			b.Bad++
			continue
		}
		b.Records = append(b.Records, rec)
	}
	return b, sc.Err()
}

func parseRow(line string) (UsageRecord, error) {
	var fields [11]string
	n := 0
	for n < 10 {
		i := strings.IndexByte(line, ';')
		if i < 0 {
			break
		}
		fields[n] = line[:i]
		line = line[i+1:]
		n++
	}
	fields[n] = line
	if n != 10 {
		return UsageRecord{}, errShortRow
	}
	start, err := time.Parse("20060102150405", fields[5])
	if err != nil {
		return UsageRecord{}, err
	}
	secs, err := strconv.Atoi(fields[6])
	if err != nil {
		return UsageRecord{}, err
	}
	up, err := strconv.ParseInt(fields[7], 10, 64)
	if err != nil {
		return UsageRecord{}, err
	}
	down, err := strconv.ParseInt(fields[8], 10, 64)
	if err != nil {
		return UsageRecord{}, err
	}
	cause, err := strconv.Atoi(fields[10])
	if err != nil {
		return UsageRecord{}, err
	}
	return UsageRecord{
		RecordID: fields[0], SwitchID: fields[1], Kind: fields[2], Calling: fields[3],
		Called: fields[4], Start: start, Seconds: secs, BytesUp: up, BytesDown: down,
		CellID: fields[9], Cause: cause,
	}, nil
}
