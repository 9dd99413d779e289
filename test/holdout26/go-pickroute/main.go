package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"
)

func main() {
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	orders := flag.Int("orders", 30000, "orders sent by the wave planner client")
	workers := flag.Int("workers", 4, "concurrent client workers")
	flag.Parse()

	if *cpuProfile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuProfile), 0o755); err != nil {
			fail(err)
		}
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fail(err)
		}
		defer pprof.StopCPUProfile()
	}

	workDir, err := os.MkdirTemp("", "pickroute-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(workDir)

	wh := NewWarehouse(20260918, 48, 60)
	svc := NewRouteService(wh)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	srv := &http.Server{Handler: svc.Routes(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)

	planner := NewWavePlanner("http://"+ln.Addr().String(), wh, 77)
	res, err := planner.Run(*orders, *workers)
	if err != nil {
		fail(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)

	if err := res.WriteWaveSheet(filepath.Join(workDir, "wave-sheet.csv")); err != nil {
		fail(err)
	}
	fmt.Printf("orders=%d lines=%d total_walk_m=%.0f mean_walk_m=%.1f shortages=%d\n",
		res.Orders, res.Lines, res.TotalWalkM, res.TotalWalkM/float64(res.Orders), res.Shortages)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
