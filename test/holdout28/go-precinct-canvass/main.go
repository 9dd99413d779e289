// Command precinct-canvass ingests cast-vote-record (CVR) exports from
// every precinct tabulator in a county, validates them, produces the
// official canvass (per-precinct and county totals for each contest),
// runs the ranked-choice tabulation for the mayoral race, and draws the
// ballot sample for the post-election risk-limiting audit.
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"runtime/pprof"
	"sort"
	"strconv"
	"time"
)

var (
	cpuProfile = flag.String("cpuprofile", "", "write a CPU profile to this file")
	precincts  = flag.Int("precincts", 2400, "number of precincts in the county")
	rounds     = flag.Int("elections", 6, "number of election files to canvass")
	seed       = flag.Int64("seed", 7102024, "seed for synthetic CVR data")
)

func main() {
	flag.Parse()
	if *cpuProfile != "" {
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
	start := time.Now()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	for e := 0; e < *rounds; e++ {
		rng := rand.New(rand.NewSource(*seed + int64(e)))
		election := newElection(rng, e)
		canvass := NewCanvass(election, *precincts)
		for p := 0; p < *precincts; p++ {
			export := election.tabulatorExport(rng, p)
			if err := canvass.Ingest(p, export); err != nil {
				log.Fatalf("precinct %d: %v", p, err)
			}
		}
		canvass.Seal()
		rcv := canvass.RankedChoice(election.MayorContest)
		audit := canvass.AuditSample(election.AuditSeed, 2400)
		writeSummary(out, election, canvass, rcv, audit)
	}
	fmt.Fprintf(out, "elapsed %s\n", time.Since(start).Round(time.Millisecond))
}

// ---------------------------------------------------------------------------
// Canvass

type Contest struct {
	Name       string
	Candidates []string
	VoteFor    int
	Ranked     bool
}

type Election struct {
	Name         string
	Contests     []Contest
	MayorContest int
	AuditSeed    string
	ballotsMin   int
	ballotsSpan  int
}

type PrecinctTotals struct {
	Ballots    int
	Votes      [][]int // contest -> candidate -> votes
	Overvotes  []int
	Undervotes []int
	Digest     string
}

type Canvass struct {
	election   *Election
	precincts  []PrecinctTotals
	county     [][]int
	overvotes  []int
	undervotes []int
	rankings   []uint8 // mayoral rankings, maxRanks slots per ballot, candidate index+1, 0 = empty
	ballotIDs  []string
	chain      [32]byte
	rejected   int
}

func NewCanvass(e *Election, precincts int) *Canvass {
	expected := precincts * (e.ballotsMin + e.ballotsSpan/2)
	c := &Canvass{election: e, precincts: make([]PrecinctTotals, 0, precincts)}
	c.rankings = make([]uint8, 0, expected*maxRanks)
	c.ballotIDs = make([]string, 0, expected)
	c.county = make([][]int, len(e.Contests))
	for i, ct := range e.Contests {
		c.county[i] = make([]int, len(ct.Candidates))
	}
	c.overvotes = make([]int, len(e.Contests))
	c.undervotes = make([]int, len(e.Contests))
	return c
}

const maxRanks = 5

var errMalformed = errors.New("malformed cast vote record")

// Ingest parses one tabulator export. Each line is
// ballotID|style|sel;sel;sel|... with one field per contest; ranked contests
// list candidates in preference order separated by '>'.
func (c *Canvass) Ingest(precinct int, export []byte) error {
	pt := PrecinctTotals{Votes: make([][]int, len(c.election.Contests)), Overvotes: make([]int, len(c.election.Contests)), Undervotes: make([]int, len(c.election.Contests))}
	for i, ct := range c.election.Contests {
		pt.Votes[i] = make([]int, len(ct.Candidates))
	}
	h := sha256.New()
	h.Write(export)
	fields := make([]string, 0, len(c.election.Contests)+2)
	picks := make([]int, 0, 8)
	rest := export
	for len(rest) > 0 {
		nl := indexByte(rest, '\n')
		var line []byte
		if nl < 0 {
			line, rest = rest, nil
		} else {
			line, rest = rest[:nl], rest[nl+1:]
		}
		if len(line) == 0 {
			continue
		}
		fields = splitFields(fields[:0], string(line), '|')
		if len(fields) != len(c.election.Contests)+2 {
			c.rejected++
			continue
		}
		pt.Ballots++
		for ci, ct := range c.election.Contests {
			sel := fields[ci+2]
			if sel == "" {
				pt.Undervotes[ci]++
				continue
			}
			if ct.Ranked {
				var r [maxRanks]uint8
				if err := parseRanking(&r, sel, len(ct.Candidates)); err != nil {
					return err
				}
				c.rankings = append(c.rankings, r[:]...)
				c.ballotIDs = append(c.ballotIDs, fields[0])
				pt.Votes[ci][int(r[0])-1]++
				continue
			}
			var err error
			picks, err = parseSelections(picks[:0], sel, len(ct.Candidates))
			if err != nil {
				return err
			}
			if len(picks) > ct.VoteFor {
				pt.Overvotes[ci]++
				continue
			}
			if len(picks) < ct.VoteFor {
				pt.Undervotes[ci] += ct.VoteFor - len(picks)
			}
			for _, n := range picks {
				pt.Votes[ci][n]++
			}
		}
	}
	pt.Digest = hex.EncodeToString(h.Sum(nil))
	for ci := range pt.Votes {
		for k, v := range pt.Votes[ci] {
			c.county[ci][k] += v
		}
		c.overvotes[ci] += pt.Overvotes[ci]
		c.undervotes[ci] += pt.Undervotes[ci]
	}
	c.precincts = append(c.precincts, pt)
	return nil
}

func indexByte(b []byte, x byte) int {
	for i, c := range b {
		if c == x {
			return i
		}
	}
	return -1
}

func splitFields(dst []string, s string, sep byte) []string {
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			dst = append(dst, s[start:i])
			start = i + 1
		}
	}
	return append(dst, s[start:])
}

