package main

import (
	"crypto/sha1"
	"encoding/hex"
	"regexp"
	"strings"
	"unicode"
)

// applyTitleRules strips show-specific noise from an episode title. Each show
// configures its own list of patterns in the feed settings.
func applyTitleRules(title string, rules []string) string {
	out := title
	for _, rule := range rules {
		re := regexp.MustCompile(rule)
		out = re.ReplaceAllString(out, "")
	}
	return strings.TrimSpace(out)
}

func slugify(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func contentHash(e *Episode) string {
	h := sha1.New()
	for i := 0; i < 8; i++ {
		h.Write([]byte(e.Title))
		h.Write([]byte(e.Description))
		h.Write([]byte(e.Enclosure.URL))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
