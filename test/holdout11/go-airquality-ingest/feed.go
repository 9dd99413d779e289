package main

import (
	"math"
	"math/rand"
	"strconv"
)

// Upload is one hourly bundle of readings pushed by a station gateway.
type Upload struct {
	StationID string
	Hour      int64
	Body      []byte
	Signature string
}

// ReplayFeed regenerates the uploads of a recorded day.
type ReplayFeed struct {
	net     *Network
	rng     *rand.Rand
	signers map[string]*signer
	base    map[string]float64
}

// NewReplayFeed provisions the device keys of every station.
func NewReplayFeed(net *Network, master []byte, rounds int, seed int64) *ReplayFeed {
	f := &ReplayFeed{
		net:     net,
		rng:     rand.New(rand.NewSource(seed)),
		signers: make(map[string]*signer, len(net.Stations)),
		base:    map[string]float64{"pm25": 14, "pm10": 26, "no2": 38, "o3": 30, "so2": 6, "co": 0.6},
	}
	for _, st := range net.Stations {
		f.signers[st.ID] = newSigner(deriveKey(master, stationSalt(st.ID), rounds))
	}
	return f
}

const dayStart = int64(1709251200) // 2024-03-01T00:00:00Z

// Run emits n uploads, station after station, hour after hour.
func (f *ReplayFeed) Run(n int, out chan<- Upload) {
	defer close(out)
	stations := f.net.Stations
	buf := make([]byte, 0, 4096)
	for i := 0; i < n; i++ {
		st := &stations[i%len(stations)]
		hour := dayStart + int64((i/len(stations))%24)*3600
		buf = f.body(buf[:0], st, hour)
		body := make([]byte, len(buf))
		copy(body, buf)
		sig := f.signers[st.ID].Sign(body)
		if f.rng.Intn(400) == 0 { // corrupted on the cellular link
			sig = sig[:len(sig)-2] + "00"
		}
		out <- Upload{StationID: st.ID, Hour: hour, Body: body, Signature: sig}
	}
}

func (f *ReplayFeed) body(buf []byte, st *Station, hour int64) []byte {
	hod := float64((hour - dayStart) / 3600)
	traffic := 1 + 0.6*math.Exp(-math.Pow(hod-8, 2)/6) + 0.5*math.Exp(-math.Pow(hod-18, 2)/5)
	for q := int64(0); q < 4; q++ {
		ts := hour + q*900
		for _, s := range st.Sensors {
			v := f.base[s.Pollutant] * traffic * (0.7 + 0.6*f.rng.Float64())
			if s.Pollutant == "o3" {
				v = f.base["o3"] * (0.6 + 0.8*math.Sin(math.Pi*hod/24)) * (0.8 + 0.4*f.rng.Float64())
			}
			if f.rng.Intn(150) == 0 {
				v *= 4 + f.rng.Float64()*3 // local event, e.g. construction dust
			}
			buf = append(buf, s.Serial...)
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, ts, 10)
			buf = append(buf, ',')
			buf = append(buf, s.Pollutant...)
			buf = append(buf, '=')
			if f.rng.Intn(500) == 0 {
				buf = append(buf, "ERR"...)
			} else {
				buf = strconv.AppendFloat(buf, v, 'f', 2, 64)
			}
			buf = append(buf, '\n')
		}
	}
	return buf
}