// nextNumber reads a non-negative decimal number at the start of s and
// returns it with the remainder after the following separator.
func nextNumber(s string, sep byte) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 {
		return 0, s, false
	}
	if i < len(s) {
		if s[i] != sep {
			return 0, s, false
		}
		i++
	}
	return n, s[i:], true
}

func parseSelections(dst []int, sel string, candidates int) ([]int, error) {
	for len(sel) > 0 {
		n, rest, ok := nextNumber(sel, ';')
		if !ok || n >= candidates {
			return dst, errMalformed
		}
		dst = append(dst, n)
		sel = rest
	}
	return dst, nil
}

func parseRanking(r *[maxRanks]uint8, sel string, candidates int) error {
	var used uint64
	k := 0
	for len(sel) > 0 && k < maxRanks {
		n, rest, ok := nextNumber(sel, '>')
		if !ok || n >= candidates {
			return errMalformed
		}
		sel = rest
		if used&(1<<uint(n)) != 0 {
			continue // duplicate ranking of the same candidate is skipped
		}
		used |= 1 << uint(n)
		r[k] = uint8(n + 1)
		k++
	}
	if k == 0 {
		return errMalformed
	}
	return nil
}

// Seal chains the precinct digests so the published canvass can be verified.
func (c *Canvass) Seal() {
	h := sha256.New()
	for i, p := range c.precincts {
		h.Write([]byte(strconv.Itoa(i)))
		h.Write([]byte(p.Digest))
		for _, votes := range p.Votes {
			for _, v := range votes {
				h.Write([]byte(strconv.Itoa(v)))
			}
		}
	}
	copy(c.chain[:], h.Sum(nil))
}

// ---------------------------------------------------------------------------
// Ranked-choice (instant runoff)

