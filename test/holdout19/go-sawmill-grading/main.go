// Command grading replays one shift of board scans from the green chain of a
// hardwood sawmill: every board is graded from its defect map, credited back
// to the log it was sawn from, tallied by species, grade and thickness, and a
// shift report is written for the yard office.
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
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	seed := flag.Int64("seed", 1907, "seed for the simulated scanner feed")
	logsPerShift := flag.Int("logs", 6000, "logs sawn in the shift")
	flag.Parse()

	if *cpuprofile != "" {
		if err := os.MkdirAll(filepath.Dir(*cpuprofile), 0o755); err != nil {
			log.Fatal(err)
		}
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

	work, err := os.MkdirTemp("", "sawmill-shift-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)

	summary, err := runShift(work, *seed, *logsPerShift)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(summary)
}

func runShift(work string, seed int64, logCount int) (string, error) {
	deck := NewLogDeck(seed, logCount)
	feed := NewScannerFeed(seed+1, deck)

	audit, err := OpenAuditTrail(filepath.Join(work, "grading-audit.log"))
	if err != nil {
		return "", err
	}
	defer audit.Close()

	rules := StandardGradeRules()
	tally := NewShiftTally()
	recovery := NewRecoveryLedger(deck)

	boards := 0
	for feed.Next() {
		b := feed.Board()
		g := rules.Grade(b)
		audit.Graded(b, g)
		tally.Add(b, g)
		recovery.Credit(b, g)
		boards++
	}

	reportPath := filepath.Join(work, "shift-report.txt")
	if err := WriteShiftReport(reportPath, tally, recovery); err != nil {
		return "", err
	}
	info, err := os.Stat(reportPath)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("graded %d boards from %d logs; %.0f board feet; overrun %.1f%%; report %d bytes",
		boards, len(deck.Logs), tally.TotalBoardFeet(), recovery.Overrun()*100, info.Size()), nil
}
