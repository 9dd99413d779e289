// Command termbase-qa runs the pre-delivery quality checks a translation
// agency applies to bilingual jobs: terminology adherence against the
// client termbase, do-not-translate product names, number and tag
// consistency, length ratios, and a per-language-pair word frequency
// table that feeds the client glossary review.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"regexp"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	cpuProfile = flag.String("cpuprofile", "", "write a CPU profile to this file")
	jobCount   = flag.Int("jobs", 240, "number of bilingual jobs to check")
	seed       = flag.Int64("seed", 20240611, "seed for the synthetic job data")
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
	rng := rand.New(rand.NewSource(*seed))
	corpus := newCorpus(rng)
	qa := NewQAChecker(corpus.termbase, corpus.doNotTranslate)

	var report bytes.Buffer
	totals := map[string]int{}
	segments := 0
	for j := 0; j < *jobCount; j++ {
		job := corpus.makeJob(rng, j)
		result := qa.CheckJob(job)
		segments += len(job.Segments)
		for _, is := range result.Issues {
			totals[is.Check]++
		}
		writeJobReport(&report, job, result)
	}

	top := qa.TopTerms(15)
	fmt.Printf("checked %d jobs, %d segments in %s\n", *jobCount, segments, time.Since(start).Round(time.Millisecond))
	checks := make([]string, 0, len(totals))
	for c := range totals {
		checks = append(checks, c)
	}
	sort.Strings(checks)
	for _, c := range checks {
		fmt.Printf("  %-22s %6d\n", c, totals[c])
	}
	fmt.Printf("report bytes: %d, glossary candidates: %d\n", report.Len(), len(qa.frequency))
	for _, t := range top {
		fmt.Printf("  %-28s %5d\n", t.Key, t.Count)
	}
}

// ---------------------------------------------------------------------------
// Domain types

type LangPair struct {
	Source string
	Target string
}

type TermEntry struct {
	Source    string
	Target    string
	Forbidden []string // deprecated target variants the client rejected
	Domain    string
}

type Segment struct {
	ID     int
	Source string
	Target string
}

type Job struct {
	Code     string
	Client   string
	Pair     LangPair
	Segments []Segment
}

type Issue struct {
	SegmentID int
	Check     string
	Detail    string
	Severity  int
}

type JobResult struct {
	Issues       []Issue
	SourceWords  int
	TargetWords  int
	Fingerprints map[string]int
}

// ---------------------------------------------------------------------------
// QA checker

type QAChecker struct {
	termbase       []TermEntry
	termsByHead    map[string][]int // lower-cased first word of a term -> termbase indexes
	doNotTranslate []string
	frequency      map[string]int
}

func NewQAChecker(termbase []TermEntry, dnt []string) *QAChecker {
	qa := &QAChecker{termbase: termbase, termsByHead: make(map[string][]int), doNotTranslate: dnt, frequency: make(map[string]int)}
	for i, t := range termbase {
		head := strings.ToLower(strings.Fields(t.Source)[0])
		qa.termsByHead[head] = append(qa.termsByHead[head], i)
	}
	return qa
}

func (qa *QAChecker) CheckJob(job Job) JobResult {
	res := JobResult{Fingerprints: make(map[string]int)}
	for _, seg := range job.Segments {
		srcTokens := tokenize(seg.Source)
		tgtTokens := tokenize(seg.Target)
		res.SourceWords += len(srcTokens)
		res.TargetWords += len(tgtTokens)

		res.Issues = append(res.Issues, qa.checkTerminology(seg, srcTokens)...)
		res.Issues = append(res.Issues, qa.checkDoNotTranslate(seg, srcTokens)...)
		res.Issues = append(res.Issues, checkNumbers(seg)...)
		res.Issues = append(res.Issues, checkTags(seg)...)
		res.Issues = append(res.Issues, checkLengthRatio(seg, job.Pair)...)

		for _, w := range tgtTokens {
			if len(w) >= 4 {
				qa.frequency[glossaryKey(job.Pair, w)]++
			}
		}
		fp := segmentFingerprint(seg.Source)
		res.Fingerprints[fp]++
	}
	for fp, n := range res.Fingerprints {
		if n > 1 {
			res.Issues = append(res.Issues, Issue{Check: "repeated-source", Detail: fp[:12] + " x" + strconv.Itoa(n), Severity: 1})
		}
	}
	sort.SliceStable(res.Issues, func(i, j int) bool {
		if res.Issues[i].Severity != res.Issues[j].Severity {
			return res.Issues[i].Severity > res.Issues[j].Severity
		}
		return res.Issues[i].SegmentID < res.Issues[j].SegmentID
	})
	return res
}

func (qa *QAChecker) checkTerminology(seg Segment, srcTokens []string) []Issue {
	var issues []Issue
	seen := make(map[int]bool)
	for _, tok := range srcTokens {
		for _, idx := range qa.termsByHead[strings.ToLower(tok)] {
			if seen[idx] {
				continue
			}
			seen[idx] = true
			t := qa.termbase[idx]
			if strings.Contains(t.Source, " ") && !termAppearsAsWord(seg.Source, t.Source) {
				continue
			}
			if !termAppearsAsWord(seg.Target, t.Target) {
				issues = append(issues, Issue{SegmentID: seg.ID, Check: "term-missing", Detail: t.Source + " => " + t.Target, Severity: 3})
			}
			for _, bad := range t.Forbidden {
				if termAppearsAsWord(seg.Target, bad) {
					issues = append(issues, Issue{SegmentID: seg.ID, Check: "term-forbidden", Detail: bad, Severity: 3})
				}
			}
		}
	}
	return issues
}