type RCVRound struct {
	Counts     []int
	Eliminated int
	Exhausted  int
}

func (c *Canvass) RankedChoice(contest int) []RCVRound {
	n := len(c.election.Contests[contest].Candidates)
	active := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		active[i] = true
	}
	var out []RCVRound
	for remaining := n; remaining > 1; remaining-- {
		counts := make([]int, n+1)
		exhausted := 0
		for off := 0; off+maxRanks <= len(c.rankings); off += maxRanks {
			found := false
			for _, cand := range c.rankings[off : off+maxRanks] {
				if cand != 0 && active[cand] {
					counts[cand]++
					found = true
					break
				}
			}
			if !found {
				exhausted++
			}
		}
		total := 0
		lowest, lowestIdx := -1, 0
		for i := 1; i <= n; i++ {
			if !active[i] {
				continue
			}
			total += counts[i]
			if lowest < 0 || counts[i] < lowest {
				lowest, lowestIdx = counts[i], i
			}
		}
		round := RCVRound{Counts: counts[1:], Eliminated: lowestIdx - 1, Exhausted: exhausted}
		out = append(out, round)
		for i := 1; i <= n; i++ {
			if active[i] && counts[i]*2 > total {
				round.Eliminated = -1
				out[len(out)-1] = round
				return out
			}
		}
		active[lowestIdx] = false
	}
	return out
}

// ---------------------------------------------------------------------------
// Risk-limiting audit sample: SHA-256 based pseudo-random draw from a public seed.

type AuditDraw struct {
	Ticket   string
	BallotID string
}

func (c *Canvass) AuditSample(seedText string, size int) []AuditDraw {
	total := len(c.ballotIDs)
	draws := make([]AuditDraw, 0, size)
	var buf []byte
	for i := 1; i <= size; i++ {
		buf = append(buf[:0], seedText...)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(i), 10)
		sum := sha256.Sum256(buf)
		var x uint64
		for _, b := range sum[:8] {
			x = x<<8 | uint64(b)
		}
		idx := int(x % uint64(total))
		draws = append(draws, AuditDraw{Ticket: hex.EncodeToString(sum[:6]), BallotID: c.ballotIDs[idx]})
	}
	sort.Slice(draws, func(i, j int) bool { return draws[i].BallotID < draws[j].BallotID })
	return draws
}

// ---------------------------------------------------------------------------
// Output

func writeSummary(w *bufio.Writer, e *Election, c *Canvass, rcv []RCVRound, audit []AuditDraw) {
	ballots := 0
	for _, p := range c.precincts {
		ballots += p.Ballots
	}
	fmt.Fprintf(w, "== %s: %d precincts, %d ballots, %d rejected, seal %s\n", e.Name, len(c.precincts), ballots, c.rejected, hex.EncodeToString(c.chain[:8]))
	for ci, ct := range e.Contests {
		fmt.Fprintf(w, "  %-28s over=%d under=%d\n", ct.Name, c.overvotes[ci], c.undervotes[ci])
		order := make([]int, len(ct.Candidates))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return c.county[ci][order[a]] > c.county[ci][order[b]] })
		if len(order) > 3 {
			order = order[:3]
		}
		for _, k := range order {
			fmt.Fprintf(w, "      %-18s %8d\n", ct.Candidates[k], c.county[ci][k])
		}
	}
	last := rcv[len(rcv)-1]
	winner, best := 0, -1
	for i, v := range last.Counts {
		if v > best {
			winner, best = i, v
		}
	}
	fmt.Fprintf(w, "  mayor RCV: %d rounds, winner %s with %d, exhausted %d\n", len(rcv), e.Contests[e.MayorContest].Candidates[winner], best, last.Exhausted)
	fmt.Fprintf(w, "  audit sample: %d ballots, first %s (%s)\n", len(audit), audit[0].BallotID, audit[0].Ticket)
}
