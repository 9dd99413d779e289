package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"
)

// ReplayReport summarises the replayed order-entry traffic.
type ReplayReport struct {
	Requests   int
	OK         int
	NotFound   int
	Failed     int
	Latencies  []time.Duration
	ByProduct  map[string]int
	HeadlineMb []int
}

func (r *ReplayReport) merge(o *ReplayReport) {
	r.Requests += o.Requests
	r.OK += o.OK
	r.NotFound += o.NotFound
	r.Failed += o.Failed
	r.Latencies = append(r.Latencies, o.Latencies...)
	r.HeadlineMb = append(r.HeadlineMb, o.HeadlineMb...)
	for k, v := range o.ByProduct {
		r.ByProduct[k] += v
	}
}

func (r *ReplayReport) Print(w io.Writer) {
	sort.Slice(r.Latencies, func(i, j int) bool { return r.Latencies[i] < r.Latencies[j] })
	pct := func(p float64) time.Duration {
		if len(r.Latencies) == 0 {
			return 0
		}
		return r.Latencies[int(p*float64(len(r.Latencies)-1))]
	}
	fmt.Fprintf(w, "requests=%d ok=%d notFound=%d failed=%d\n", r.Requests, r.OK, r.NotFound, r.Failed)
	fmt.Fprintf(w, "latency p50=%s p95=%s p99=%s\n", pct(0.5), pct(0.95), pct(0.99))
	names := make([]string, 0, len(r.ByProduct))
	for k := range r.ByProduct {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(w, "  %-18s %d\n", k, r.ByProduct[k])
	}
	sort.Ints(r.HeadlineMb)
	if n := len(r.HeadlineMb); n > 0 {
		fmt.Fprintf(w, "headline downstream median %d Mbit/s, max %d Mbit/s\n", r.HeadlineMb[n/2], r.HeadlineMb[n-1])
	}
}

// ReplayOrderEntry sends total qualification requests from several
// concurrent clients sharing one keep-alive HTTP client.
func ReplayOrderEntry(baseURL string, inv *Inventory, seed int64, total, workers int) (*ReplayReport, error) {
	client := &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns:        workers * 2,
			MaxIdleConnsPerHost: workers * 2,
			IdleConnTimeout:     30 * time.Second,
		},
	}
	defer client.CloseIdleConnections()
	url := baseURL + "/v1/qualify"
	channels := []string{"web", "contact-centre", "retail", "partner-api"}

	results := make([]*ReplayReport, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for wk := 0; wk < workers; wk++ {
		n := total / workers
		if wk < total%workers {
			n++
		}
		wg.Add(1)
		go func(wk, n int) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(seed + int64(wk)*7919))
			rep := &ReplayReport{ByProduct: map[string]int{}}
			results[wk] = rep
			var body bytes.Buffer
			enc := json.NewEncoder(&body)
			for i := 0; i < n; i++ {
				req := QualifyRequest{Channel: channels[rng.Intn(len(channels))]}
				if rng.Intn(20) == 0 {
					req.AddressKey = "UPRN" + strconv.Itoa(rng.Intn(1000000))
				} else {
					req.AddressKey = inv.keys[rng.Intn(len(inv.keys))]
				}
				body.Reset()
				if err := enc.Encode(&req); err != nil {
					errs[wk] = err
					return
				}
				t0 := time.Now()
				resp, err := client.Post(url, "application/json", bytes.NewReader(body.Bytes()))
				if err != nil {
					errs[wk] = err
					return
				}
				rep.Requests++
				switch resp.StatusCode {
				case http.StatusOK:
					var out QualifyResponse
					if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
						rep.Failed++
					} else {
						rep.OK++
						for _, p := range out.Sellable {
							rep.ByProduct[p]++
						}
						rep.HeadlineMb = append(rep.HeadlineMb, out.HeadlineDown/1000)
					}
				case http.StatusNotFound:
					rep.NotFound++
				default:
					rep.Failed++
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				rep.Latencies = append(rep.Latencies, time.Since(t0))
			}
		}(wk, n)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	all := &ReplayReport{ByProduct: map[string]int{}}
	for _, r := range results {
		all.merge(r)
	}
	return all, nil
}
