package main

import (
	"strings"
	"time"
)

type Enclosure struct {
	URL    string `json:"url"`
	Type   string `json:"type"`
	Length int64  `json:"length"`
}

type Episode struct {
	GUID        string            `json:"guid"`
	Title       string            `json:"title"`
	Description string            `json:"description"`
	Published   time.Time         `json:"published"`
	Duration    int               `json:"duration"`
	Season      int               `json:"season"`
	Number      int               `json:"number"`
	Explicit    bool              `json:"explicit"`
	Keywords    []string          `json:"keywords"`
	Enclosure   Enclosure         `json:"enclosure"`
	Extra       map[string]string `json:"extra"`
}

type Feed struct {
	ShowID     string
	ShowTitle  string
	Language   string
	TitleRules []string
	Episodes   []Episode
}

// rng is a small xorshift generator so batches are reproducible.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

var words = []string{"tech", "history", "murder", "garden", "startup", "coffee", "soccer",
	"climate", "jazz", "cinema", "economy", "space", "cooking", "health", "travel", "science"}

var showRules = [][]string{
	{`(?i)^\s*(ep(isode)?\.?\s*\d+\s*[:\-|]\s*)`, `\s*\[(explicit|clean)\]\s*$`, `(?i)\s*\((re-?run|encore)\)`},
	{`(?i)^#\d+\s*[-:]\s*`, `(?i)\s*-\s*(bonus|trailer)$`, `\s{2,}`},
	{`(?i)^S\d{1,2}E\d{1,3}\s*[:\-]?\s*`, `(?i)\s*\|\s*[a-z ]+ podcast$`, `[\x{1F300}-\x{1FAFF}]`},
}

type feedGenerator struct {
	r     rng
	shows []Feed
}

func newFeedGenerator(seed uint64) *feedGenerator {
	g := &feedGenerator{r: rng{s: seed}}
	for i := 0; i < 60; i++ {
		g.shows = append(g.shows, Feed{
			ShowID:     "show-" + itoa(1000+i),
			ShowTitle:  strings.Title(words[i%len(words)]) + " " + strings.Title(words[(i*7+3)%len(words)]) + " Hour",
			Language:   []string{"en", "de", "es", "fr"}[i%4],
			TitleRules: showRules[i%len(showRules)],
		})
	}
	return g
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func (g *feedGenerator) Batch(shows, perShow int) []Feed {
	out := make([]Feed, 0, shows)
	base := time.Date(2024, 1, 1, 6, 0, 0, 0, time.UTC)
	for i := 0; i < shows; i++ {
		f := g.shows[g.r.intn(len(g.shows))]
		f.Episodes = make([]Episode, 0, perShow)
		for e := 0; e < perShow; e++ {
			n := g.r.intn(400)
			var sb strings.Builder
			sb.WriteString("Episode ")
			sb.WriteString(itoa(n))
			sb.WriteString(": ")
			for w := 0; w < 5; w++ {
				sb.WriteString(strings.Title(words[g.r.intn(len(words))]))
				sb.WriteByte(' ')
			}
			if g.r.intn(4) == 0 {
				sb.WriteString("(rerun)")
			}
			desc := strings.Repeat(words[g.r.intn(len(words))]+" talk with guests about "+words[g.r.intn(len(words))]+". ", 6)
			f.Episodes = append(f.Episodes, Episode{
				GUID:        f.ShowID + "-" + itoa(n),
				Title:       sb.String(),
				Description: desc,
				Published:   base.Add(time.Duration(g.r.intn(300*24)) * time.Hour),
				Duration:    600 + g.r.intn(5400),
				Season:      1 + g.r.intn(6),
				Number:      n,
				Explicit:    g.r.intn(5) == 0,
				Keywords:    []string{words[g.r.intn(len(words))], words[g.r.intn(len(words))], words[g.r.intn(len(words))]},
				Enclosure: Enclosure{
					URL:    "https://cdn.example.invalid/" + f.ShowID + "/" + itoa(n) + ".mp3",
					Type:   "audio/mpeg",
					Length: int64(1_000_000 + g.r.intn(90_000_000)),
				},
				Extra: map[string]string{"lang": f.Language, "source": "rss"},
			})
		}
		out = append(out, f)
	}
	return out
}
