package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"
)

// WavePlanner releases a wave of orders to the routing service and collects walks.
type WavePlanner struct {
	baseURL string
	wh      *Warehouse
	seed    int64
	client  *http.Client
}

func NewWavePlanner(baseURL string, wh *Warehouse, seed int64) *WavePlanner {
	tr := &http.Transport{MaxIdleConns: 16, MaxIdleConnsPerHost: 16, IdleConnTimeout: 30 * time.Second}
	return &WavePlanner{baseURL: baseURL, wh: wh, seed: seed, client: &http.Client{Transport: tr, Timeout: 10 * time.Second}}
}

type WaveResult struct {
	Orders     int
	Lines      int
	Shortages  int
	TotalWalkM float64
	Walks      map[string]float64
}

func (p *WavePlanner) buildOrders(n int) []RouteRequest {
	rng := rand.New(rand.NewSource(p.seed))
	reqs := make([]RouteRequest, n)
	for i := range reqs {
		nl := 70 + rng.Intn(80)
		lines := make([]OrderLine, nl)
		for j := range lines {
			lines[j] = OrderLine{SKU: p.wh.SKU(rng.Intn(p.wh.SKUCount())), Qty: 1 + rng.Intn(12)}
		}
		reqs[i] = RouteRequest{OrderID: "SO" + strconv.Itoa(400000+i), Lines: lines}
	}
	return reqs
}

func (p *WavePlanner) Run(n, workers int) (*WaveResult, error) {
	reqs := p.buildOrders(n)
	res := &WaveResult{Walks: make(map[string]float64, n)}
	var mu sync.Mutex
	var firstErr error
	jobs := make(chan RouteRequest)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for req := range jobs {
				rr, err := p.send(&buf, req)
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
					}
				} else {
					res.Orders++
					res.Lines += len(rr.Stops)
					res.TotalWalkM += rr.WalkM
					res.Walks[rr.OrderID] = rr.WalkM
					for _, s := range rr.Stops {
						if s.Short > 0 {
							res.Shortages++
						}
					}
				}
				mu.Unlock()
			}
		}()
	}
	for _, r := range reqs {
		jobs <- r
	}
	close(jobs)
	wg.Wait()
	return res, firstErr
}

func (p *WavePlanner) send(buf *bytes.Buffer, req RouteRequest) (*RouteResponse, error) {
	buf.Reset()
	if err := json.NewEncoder(buf).Encode(req); err != nil {
		return nil, err
	}
	resp, err := p.client.Post(p.baseURL+"/v1/pick-route", "application/json", bytes.NewReader(buf.Bytes()))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, resp.Body)
		return nil, fmt.Errorf("pick-route %s: status %d", req.OrderID, resp.StatusCode)
	}
	var rr RouteResponse
	if err := json.NewDecoder(resp.Body).Decode(&rr); err != nil {
		return nil, err
	}
	io.Copy(io.Discard, resp.Body)
	return &rr, nil
}

func (r *WaveResult) WriteWaveSheet(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	bw := bufio.NewWriter(f)
	ids := make([]string, 0, len(r.Walks))
	for id := range r.Walks {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	bw.WriteString("order_id,walk_m\n")
	for _, id := range ids {
		bw.WriteString(id)
		bw.WriteByte(',')
		bw.WriteString(strconv.FormatFloat(r.Walks[id], 'f', 1, 64))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
