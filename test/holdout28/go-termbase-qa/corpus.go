package main

import (
	"math/rand"
	"strconv"
	"strings"
)

var syllables = []string{"ka", "lo", "mi", "ren", "sta", "vo", "tri", "ul", "bex", "dor", "fen", "gal", "hu", "ip", "jor", "ke", "lan", "mor", "nix", "op", "pra", "quin", "ros", "sel", "tam", "ur", "vel", "wan", "xe", "yor", "zel"}

var clients = []string{"Hallberg Medical", "Norrland Energy", "Castell Legal", "Orbis Games", "Vantage Pumps", "Meridian Bank"}

var pairs = []LangPair{{"en", "de"}, {"en", "fr"}, {"en", "es"}, {"en", "it"}, {"en", "nl"}, {"en", "pl"}, {"en", "fi"}}

type corpus struct {
	sourceVocab    []string
	targetVocab    []string
	termbase       []TermEntry
	doNotTranslate []string
}

func makeWord(rng *rand.Rand, minSyl, maxSyl int) string {
	n := minSyl + rng.Intn(maxSyl-minSyl+1)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[rng.Intn(len(syllables))])
	}
	return b.String()
}

func capitalise(s string) string {
	return strings.ToUpper(s[:1]) + s[1:]
}

func newCorpus(rng *rand.Rand) *corpus {
	c := &corpus{}
	for i := 0; i < 1800; i++ {
		c.sourceVocab = append(c.sourceVocab, makeWord(rng, 1, 2))
		c.targetVocab = append(c.targetVocab, makeWord(rng, 2, 4))
	}
	domains := []string{"medical", "legal", "energy", "gaming", "finance"}
	for i := 0; i < 320; i++ {
		src := makeWord(rng, 3, 4)
		if rng.Intn(3) == 0 {
			src += " " + makeWord(rng, 2, 3)
		}
		t := TermEntry{Source: src, Target: makeWord(rng, 3, 4), Domain: domains[rng.Intn(len(domains))]}
		if rng.Intn(2) == 0 {
			t.Forbidden = append(t.Forbidden, makeWord(rng, 3, 4))
		}
		c.termbase = append(c.termbase, t)
	}
	for i := 0; i < 800; i++ {
		c.doNotTranslate = append(c.doNotTranslate, capitalise(makeWord(rng, 2, 3))+strconv.Itoa(rng.Intn(9)))
	}
	return c
}

func (c *corpus) makeJob(rng *rand.Rand, n int) Job {
	job := Job{
		Code:   "TQ-" + strconv.Itoa(24000+n),
		Client: clients[rng.Intn(len(clients))],
		Pair:   pairs[rng.Intn(len(pairs))],
	}
	segCount := 900 + rng.Intn(400)
	for i := 0; i < segCount; i++ {
		job.Segments = append(job.Segments, c.makeSegment(rng, i+1))
	}
	return job
}

func (c *corpus) makeSegment(rng *rand.Rand, id int) Segment {
	words := 10 + rng.Intn(18)
	src := make([]string, 0, words)
	tgt := make([]string, 0, words)
	tagOpen := rng.Intn(5) == 0
	for i := 0; i < words; i++ {
		switch r := rng.Intn(100); {
		case r < 4:
			t := c.termbase[rng.Intn(len(c.termbase))]
			src = append(src, t.Source)
			switch q := rng.Intn(20); {
			case q == 0 && len(t.Forbidden) > 0:
				tgt = append(tgt, t.Forbidden[0])
			case q == 1:
				tgt = append(tgt, c.targetVocab[rng.Intn(len(c.targetVocab))])
			default:
				tgt = append(tgt, t.Target)
			}
		case r < 14:
			name := c.doNotTranslate[rng.Intn(len(c.doNotTranslate))]
			src = append(src, name)
			if rng.Intn(25) == 0 {
				tgt = append(tgt, strings.ToLower(name))
			} else {
				tgt = append(tgt, name)
			}
		case r < 18:
			num := strconv.Itoa(rng.Intn(5000))
			if rng.Intn(3) == 0 {
				num += "." + strconv.Itoa(rng.Intn(100))
			}
			src = append(src, num)
			if rng.Intn(40) == 0 {
				tgt = append(tgt, strconv.Itoa(rng.Intn(5000)))
			} else {
				tgt = append(tgt, num)
			}
		case r < 24:
			k := rng.Intn(len(c.sourceVocab))
			src = append(src, capitalise(c.sourceVocab[k]))
			tgt = append(tgt, capitalise(c.targetVocab[k]))
		default:
			k := rng.Intn(len(c.sourceVocab))
			src = append(src, c.sourceVocab[k])
			tgt = append(tgt, c.targetVocab[k])
		}
	}
	s := strings.Join(src, " ")
	t := strings.Join(tgt, " ")
	if tagOpen {
		s = "{1}" + s + "{2}"
		if rng.Intn(15) == 0 {
			t = "{1}" + t
		} else {
			t = "{1}" + t + "{2}"
		}
	}
	return Segment{ID: id, Source: s + ".", Target: t + "."}
}
