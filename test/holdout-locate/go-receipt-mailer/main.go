// Command receipts serves HTML e-mail receipts for orders. Each receipt needs the order's
// tax breakdown from the tax service (in this process, on another port). A load loop in
// the same process requests receipts, so one run is one profile; with HOLDOUT_CPU_PROFILE
// set, the run's CPU profile is written to that file.
package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"sync"
)

func serve(h http.Handler) (string, func()) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }
}

func main() {
	if path := os.Getenv("HOLDOUT_CPU_PROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	taxURL, stopTax := serve(http.HandlerFunc(taxHandler))
	defer stopTax()
	mailer := &receiptServer{taxURL: taxURL, orders: makeOrders(500)}
	url, stop := serve(mailer)
	defer stop()

	client := &http.Client{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < 12000; i += 4 {
				resp, err := client.Get(fmt.Sprintf("%s/receipts/%d", url, i%500))
				if err != nil {
					log.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					log.Fatalf("receipt %d: status %d", i, resp.StatusCode)
				}
			}
		}(w)
	}
	wg.Wait()
}
