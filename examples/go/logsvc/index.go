package main

import "sync"

// Archive keeps the rendered records of each tenant (the cold store).
type Archive struct {
	mu      sync.Mutex
	bytes   map[string]int
	records map[string]int
}

// NewArchive returns an empty archive.
func NewArchive() *Archive {
	return &Archive{bytes: map[string]int{}, records: map[string]int{}}
}

// Append stores one batch of records.
func (a *Archive) Append(tenant string, records []string) {
	n := 0
	for _, r := range records {
		n += len(r)
	}
	a.mu.Lock()
	a.bytes[tenant] += n
	a.records[tenant] += len(records)
	a.mu.Unlock()
}

// Index is a small inverted index: term -> number of lines that contain it.
type Index struct {
	mu    sync.Mutex
	terms map[string]int
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{terms: map[string]int{}}
}

// Add indexes the messages of one batch.
func (x *Index) Add(tenant string, entries []Entry) {
	var postings [][]string
	for i := range entries {
		postings = append(postings, tokenize(entries[i].Message))
	}
	x.mu.Lock()
	for _, terms := range postings {
		for _, t := range terms {
			x.terms[t]++
		}
	}
	x.mu.Unlock()
}

// Queue holds the entries waiting for the incident notifier.
type Queue struct {
	mu      sync.Mutex
	pending []*Entry
}

// Push adds a batch; the queue keeps the newest 1000 entries.
func (q *Queue) Push(entries []*Entry) {
	q.mu.Lock()
	q.pending = append(q.pending, entries...)
	if n := len(q.pending); n > 1000 {
		q.pending = append(q.pending[:0], q.pending[n-1000:]...)
	}
	q.mu.Unlock()
}

// tokenize splits a message into lower-case search terms: every word, and
// every prefix of three letters or more of it (for search-as-you-type).
func tokenize(msg string) []string {
	var terms []string
	var cur []byte
	for i := 0; i <= len(msg); i++ {
		var c byte = ' '
		if i < len(msg) {
			c = msg[i]
		}
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			cur = append(cur, c)
		case c >= 'A' && c <= 'Z':
			cur = append(cur, c+'a'-'A')
		default:
			if len(cur) == 0 {
				continue
			}
			for n := 3; n < len(cur); n++ {
				terms = append(terms, string(cur[:n]))
			}
			terms = append(terms, string(cur))
			cur = nil
		}
	}
	return terms
}