func termAppearsAsWord(text, term string) bool {
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(term) + `\b`)
	return re.MatchString(text)
}

func (qa *QAChecker) checkDoNotTranslate(seg Segment, srcTokens []string) []Issue {
	var issues []Issue
	for _, tok := range srcTokens {
		if len(tok) < 3 || !isCapitalised(tok) {
			continue
		}
		if qa.isDoNotTranslate(tok) && !strings.Contains(seg.Target, tok) {
			issues = append(issues, Issue{SegmentID: seg.ID, Check: "dnt-altered", Detail: tok, Severity: 2})
		}
	}
	return issues
}

func (qa *QAChecker) isDoNotTranslate(word string) bool {
	for _, name := range qa.doNotTranslate {
		if strings.EqualFold(name, word) {
			return true
		}
	}
	return false
}

func glossaryKey(pair LangPair, word string) string {
	return fmt.Sprintf("%s>%s:%s", pair.Source, pair.Target, strings.ToLower(word))
}

type TermCount struct {
	Key   string
	Count int
}

func (qa *QAChecker) TopTerms(n int) []TermCount {
	out := make([]TermCount, 0, len(qa.frequency))
	for k, v := range qa.frequency {
		out = append(out, TermCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Key < out[j].Key
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// ---------------------------------------------------------------------------
// Structural checks

func tokenize(s string) []string {
	out := make([]string, 0, 32)
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		word := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isCapitalised(s string) bool {
	return s[0] >= 'A' && s[0] <= 'Z'
}

func extractNumbers(s string) []string {
	var nums []string
	i := 0
	for i < len(s) {
		if s[i] >= '0' && s[i] <= '9' {
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == ',') {
				j++
			}
			n := strings.TrimRight(strings.ReplaceAll(s[i:j], ",", ""), ".")
			nums = append(nums, n)
			i = j
			continue
		}
		i++
	}
	sort.Strings(nums)
	return nums
}

func checkNumbers(seg Segment) []Issue {
	src := extractNumbers(seg.Source)
	tgt := extractNumbers(seg.Target)
	if len(src) != len(tgt) {
		return []Issue{{SegmentID: seg.ID, Check: "number-count", Detail: strconv.Itoa(len(src)) + "/" + strconv.Itoa(len(tgt)), Severity: 2}}
	}
	for i := range src {
		if src[i] != tgt[i] {
			return []Issue{{SegmentID: seg.ID, Check: "number-mismatch", Detail: src[i] + " vs " + tgt[i], Severity: 2}}
		}
	}
	return nil
}

func placeholders(s string) map[string]int {
	m := map[string]int{}
	for i := 0; i < len(s); i++ {
		if s[i] == '{' {
			j := strings.IndexByte(s[i:], '}')
			if j > 0 {
				m[s[i:i+j+1]]++
				i += j
			}
		}
	}
	return m
}

func checkTags(seg Segment) []Issue {
	src := placeholders(seg.Source)
	tgt := placeholders(seg.Target)
	var issues []Issue
	for tag, n := range src {
		if tgt[tag] != n {
			issues = append(issues, Issue{SegmentID: seg.ID, Check: "tag-mismatch", Detail: tag, Severity: 3})
		}
	}
	return issues
}

var expansion = map[string]float64{"de": 1.30, "fr": 1.20, "es": 1.22, "it": 1.18, "nl": 1.25, "pl": 1.15, "ja": 0.55, "fi": 1.05}

func checkLengthRatio(seg Segment, pair LangPair) []Issue {
	want := expansion[pair.Target]
	if want == 0 {
		want = 1
	}
	ratio := float64(len(seg.Target)) / float64(len(seg.Source)+1)
	if ratio > want*1.8 || ratio < want*0.45 {
		return []Issue{{SegmentID: seg.ID, Check: "length-ratio", Detail: strconv.FormatFloat(ratio, 'f', 2, 64), Severity: 1}}
	}
	return nil
}

func segmentFingerprint(source string) string {
	norm := strings.Join(strings.Fields(strings.ToLower(source)), " ")
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:])
}

func writeJobReport(buf *bytes.Buffer, job Job, res JobResult) {
	buf.WriteString("job ")
	buf.WriteString(job.Code)
	buf.WriteString(" client=")
	buf.WriteString(job.Client)
	buf.WriteString(" pair=")
	buf.WriteString(job.Pair.Source + ">" + job.Pair.Target)
	buf.WriteString(" words=")
	buf.WriteString(strconv.Itoa(res.SourceWords))
	buf.WriteString(" issues=")
	buf.WriteString(strconv.Itoa(len(res.Issues)))
	buf.WriteByte('\n')
	for _, is := range res.Issues {
		buf.WriteString("  seg ")
		buf.WriteString(strconv.Itoa(is.SegmentID))
		buf.WriteByte(' ')
		buf.WriteString(is.Check)
		buf.WriteString(": ")
		buf.WriteString(is.Detail)
		buf.WriteByte('\n')
	}
}
