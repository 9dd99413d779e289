package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	terms := flag.Int("terms", 400, "number of timetable terms to schedule")
	flag.Parse()

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	rng := newRand(424242)
	validator := newCodeValidator()
	var totalPlaced, totalClashes, exportBytes int
	for t := 0; t < *terms; t++ {
		school := buildSchool(rng, 48, 30, 34)
		requests := school.lessonRequests(rng)
		requests = validator.filter(requests)
		tt := newTimetable(school)
		placed := tt.place(requests, rng)
		for round := 0; round < 6; round++ {
			tt.improve(rng)
		}
		totalPlaced += placed
		totalClashes += tt.clashes()
		export := tt.export()
		raw, err := json.Marshal(export)
		if err != nil {
			log.Fatal(err)
		}
		exportBytes += len(raw)
	}
	fmt.Printf("terms=%d placed=%d clashes=%d export_kb=%d\n", *terms, totalPlaced, totalClashes, exportBytes/1024)
}
