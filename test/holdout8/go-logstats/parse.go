package main

import (
	"bytes"
	"regexp"
	"strconv"
)

var (
	// crawler and probe user agents are tracked separately
	botAgent = regexp.MustCompile(`(?i)bot|crawler|spider|probe|curl`)

	staticPrefix = []byte("/static/")
)

// Entry is one parsed access log line.
type Entry struct {
	Client   uint32
	Second   int32
	Method   []byte
	Path     []byte
	Status   int
	Bytes    int64
	Latency  float64
	AgentBot bool
}

// Parser turns raw log lines into entries. A parser is owned by a single
// worker and reuses its scratch buffers.
type Parser struct {
	routeBuf []byte
	botCache map[string]bool
}

func NewParser() *Parser {
	return &Parser{routeBuf: make([]byte, 0, 128), botCache: make(map[string]bool)}
}

func parseIPv4(b []byte) (uint32, bool) {
	var ip, part uint32
	dots := 0
	for _, c := range b {
		switch {
		case c == '.':
			ip = ip<<8 | part
			part = 0
			dots++
		case c >= '0' && c <= '9':
			part = part*10 + uint32(c-'0')
		default:
			return 0, false
		}
	}
	if dots != 3 {
		return 0, false
	}
	return ip<<8 | part, true
}

func atoi(b []byte) (int, bool) {
	if len(b) == 0 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseLine parses one combined log format line with a trailing request
// duration field (seconds).
func (p *Parser) parseLine(line []byte, e *Entry) bool {
	sp := bytes.IndexByte(line, ' ')
	if sp < 0 {
		return false
	}
	ip, ok := parseIPv4(line[:sp])
	if !ok {
		return false
	}
	e.Client = ip
	lb := bytes.IndexByte(line, '[')
	rb := bytes.IndexByte(line, ']')
	if lb < 0 || rb < lb+21 {
		return false
	}
	ts := line[lb+1 : rb]
	h, _ := atoi(ts[12:14])
	m, _ := atoi(ts[15:17])
	s, _ := atoi(ts[18:20])
	e.Second = int32(h*3600 + m*60 + s)

	rest := line[rb+1:]
	q1 := bytes.IndexByte(rest, '"')
	if q1 < 0 {
		return false
	}
	rest = rest[q1+1:]
	q2 := bytes.IndexByte(rest, '"')
	if q2 < 0 {
		return false
	}
	req := rest[:q2]
	rest = rest[q2+1:]
	msp := bytes.IndexByte(req, ' ')
	psp := bytes.LastIndexByte(req, ' ')
	if msp < 0 || psp <= msp {
		return false
	}
	e.Method = req[:msp]
	e.Path = req[msp+1 : psp]

	// ` 200 1234 "` : status and response size
	sizes := bytes.TrimSpace(rest[:bytes.IndexByte(rest, '"')])
	mid := bytes.IndexByte(sizes, ' ')
	if mid < 0 {
		return false
	}
	if e.Status, ok = atoi(sizes[:mid]); !ok {
		return false
	}
	n, _ := atoi(bytes.TrimSpace(sizes[mid+1:]))
	e.Bytes = int64(n)

	// referrer and user agent
	r1 := bytes.IndexByte(rest, '"')
	r2 := bytes.IndexByte(rest[r1+1:], '"') + r1 + 1
	a1 := bytes.IndexByte(rest[r2+1:], '"') + r2 + 1
	a2 := bytes.IndexByte(rest[a1+1:], '"') + a1 + 1
	agent := rest[a1+1 : a2]
	bot, seen := p.botCache[string(agent)]
	if !seen {
		bot = botAgent.Match(agent)
		p.botCache[string(agent)] = bot
	}
	e.AgentBot = bot

	lat, err := strconv.ParseFloat(string(bytes.TrimSpace(rest[a2+1:])), 64)
	if err != nil {
		return false
	}
	e.Latency = lat * 1000
	return true
}

// routeOf normalises a request path into a route key: query strings are
// dropped and numeric IDs replaced.
func (p *Parser) routeOf(path []byte) []byte {
	if q := bytes.IndexByte(path, '?'); q >= 0 {
		path = path[:q]
	}
	p.routeBuf = p.routeBuf[:0]
	if bytes.HasPrefix(path, staticPrefix) {
		// fingerprinted assets: group by directory and extension
		dir := bytes.LastIndexByte(path, '/')
		ext := bytes.LastIndexByte(path, '.')
		p.routeBuf = append(p.routeBuf, path[:dir+1]...)
		p.routeBuf = append(p.routeBuf, '*')
		if ext > dir {
			p.routeBuf = append(p.routeBuf, path[ext:]...)
		}
		return p.routeBuf
	}
	for len(path) > 0 {
		seg := path
		next := bytes.IndexByte(path[1:], '/')
		if next >= 0 {
			seg, path = path[:next+1], path[next+1:]
		} else {
			path = nil
		}
		if _, numeric := atoi(seg[1:]); numeric {
			p.routeBuf = append(p.routeBuf, "/:id"...)
		} else {
			p.routeBuf = append(p.routeBuf, seg...)
		}
	}
	if len(p.routeBuf) == 0 {
		p.routeBuf = append(p.routeBuf, '/')
	}
	return p.routeBuf
}

// ParseChunk parses all lines in a chunk into the aggregate.
func (p *Parser) ParseChunk(chunk []byte, agg *Aggregate) {
	var e Entry
	for len(chunk) > 0 {
		nl := bytes.IndexByte(chunk, '\n')
		var line []byte
		if nl < 0 {
			line, chunk = chunk, nil
		} else {
			line, chunk = chunk[:nl], chunk[nl+1:]
		}
		agg.Lines++
		if !p.parseLine(line, &e) {
			agg.Malformed++
			continue
		}
		agg.Add(p.routeOf(e.Path), e.Method, &e)
	}
}
