package main

import (
	"sort"
	"strconv"
	"strings"
)

func seasonReport(r *Roster, season []eventResult) string {
	var sb strings.Builder
	games, upsets := 0, 0
	titles := make(map[int]int)
	var favSum float64
	for _, ev := range season {
		games += ev.games
		titles[ev.winner]++
		favSum += ev.favourite
		if ev.upset {
			upsets++
		}
	}
	sb.WriteString("season: " + strconv.Itoa(len(season)) + " qualifiers, " + strconv.Itoa(games) + " Swiss games, " + strconv.Itoa(upsets) + " long-shot champions\n")
	if len(season) > 0 {
		sb.WriteString("average favourite title odds: " + strconv.FormatFloat(100*favSum/float64(len(season)), 'f', 1, 64) + "%\n")
	}
	winners := make([]int, 0, len(titles))
	for p := range titles {
		winners = append(winners, p)
	}
	sort.Slice(winners, func(i, j int) bool {
		if titles[winners[i]] != titles[winners[j]] {
			return titles[winners[i]] > titles[winners[j]]
		}
		return r.players[winners[i]].Rating > r.players[winners[j]].Rating
	})
	sb.WriteString("qualifier winners:\n")
	for i, p := range winners {
		if i == 10 {
			break
		}
		pl := &r.players[p]
		sb.WriteString("  " + pl.ID + " " + pl.Name + " (" + pl.Country + ") " + strconv.FormatFloat(pl.Rating, 'f', 0, 64) + " x" + strconv.Itoa(titles[p]) + "\n")
	}
	top := make([]int, len(r.players))
	for i := range top {
		top[i] = i
	}
	sort.Slice(top, func(i, j int) bool { return r.players[top[i]].Rating > r.players[top[j]].Rating })
	sb.WriteString("rating list top 5:\n")
	for _, p := range top[:5] {
		pl := &r.players[p]
		sb.WriteString("  " + pl.Name + " " + strconv.FormatFloat(pl.Rating, 'f', 0, 64) + " (" + strconv.Itoa(pl.Games) + " games)\n")
	}
	return sb.String()
}
