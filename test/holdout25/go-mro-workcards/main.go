// Command mroworkcards runs the line-maintenance work card service for a
// narrow-body fleet and drives it with a simulated shift of engineers
// submitting completed work packages and planners polling aircraft status.
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
	os.Exit(run())
}

func run() int {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	packages := flag.Int("packages", 7000, "number of work packages submitted during the shift")
	engineers := flag.Int("engineers", 4, "concurrent engineer terminals")
	tails := flag.Int("tails", 24, "aircraft in the fleet")
	seed := flag.Int64("seed", 20250314, "seed for the fleet and shift generator")
	flag.Parse()

	if *cpuprofile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuprofile), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "profile dir:", err)
			return 1
		}
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "profile:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "profile:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}

	fleet := NewFleet(*seed, *tails)
	rules := DefaultRuleBook()
	svc := NewWorkCardService(fleet, rules)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "listen:", err)
		return 1
	}
	server := &http.Server{Handler: svc.Routes(), ReadHeaderTimeout: 5 * time.Second}
	go server.Serve(ln)

	base := "http://" + ln.Addr().String()
	started := time.Now()
	stats := RunShift(base, fleet.Tails(), *packages, *engineers, *seed)
	elapsed := time.Since(started)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	server.Shutdown(ctx)

	exportDir, err := os.MkdirTemp("", "mro-shift-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		return 1
	}
	defer os.RemoveAll(exportDir)
	rows, err := ExportDueList(fleet, filepath.Join(exportDir, "due-list.csv"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		return 1
	}

	fmt.Printf("shift complete in %s\n", elapsed.Round(time.Millisecond))
	fmt.Printf("  packages submitted: %d (cards accepted %d, rejected %d)\n", stats.Packages, stats.Accepted, stats.Rejected)
	fmt.Printf("  status polls:       %d (items due within 30 days: %d)\n", stats.StatusPolls, stats.DueSoon)
	fmt.Printf("  due-list rows exported: %d\n", rows)
	if stats.Errors > 0 {
		fmt.Printf("  transport errors: %d\n", stats.Errors)
		return 1
	}
	return 0
}
