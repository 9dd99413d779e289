// Command linequalifier runs the broadband line qualification service that
// order-entry calls to quote achievable VDSL2 and G.fast speeds for an
// address, and drives it with a replay of a day's order-entry traffic.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"
)

func main() {
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	requests := flag.Int("requests", 2600, "qualification requests to replay")
	workers := flag.Int("workers", 4, "concurrent order-entry clients")
	seed := flag.Int64("seed", 424242, "seed for the address inventory and traffic")
	flag.Parse()

	if *cpuProfile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuProfile), 0o755); err != nil {
			log.Fatal(err)
		}
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	started := time.Now()
	inventory := BuildInventory(*seed, 40000)
	engine := NewQualificationEngine()
	svc := &QualificationService{Inventory: inventory, Engine: engine}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: svc.Routes(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()

	baseURL := "http://" + ln.Addr().String()
	report, err := ReplayOrderEntry(baseURL, inventory, *seed, *requests, *workers)
	if err != nil {
		log.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		log.Fatal(err)
	}

	report.Print(os.Stdout)
	fmt.Printf("elapsed %.1fs\n", time.Since(started).Seconds())
}
