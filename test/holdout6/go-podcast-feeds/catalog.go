package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type storedEpisode struct {
	Key     string
	Slug    string
	Hash    string
	Words   int
	Episode Episode
}

type showSummary struct {
	Title        string
	TotalMinutes int
}

type catalogIndex struct {
	episodes map[string]*storedEpisode
	byShow   map[string][]string
	titles   map[string]string
	sitemap  sitemapWriter
}

type ingestStats struct{ Added, Updated, Skipped int }

func (s *ingestStats) add(o ingestStats) {
	s.Added += o.Added
	s.Updated += o.Updated
	s.Skipped += o.Skipped
}

func newCatalogIndex() *catalogIndex {
	return &catalogIndex{
		episodes: map[string]*storedEpisode{},
		byShow:   map[string][]string{},
		titles:   map[string]string{},
	}
}

func episodeKey(showID string, e *Episode) string {
	return fmt.Sprintf("%s/s%02d/e%04d/%s/%d", showID, e.Season, e.Number,
		e.Published.Format("2006-01-02"), e.Enclosure.Length)
}

// cloneEpisode gives the index its own copy so that later edits on the feed
// object do not leak into stored state.
func cloneEpisode(e Episode) Episode {
	raw, err := json.Marshal(e)
	if err != nil {
		panic(err)
	}
	var out Episode
	if err := json.Unmarshal(raw, &out); err != nil {
		panic(err)
	}
	return out
}

func ingestFeed(idx *catalogIndex, f Feed) ingestStats {
	var st ingestStats
	idx.titles[f.ShowID] = f.ShowTitle
	sort.Slice(f.Episodes, func(i, j int) bool {
		return f.Episodes[i].Published.Before(f.Episodes[j].Published)
	})
	for i := range f.Episodes {
		ep := &f.Episodes[i]
		ep.Title = applyTitleRules(ep.Title, f.TitleRules)
		key := episodeKey(f.ShowID, ep)
		hash := contentHash(ep)
		if prev, ok := idx.episodes[key]; ok {
			if prev.Hash == hash {
				st.Skipped++
				continue
			}
			prev.Hash = hash
			prev.Episode = cloneEpisode(*ep)
			st.Updated++
			continue
		}
		se := &storedEpisode{
			Key:     key,
			Slug:    slugify(ep.Title),
			Hash:    hash,
			Words:   wordCount(ep.Description),
			Episode: cloneEpisode(*ep),
		}
		idx.episodes[key] = se
		idx.byShow[f.ShowID] = append(idx.byShow[f.ShowID], key)
		idx.sitemap.Add(f.ShowTitle, se)
		st.Added++
	}
	return st
}

func (idx *catalogIndex) ShowCount() int { return len(idx.byShow) }

func (idx *catalogIndex) TopShows(n int) []showSummary {
	var out []showSummary
	for show, keys := range idx.byShow {
		total := 0
		for _, k := range keys {
			total += idx.episodes[k].Episode.Duration / 60
		}
		out = append(out, showSummary{Title: strings.TrimSpace(idx.titles[show]), TotalMinutes: total})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].TotalMinutes != out[j].TotalMinutes {
			return out[i].TotalMinutes > out[j].TotalMinutes
		}
		return out[i].Title < out[j].Title
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
