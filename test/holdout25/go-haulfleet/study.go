package main

import (
	"math"
	"sort"
	"sync"
)

// FleetStudy evaluates a range of fleet sizes over several shifts each.
type FleetStudy struct {
	Pit                  *Pit
	Routes               []Route
	Truck                TruckModel
	MinTrucks, MaxTrucks int
	Replications         int
	Seed                 int64
	Workers              int
	ShiftSeconds         float64
}

// FleetOutcome summarises the replications of one fleet size.
type FleetOutcome struct {
	Trucks         int
	MeanTonnes     float64
	P10Tonnes      float64
	MeanFuel       float64
	QueueHours     float64
	ShovelIdlePct  float64
	CostPerTonne   float64
	CyclesPerShift float64
}

type studyJob struct {
	trucks, rep int
}

type studyResult struct {
	trucks                         int
	tonnes, fuel, queue, idle, cyc float64
}

// Run simulates all fleet sizes on a pool of workers.
func (s *FleetStudy) Run() []FleetOutcome {
	jobs := make(chan studyJob)
	results := make(chan studyResult, s.Workers*2)
	var wg sync.WaitGroup
	for w := 0; w < s.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				seed := s.Seed + int64(j.trucks)*1000003 + int64(j.rep)*7919
				if j.rep == 0 {
					seed = s.Seed + int64(j.trucks)*1000003
				}
				res := Simulate(s.Pit, s.Routes, s.Truck, j.trucks, s.ShiftSeconds, seed)
				idle := 0.0
				for _, v := range res.ShovelIdle {
					idle += v
				}
				results <- studyResult{
					trucks: j.trucks, tonnes: res.Tonnes, fuel: res.Fuel, queue: res.TruckQueue,
					idle: idle / float64(len(res.ShovelIdle)) / s.ShiftSeconds, cyc: float64(len(res.Cycles)),
				}
			}
		}()
	}
	go func() {
		for n := s.MinTrucks; n <= s.MaxTrucks; n++ {
			for rep := 0; rep < s.Replications; rep++ {
				jobs <- studyJob{n, rep}
			}
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	byFleet := make(map[int][]studyResult)
	for r := range results {
		byFleet[r.trucks] = append(byFleet[r.trucks], r)
	}
	var out []FleetOutcome
	for n := s.MinTrucks; n <= s.MaxTrucks; n++ {
		rs := byFleet[n]
		o := FleetOutcome{Trucks: n}
		tonnes := make([]float64, len(rs))
		for i, r := range rs {
			tonnes[i] = r.tonnes
			o.MeanTonnes += r.tonnes
			o.MeanFuel += r.fuel
			o.QueueHours += r.queue / 3600
			o.ShovelIdlePct += r.idle * 100
			o.CyclesPerShift += r.cyc
		}
		k := float64(len(rs))
		o.MeanTonnes /= k
		o.MeanFuel /= k
		o.QueueHours /= k
		o.ShovelIdlePct /= k
		o.CyclesPerShift /= k
		sort.Float64s(tonnes)
		o.P10Tonnes = tonnes[int(math.Floor(0.1*k))]
		o.CostPerTonne = shiftCost(n, o.MeanFuel) / o.MeanTonnes
		out = append(out, o)
	}
	return out
}

// shiftCost is the owning and operating cost of a fleet for one shift:
// truck ownership and crew, fuel, and the fixed loading and crushing cost.
func shiftCost(trucks int, fuel float64) float64 {
	const truckShift = 2650.0 // ownership, tyres, maintenance and operator
	const fuelPrice = 1.18
	const fixed = 38000.0
	return float64(trucks)*truckShift + fuel*fuelPrice + fixed
}

// ChooseFleet returns the cheapest fleet whose 10th percentile production
// meets the target.
func ChooseFleet(outcomes []FleetOutcome, target float64) (FleetOutcome, bool) {
	best, found := FleetOutcome{}, false
	for _, o := range outcomes {
		if o.P10Tonnes < target {
			continue
		}
		if !found || o.CostPerTonne < best.CostPerTonne {
			best, found = o, true
		}
	}
	return best, found
}
