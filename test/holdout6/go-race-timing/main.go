package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write cpu profile to file")
	races := flag.Int("races", 64, "number of race events to score")
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

	sim := newChipSimulator(77031)
	parser := newReadParser()
	var fastest result
	var totalFinishers, totalRejected int
	var digest uint64
	for i := 0; i < *races; i++ {
		ev := sim.Event(i, 3500)
		reads := sim.Reads(ev)
		board := newScoreboard(ev)
		for _, line := range reads {
			rd, ok := parser.Parse(line)
			if !ok {
				totalRejected++
				continue
			}
			board.Record(rd)
		}
		res := board.Finalize()
		totalFinishers += len(res)
		if len(res) > 0 && (fastest.Bib == 0 || res[0].NetMillis < fastest.NetMillis) {
			fastest = res[0]
		}
		digest ^= publishResults(ev, res)
	}
	fmt.Printf("scored %d finishers, rejected %d reads, fastest bib %d in %s, digest %x\n",
		totalFinishers, totalRejected, fastest.Bib, formatClock(fastest.NetMillis), digest)
}
