package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
)

var cpuprofile = flag.String("cpuprofile", "", "write cpu profile to file")
var rounds = flag.Int("rounds", 8, "number of simulated days")

// lcg is a small deterministic generator so runs are reproducible.
type lcg struct{ s uint64 }

func (r *lcg) next() uint64 {
	r.s = r.s*6364136223846793005 + 1442695040888963407
	return r.s >> 17
}

func (r *lcg) intn(n int) int { return int(r.next() % uint64(n)) }

var plateStems = []string{"KA", "MB", "BX", "HH", "LS", "ZR", "OP", "TW"}

func makePlate(r *lcg, region Region) string {
	switch region.Code {
	case "DE":
		return fmt.Sprintf("%s-%s %d", plateStems[r.intn(len(plateStems))], string(rune('A'+r.intn(26)))+string(rune('A'+r.intn(26))), 100+r.intn(8900))
	case "NL":
		return fmt.Sprintf("%02d-%s-%d", r.intn(99), "XRT"[:1+r.intn(3)], r.intn(9))
	case "FR":
		return fmt.Sprintf("%s-%03d-%s", "AB", r.intn(999), "CD")
	default:
		return fmt.Sprintf("%s %04d", plateStems[r.intn(len(plateStems))], r.intn(9999))
	}
}

// makeEvents simulates a batch of vehicles: each one enters the section, passes a few
// a few gantries along the tolled section and leaves again.
func makeEvents(r *lcg, vehicles int) []LaneEvent {
	events := make([]LaneEvent, 0, vehicles*6)
	const batch = 400
	for b := 0; b < vehicles; b += batch {
		type visit struct {
			plaza, plate, region string
			in, stay             int
			permit               bool
		}
		visits := make([]visit, 0, batch)
		for i := 0; i < batch; i++ {
			region := regions[r.intn(len(regions))]
			plate := makePlate(r, region)
			if r.intn(17) == 0 {
				plate = " " + strings.ToLower(plate) + "  "
			}
			visits = append(visits, visit{plazas[r.intn(len(plazas))], plate, region.Code, r.intn(1200), 10 + r.intn(600), r.intn(9) == 0})
		}
		for _, v := range visits {
			events = append(events, LaneEvent{Plaza: v.plaza, Gate: 1 + r.intn(3), Plate: v.plate, Region: v.region, Minute: v.in, Permit: v.permit})
		}
		for pass := 1; pass <= 4; pass++ {
			for _, v := range visits {
				events = append(events, LaneEvent{Plaza: v.plaza, Gate: 10 + r.intn(8), Plate: v.plate, Region: v.region, Minute: v.in + pass*v.stay/6, Gantry: true})
			}
		}
		for _, v := range visits {
			events = append(events, LaneEvent{Plaza: v.plaza, Gate: 4 + r.intn(3), Plate: v.plate, Region: v.region, Minute: v.in + v.stay, Exiting: true})
		}
	}
	return events
}

func main() {
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	r := &lcg{s: 20240611}
	ctl := NewPlazaController()
	var revenue int64
	var rejected int
	for day := 0; day < *rounds; day++ {
		events := makeEvents(r, 16000)
		for i := range events {
			res := ctl.Handle(&events[i])
			revenue += res.ChargeCents
			if res.Rejected {
				rejected++
			}
		}
		ctl.CloseDay()
	}

	plazasSorted := make([]string, 0, len(ctl.store.occupancy))
	for k := range ctl.store.occupancy {
		plazasSorted = append(plazasSorted, k)
	}
	sort.Strings(plazasSorted)
	fmt.Printf("revenue=%d.%02d rejected=%d plazas=%d audit=%d\n", revenue/100, revenue%100, rejected, len(plazasSorted), len(ctl.store.audit))
}
