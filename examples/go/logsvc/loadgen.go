package main

import (
	"bytes"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

var (
	services = []string{"payments", "orders", "catalog", "auth", "shipping", "search"}
	methods  = []string{"GET", "GET", "GET", "POST", "PUT", "DELETE"}
	routes   = []string{"/api/v1/orders/", "/api/v1/customers/", "/api/v1/products/", "/api/v1/carts/", "/api/v2/invoices/"}
	levels   = []string{"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"}
	messages = []string{
		"order fetched for customer",
		"cache miss, loading product details from the primary database",
		"payment authorised by provider after retry",
		"session refreshed token=%s for user",
		"login succeeded password=%s via form",
		"cart updated with new line items and recalculated totals",
		"upstream responded slowly, serving stale inventory snapshot",
		"invoice rendered and queued for delivery by e-mail",
	}
	tenants = []string{"acme", "globex", "initech"}
)

// generateBodies builds n distinct request bodies of `lines` log lines each,
// from a fixed seed, before the run starts.
func generateBodies(n, lines int, seed int64) [][]byte {
	rng := rand.New(rand.NewSource(seed))
	ts := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	bodies := make([][]byte, n)
	var b bytes.Buffer
	for i := range bodies {
		b.Reset()
		for j := 0; j < lines; j++ {
			ts = ts.Add(time.Duration(rng.Intn(40)) * time.Millisecond)
			status := 200
			switch r := rng.Intn(100); {
			case r < 6:
				status = 500 + rng.Intn(4)
			case r < 16:
				status = 400 + rng.Intn(5)
			case r < 24:
				status = 201
			}
			msg := messages[rng.Intn(len(messages))]
			if bytes.Contains([]byte(msg), []byte("%s")) {
				msg = string(bytes.Replace([]byte(msg), []byte("%s"), []byte(strconv.FormatInt(rng.Int63(), 36)), 1))
			}
			if rng.Intn(50) == 0 {
				b.WriteString("malformed line without fields\n")
				continue
			}
			b.WriteString(ts.Format("2006-01-02T15:04:05.000Z07:00"))
			b.WriteString(" level=")
			b.WriteString(levels[rng.Intn(len(levels))])
			b.WriteString(" svc=")
			b.WriteString(services[rng.Intn(len(services))])
			b.WriteString(" method=")
			b.WriteString(methods[rng.Intn(len(methods))])
			b.WriteString(" path=")
			b.WriteString(routes[rng.Intn(len(routes))])
			b.WriteString(strconv.Itoa(1000 + rng.Intn(9000)))
			b.WriteString(" status=")
			b.WriteString(strconv.Itoa(status))
			b.WriteString(" latency_ms=")
			b.WriteString(strconv.Itoa(1 + rng.Intn(20) + rng.Intn(20)*rng.Intn(20)))
			b.WriteString(" user=u-")
			b.WriteString(strconv.Itoa(rng.Intn(5000)))
			b.WriteString(` msg="`)
			b.WriteString(msg)
			b.WriteString("\"\n")
		}
		bodies[i] = append([]byte(nil), b.Bytes()...)
	}
	return bodies
}

// drive sends `requests` batches, cycling through bodies, from `workers`
// goroutines, and returns the count of each response status.
func drive(h http.Handler, bodies [][]byte, requests, workers int) map[int]int {
	var next int64 = -1
	results := make([]map[int]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		w := w
		results[w] = map[int]int{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(atomic.AddInt64(&next, 1))
				if i >= requests {
					return
				}
				url := "/v1/logs?tenant=" + tenants[i%len(tenants)]
				req := httptest.NewRequest(http.MethodPost, url, bytes.NewReader(bodies[i%len(bodies)]))
				req.Header.Set("Content-Type", "text/plain")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				results[w][rec.Code]++
			}
		}()
	}
	wg.Wait()
	codes := map[int]int{}
	for _, r := range results {
		for c, n := range r {
			codes[c] += n
		}
	}
	return codes
}
