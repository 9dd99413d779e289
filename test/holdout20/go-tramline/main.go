// Command tramline replays a week of tram AVL (automatic vehicle location)
// pings, matches them to scheduled stop calls, and produces a punctuality
// and headway-regularity report per line and stop.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/pprof"
)

func main() {
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	seed := flag.Int64("seed", 77, "network and ping generator seed")
	days := flag.Int("days", 8, "service days to replay")
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

	workDir, err := os.MkdirTemp("", "tramline-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(workDir)

	net := BuildNetwork(*seed)
	tt := BuildTimetable(net)
	matcher := NewMatcher(net, tt)
	stats := NewPunctuality(net)
	speeds := NewSpeedTracker()

	for day := 0; day < *days; day++ {
		path := filepath.Join(workDir, fmt.Sprintf("avl-day%d.csv", day))
		if err := WriteAVLDay(path, net, tt, *seed+int64(day), day); err != nil {
			log.Fatal(err)
		}
		err := ReadAVL(path, func(p Ping) {
			speeds.Observe(p)
			if call, ok := matcher.Match(p); ok {
				stats.Add(call)
			}
		})
		if err != nil {
			log.Fatal(err)
		}
		os.Remove(path)
	}

	report := stats.Report()
	fmt.Printf("pings=%d matched=%d unmatched=%d\n", matcher.Seen, matcher.Matched, matcher.Seen-matcher.Matched)
	fmt.Print(report)
	fmt.Print(speeds.Report())
}
