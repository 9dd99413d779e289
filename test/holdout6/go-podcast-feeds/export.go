package main

import (
	"fmt"
	"hash/crc32"
	"strings"
)

// sitemapWriter accumulates the per-episode lines of the partner sitemap and
// rotates into a new chunk every few thousand lines.
type sitemapWriter struct {
	cur    strings.Builder
	lines  int
	chunks []uint32
}

func (w *sitemapWriter) Add(show string, se *storedEpisode) {
	e := &se.Episode
	line := fmt.Sprintf("%s\t%-40s\t%q\t%s\t%6.1f\t%10d\t%-5t\t%v\t%s\n",
		se.Key, se.Slug, e.Title, e.Published.Format("2006-01-02T15:04:05Z07:00"),
		float64(e.Duration)/60.0, e.Enclosure.Length, e.Explicit, e.Keywords, show)
	w.cur.WriteString(line)
	w.lines++
	for i, kw := range e.Keywords {
		w.cur.WriteString(fmt.Sprintf("%s\tkeyword[%d]=%-12s\tseason=%02d\tepisode=%04d\tlang=%s\n",
			se.Key, i, kw, e.Season, e.Number, e.Extra["lang"]))
		w.lines++
	}
	if w.lines%4000 == 0 {
		w.flush()
	}
}

func (w *sitemapWriter) flush() {
	if w.cur.Len() == 0 {
		return
	}
	w.chunks = append(w.chunks, crc32.ChecksumIEEE([]byte(w.cur.String())))
	w.cur.Reset()
}
