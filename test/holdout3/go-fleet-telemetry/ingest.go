package main

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"regexp"
	"strconv"
	"strings"
)

type Reading struct {
	Vehicle  string            `json:"vehicle"`
	SensorID string            `json:"sensor_id"`
	Sensor   string            `json:"sensor"`
	Unit     string            `json:"unit"`
	TS       int64             `json:"ts"`
	Value    float64           `json:"value"`
	Firmware string            `json:"firmware"`
	Labels   map[string]string `json:"labels"`
}

type batchResult struct{ accepted, rejected int }

type ingestor struct {
	cfg       *Config
	store     *seriesStore
	batchNo   int
	lastBatch []Reading
	archive   *batchArchiver
}

func newIngestor(cfg *Config, store *seriesStore) *ingestor {
	return &ingestor{cfg: cfg, store: store, archive: newBatchArchiver()}
}

func (in *ingestor) processBatch(lines []string) batchResult {
	var res batchResult
	readings := make([]Reading, 0, len(lines))
	for _, line := range lines {
		r, ok := in.parseLine(line)
		if !ok {
			res.rejected++
			continue
		}
		readings = append(readings, r)
	}
	in.batchNo++
	if in.cfg.SnapshotEvery > 0 && in.batchNo%in.cfg.SnapshotEvery == 0 {
		in.lastBatch = snapshotReadings(readings)
	}
	seen := make(map[string]struct{}, len(readings))
	for i := range readings {
		r := &readings[i]
		key, dedupe := readingKeys(in.cfg.Region, r)
		if _, dup := seen[dedupe]; dup {
			continue // gateways re-send after reconnects
		}
		seen[dedupe] = struct{}{}
		in.store.append(key, r)
		res.accepted++
	}
	in.archive.writeBlock(readings)
	if in.batchNo%in.cfg.RollupEvery == 0 {
		in.store.rollup()
	}
	return res
}

func (in *ingestor) parseLine(line string) (Reading, bool) {
	parts := strings.Split(line, "|")
	if len(parts) != 6 {
		return Reading{}, false
	}
	dash := strings.IndexByte(parts[1], '-')
	if dash < 0 {
		return Reading{}, false
	}
	spec := in.cfg.sensorByUnitPrefix(strings.ToUpper(parts[1][:dash]))
	if spec == nil || !validSensorID(spec, parts[1]) {
		return Reading{}, false
	}
	ts, err := strconv.ParseInt(parts[3], 10, 64)
	if err != nil {
		return Reading{}, false
	}
	val, err := strconv.ParseFloat(parts[4], 64)
	if err != nil || val < spec.Min || val > spec.Max {
		return Reading{}, false
	}
	h := fnv.New32a()
	h.Write([]byte(parts[0]))
	shard := h.Sum32() % 16
	return Reading{
		Vehicle:  parts[0],
		SensorID: parts[1],
		Sensor:   spec.Name,
		Unit:     parts[2],
		TS:       ts,
		Value:    val,
		Firmware: parts[5],
		Labels: map[string]string{
			"shard":       strconv.Itoa(int(shard)),
			"firmware":    parts[5],
			"fleet":       in.cfg.Region + "-fleet",
			"gateway":     "gw-" + strconv.Itoa(int(shard%4)),
			"unit_system": "metric",
		},
	}, true
}

func validSensorID(spec *SensorSpec, id string) bool {
	re := regexp.MustCompile(spec.IDPattern)
	return re.MatchString(id)
}

var labelOrder = []string{"firmware", "shard", "fleet", "gateway", "unit_system"}

// readingKeys returns the series key (region/vehicle/sensor + labels) and
// a per-reading key used to drop duplicates within a batch.
func readingKeys(region string, r *Reading) (string, string) {
	parts := make([]string, 0, len(labelOrder)+1)
	parts = append(parts, fmt.Sprintf("%s/%s/%s/%s[%s]", region, r.Vehicle, r.Sensor, r.SensorID, r.Unit))
	for _, name := range labelOrder {
		if v, ok := r.Labels[name]; ok {
			parts = append(parts, fmt.Sprintf("%s=%q", name, v))
		}
	}
	key := strings.Join(parts, ",")
	return key, fmt.Sprintf("%s@%d:%.3f", key, r.TS, r.Value)
}

// snapshotReadings keeps an independent copy of the batch for the
// replay endpoint, so later mutation of readings doesn't leak into it.
func snapshotReadings(in []Reading) []Reading {
	buf, err := json.Marshal(in)
	if err != nil {
		return nil
	}
	var out []Reading
	if err := json.Unmarshal(buf, &out); err != nil {
		return nil
	}
	return out
}
