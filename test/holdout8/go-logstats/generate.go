package main

import (
	"math"
	"math/rand"
	"strconv"
)

// Generator produces synthetic combined-log-format access log chunks.
type Generator struct {
	r       *rand.Rand
	clock   int64 // seconds since midnight
	methods []string
	routes  []routeTemplate
	agents  []string
	refs    []string
}

type routeTemplate struct {
	prefix   string
	idSuffix string
	weight   int
	method   int
	latency  float64 // median latency in ms
}

const monthDay = "12/Mar/2024:"

func NewGenerator(seed int64) *Generator {
	return &Generator{
		r:       rand.New(rand.NewSource(seed)),
		methods: []string{"GET", "POST", "PUT", "DELETE"},
		routes: []routeTemplate{
			{"/", "", 30, 0, 12},
			{"/products/", "", 120, 0, 35},
			{"/products/", "/reviews", 25, 0, 60},
			{"/cart", "", 40, 0, 22},
			{"/cart/items/", "", 30, 1, 48},
			{"/checkout", "", 8, 1, 240},
			{"/api/v2/orders/", "", 20, 0, 80},
			{"/api/v2/orders/", "/status", 35, 0, 18},
			{"/api/v2/users/", "/preferences", 10, 2, 55},
			{"/search", "", 70, 0, 110},
			{"/static/js/app.", ".js", 90, 0, 3},
			{"/static/img/p", ".webp", 140, 0, 4},
			{"/account/sessions/", "", 6, 3, 30},
			{"/healthz", "", 15, 0, 1},
		},
		agents: []string{
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
			"Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
			"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"curl/8.4.0",
			"kube-probe/1.28",
		},
		refs: []string{"-", "https://www.example-shop.com/", "https://www.google.com/", "https://www.example-shop.com/search"},
	}
}

func (g *Generator) pickRoute() *routeTemplate {
	total := 0
	for i := range g.routes {
		total += g.routes[i].weight
	}
	n := g.r.Intn(total)
	for i := range g.routes {
		n -= g.routes[i].weight
		if n < 0 {
			return &g.routes[i]
		}
	}
	return &g.routes[0]
}

func appendPad2(b []byte, v int64) []byte {
	if v < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, v, 10)
}

// appendSeconds writes a millisecond duration as seconds with four
// decimals, the way the proxy logs request time.
func appendSeconds(b []byte, ms float64) []byte {
	v := int64(ms*10 + 0.5)
	b = strconv.AppendInt(b, v/10000, 10)
	b = append(b, '.')
	frac := v % 10000
	for d := int64(1000); d > frac && d > 1; d /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, frac, 10)
}

// Chunk appends n newline-terminated log lines to buf (which may be nil)
// and returns the result.
func (g *Generator) Chunk(buf []byte, n int) []byte {
	b := buf[:0]
	if cap(b) < n*230 {
		b = make([]byte, 0, n*230)
	}
	for i := 0; i < n; i++ {
		g.clock += int64(g.r.Intn(3))
		rt := g.pickRoute()
		// client IP
		ip := g.r.Intn(60000)
		b = append(b, "10."...)
		b = strconv.AppendInt(b, int64(ip>>12&0xff), 10)
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(ip>>6&0x3f), 10)
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(ip&0x3f), 10)
		b = append(b, " - - ["...)
		b = append(b, monthDay...)
		secs := g.clock % 86400
		b = appendPad2(b, secs/3600)
		b = append(b, ':')
		b = appendPad2(b, secs/60%60)
		b = append(b, ':')
		b = appendPad2(b, secs%60)
		b = append(b, ` +0000] "`...)
		b = append(b, g.methods[rt.method]...)
		b = append(b, ' ')
		b = append(b, rt.prefix...)
		if rt.prefix != "/" && rt.prefix[len(rt.prefix)-1] == '/' || rt.idSuffix != "" {
			b = strconv.AppendInt(b, int64(g.r.Intn(250000)), 10)
		}
		b = append(b, rt.idSuffix...)
		if rt.prefix == "/search" {
			b = append(b, "?q=item"...)
			b = strconv.AppendInt(b, int64(g.r.Intn(5000)), 10)
		}
		b = append(b, ` HTTP/1.1" `...)
		status := 200
		switch x := g.r.Intn(1000); {
		case x < 6:
			status = 500
		case x < 12:
			status = 503
		case x < 40:
			status = 404
		case x < 55:
			status = 304
		case x < 65 && rt.method > 0:
			status = 422
		}
		b = strconv.AppendInt(b, int64(status), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(200+g.r.Intn(48000)), 10)
		b = append(b, ` "`...)
		b = append(b, g.refs[g.r.Intn(len(g.refs))]...)
		b = append(b, `" "`...)
		b = append(b, g.agents[g.r.Intn(len(g.agents))]...)
		b = append(b, `" `...)
		lat := rt.latency * math.Exp(g.r.NormFloat64()*0.6)
		if status >= 500 {
			lat *= 4
		}
		b = appendSeconds(b, lat)
		b = append(b, '\n')
	}
	return b
}
