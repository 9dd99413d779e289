// Generates small Go programs for the classifier's training data, as node-programs.mjs does for
// Node: one planted pattern (or none) among ordinary work, random names, a random wrapper
// (loop, method on a service struct, closure, goroutine workers), sometimes behind a vendored
// package of the program's own module. Each program records its own CPU profile with
// runtime/pprof at 1 ms (runtime.SetCPUProfileRate before StartCPUProfile).
import { mulberry32, namer } from './node-programs.mjs';

const cap = (s) => s[0].toUpperCase() + s.slice(1);

const FILLERS = [
  (f) => `func ${f}(it *Item) int {
	acc := 0.0
	for i := 0; i < 600; i++ {
		acc += math.Sqrt(float64(it.N*i+1)) * math.Sin(float64(i))
	}
	return int(acc)
}`,
  (f) => `func ${f}(it *Item) int {
	xs := it.Scratch[:0]
	for i := 0; i < 300; i++ {
		xs = append(xs, (it.N*7919+i*104729)%1000)
	}
	sort.Ints(xs)
	it.Scratch = xs
	return xs[150]
}`,
  (f) => `func ${f}(it *Item) int {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString(it.Name)
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(i))
	}
	return b.Len()
}`,
  (f) => `func ${f}(it *Item) int {
	h := sha256.New()
	for i := 0; i < 4; i++ {
		h.Write(it.Payload)
	}
	return int(h.Sum(nil)[0])
}`,
  (f) => `func ${f}(it *Item) int {
	m := it.Counts
	for i := 0; i < 200; i++ {
		m[i%37] += it.N
	}
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}`,
  (f) => `func ${f}(it *Item) int {
	var h uint32 = 2166136261
	for r := 0; r < 8; r++ {
		for i := 0; i < len(it.Name); i++ {
			h = (h ^ uint32(it.Name[i])) * 16777619
		}
	}
	return int(h & 0xff)
}`,
  // Keyed lookups done right: a map built once, and a sorted key list searched by halves. Their
  // string comparisons are what a linear scan also runs, in a clean shape.
  (f) => `var ${f}Keys, ${f}Index = func() ([]string, map[string]int) {
	keys := make([]string, 2400)
	index := make(map[string]int, len(keys))
	for i := range keys {
		keys[i] = "K-" + strconv.Itoa(100000+i*7)
		index[keys[i]] = i
	}
	return keys, index
}()

func ${f}(it *Item) int {
	s := 0
	for k := 0; k < 60; k++ {
		s += ${f}Index[${f}Keys[(it.N+k*31)%len(${f}Keys)]]
	}
	return s
}`,
  (f) => `var ${f}Sorted = func() []string {
	out := make([]string, 2400)
	for i := range out {
		out[i] = "R-" + strconv.Itoa(900000-i*11)
	}
	sort.Strings(out)
	return out
}()

func ${f}(it *Item) int {
	hits := 0
	for k := 0; k < 40; k++ {
		key := ${f}Sorted[(it.N*k+k)%len(${f}Sorted)]
		if i := sort.SearchStrings(${f}Sorted, key); i < len(${f}Sorted) && ${f}Sorted[i] == key {
			hits++
		}
	}
	return hits
}`,
];
const FILLER_IMPORTS = ['math', 'sort', 'strings|strconv', 'crypto/sha256', '', '', 'strconv', 'sort|strconv'];

const PATTERNS = {
  'regex-compilation-in-hot-path': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 3);
    const bodies = [
      `re := regexp.MustCompile("^" + regexp.QuoteMeta(it.Tags[it.N%len(it.Tags)]) + "[-_]?(\\\\d+)$")
	return len(re.FindStringSubmatch(it.Name))`,
      `n := 0
	for _, t := range it.Tags {
		re, err := regexp.Compile("(?i)\\\\b" + t + "\\\\w*")
		if err == nil && re.MatchString(it.Text) {
			n++
		}
	}
	return n`,
      `re := regexp.MustCompile(\`(\\w+)=(\\d+);\` + strconv.Itoa(it.N%50))
	return len(re.ReplaceAllString(it.Text, "$1"))`,
    ];
    return { imports: ['regexp', 'strconv'], code: `func ${f}(it *Item) int {\n\t${bodies[v]}\n}`, entry: f, planted: [f] };
  },
  'string-formatting-overhead': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 3);
    const bodies = [
      `s := 0
	for i := 0; i < 20; i++ {
		s += len(fmt.Sprintf("%s-%d-%08.3f-%v", it.Name, i, float64(it.N)/3, it.Tags))
	}
	return s`,
      `key := fmt.Sprintf("metric{name=%q,host=%s,idx=%d}", it.Name, it.Tags[0], it.N)
	key += fmt.Sprint(it.N, it.Tags)
	return len(key)`,
      `var b []string
	for i, t := range it.Tags {
		b = append(b, fmt.Sprintf("%d:%s:%x", i, t, it.N*i))
	}
	return len(fmt.Sprintf("%v", b))`,
    ];
    return { imports: ['fmt'], code: `func ${f}(it *Item) int {\n\t${bodies[v]}\n}`, entry: f, planted: [f] };
  },
  'serialization-overhead': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 3);
    const bodies = [
      `b, _ := json.Marshal(it.Doc)
	var back Doc
	_ = json.Unmarshal(b, &back)
	return len(back.Lines)`,
      `b, _ := json.Marshal(map[string]interface{}{"doc": it.Doc, "n": it.N})
	return len(b)`,
      `var copy Doc
	raw, _ := json.Marshal(it.Doc)
	_ = json.NewDecoder(bytes.NewReader(raw)).Decode(&copy)
	return len(copy.Lines)`,
    ];
    return { imports: ['encoding/json', 'bytes'], code: `func ${f}(it *Item) int {\n\t${bodies[v]}\n}`, entry: f, planted: [f] };
  },
  'excessive-allocation': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 5);
    const bodies = [
      `var rows [][]int
	for i := 0; i < 200; i++ {
		rows = append(rows, make([]int, 64+i%16))
	}
	return len(rows)`,
      `m := map[string][]byte{}
	for i := 0; i < 100; i++ {
		m[strconv.Itoa(i)] = make([]byte, 512)
	}
	return len(m)`,
      `s := []*Item{}
	for i := 0; i < 300; i++ {
		s = append(s, &Item{N: i, Name: it.Name})
	}
	return len(s)`,
      `var window []int
	for i := 0; i < 80; i++ {
		window = append([]int{it.N + i}, window...)
		if len(window) > 48 {
			window = window[:48]
		}
	}
	return len(window)`,
      `var parts []string
	for i := 0; i < 60; i++ {
		parts = append(parts, it.Name+strconv.Itoa(i))
	}
	joined := strings.Join(parts, ",")
	return len(strings.Split(joined, ","))`,
    ];
    return { imports: ['strconv', 'strings'], code: `func ${f}(it *Item) int {\n\t${bodies[v]}\n}`, entry: f, planted: [f, 'runtime.gcBgMarkWorker', 'runtime.bgsweep'] };
  },
  'lock-contention': (n, random) => {
    const f = n.fn();
    const T = cap(n.pick(['cache', 'registry', 'counter', 'pool', 'index']));
    const rw = random() < 0.5;
    return {
      imports: ['sync'],
      code: `type ${T} struct {
	mu sync.${rw ? 'RWMutex' : 'Mutex'}
	m  map[int]int
}

var shared${T} = &${T}{m: map[int]int{}}

func ${f}(it *Item) int {
	c := shared${T}
	s := 0
	for i := 0; i < 50; i++ {
		c.mu.Lock()
		c.m[(it.N+i)%64]++
		s += c.m[i%64]
		c.mu.Unlock()
	}
	return s
}`,
      entry: f,
      parallel: true,
      planted: [f, 'sync.(*Mutex).lockSlow', 'sync.(*Mutex).unlockSlow'],
    };
  },
  'reflection-overhead': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 3);
    const bodies = [
      `v := reflect.ValueOf(*it.Doc)
	s := 0
	for i := 0; i < v.NumField(); i++ {
		s += len(v.Type().Field(i).Name) + len(fmt.Sprint(v.Field(i).Kind()))
	}
	return s`,
      `if reflect.DeepEqual(it.Doc, it.Prev) {
		return 1
	}
	return 0`,
      `m := reflect.ValueOf(it).MethodByName("Score")
	out := m.Call([]reflect.Value{reflect.ValueOf(it.N)})
	return int(out[0].Int())`,
    ];
    return { imports: v === 0 ? ['reflect', 'fmt'] : ['reflect'], code: `func ${f}(it *Item) int {\n\t${bodies[v]}\n}`, entry: f, planted: [f] };
  },
  'sync-crypto-on-request-path': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 3);
    const K = n.cls();
    const code = [
      // Key stretching by hand (PBKDF2's loop) for every item.
      `func ${f}(it *Item) int {
	mac := hmac.New(sha256.New, it.Payload)
	u := []byte(it.Name)
	for i := 0; i < 400; i++ {
		mac.Reset()
		mac.Write(u)
		u = mac.Sum(u[:0])
	}
	return int(u[0])
}`,
      `var key${K}, _ = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)

func ${f}(it *Item) int {
	digest := sha256.Sum256(it.Payload)
	r, s, err := ecdsa.Sign(rand.Reader, key${K}, digest[:])
	if err != nil {
		return 0
	}
	return int(r.Bits()[0]&1) + int(s.Bits()[0]&1)
}`,
      `var key${K}, _ = rsa.GenerateKey(rand.Reader, 1024)

func ${f}(it *Item) int {
	digest := sha256.Sum256(it.Payload)
	sig, err := rsa.SignPKCS1v15(rand.Reader, key${K}, crypto.SHA256, digest[:])
	if err != nil {
		return 0
	}
	return int(sig[0])
}`,
    ][v];
    const imports = [['crypto/hmac', 'crypto/sha256'], ['crypto/ecdsa', 'crypto/elliptic', 'crypto/rand', 'crypto/sha256'], ['crypto', 'crypto/rsa', 'crypto/rand', 'crypto/sha256']][v];
    return { imports, code, entry: f, planted: [f] };
  },
  // A log line per item through the standard logger, which works out the caller's file and line for
  // each one (Lshortfile, Llongfile), to a sink nobody reads.
  'logging-overhead': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 3);
    const flags = random() < 0.5 ? 'log.LstdFlags|log.Lmicroseconds|log.Lshortfile' : 'log.Ldate|log.Ltime|log.Llongfile';
    const bodies = [
      `for i := 0; i < 5; i++ {
		logger.Printf("processed %s step %d tags=%v doc=%+v", it.Name, i, it.Tags, it.Doc.Lines[0])
	}
	return 1`,
      `for i, t := range it.Tags {
		logger.Println("tag", i, t, "of", it.Name, "n", it.N)
	}
	return len(it.Tags)`,
      `logger.Print("item ", it.Name, " qty ", it.Doc.Lines[it.N%len(it.Doc.Lines)].Qty)
	if it.N%2 == 0 {
		logger.Printf("even item %d (%s)", it.N, it.Text[:8])
	}
	return 2`,
    ];
    return {
      imports: ['log', 'io'],
      code: `var logger = log.New(io.Discard, "svc ", ${flags})

func ${f}(it *Item) int {
	${bodies[v]}
}`,
      entry: f,
      planted: [f],
    };
  },
  // A lookup by key done as a linear scan of a slice, per item: string comparisons in a loop over
  // thousands of records (Go compares equal-length strings in runtime.memequal).
  'quadratic-collection-scan': (n, random) => {
    const f = n.fn();
    const R = cap(n.fn());
    const v = Math.floor(random() * 3);
    const table = `type ${R}Record struct {
	Key   string
	Zone  string
	Limit int
}

var ${R}Table = func() []${R}Record {
	out := make([]${R}Record, 2000+${Math.floor(random() * 1500)})
	for i := range out {
		out[i] = ${R}Record{Key: "ID-" + strconv.Itoa(100000+i*13), Zone: "z" + strconv.Itoa(i%9), Limit: i % 17}
	}
	return out
}()`;
    const bodies = [
      `key := ${R}Table[(it.N*7919)%len(${R}Table)].Key
	for i := range ${R}Table {
		if ${R}Table[i].Key == key {
			return ${R}Table[i].Limit
		}
	}
	return -1`,
      `key := strings.ToLower(${R}Table[(it.N*104729)%len(${R}Table)].Key)
	for _, r := range ${R}Table {
		if strings.EqualFold(r.Key, key) {
			return r.Limit
		}
	}
	return -1`,
      `seen := it.Tags[:0:0]
	n := 0
	for k := 0; k < 3; k++ {
		key := ${R}Table[(it.N+k*997)%len(${R}Table)].Key
		for _, r := range ${R}Table {
			if r.Key == key {
				seen = append(seen, r.Zone)
				n += r.Limit
				break
			}
		}
	}
	return n + len(seen)`,
    ];
    return { imports: ['strconv', 'strings'], code: `${table}

func ${f}(it *Item) int {
	${bodies[v]}
}`, entry: f, planted: [f] };
  },
  'exception-as-control-flow': (n, random) => {
    const f = n.fn();
    const g = n.fn();
    if (random() < 0.5) return stackError(n, random, f, g);
    return {
      imports: [],
      code: `func ${g}(v, i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	if (v+i)%3 != 0 {
		panic("invalid value")
	}
	return v
}

func ${f}(it *Item) int {
	ok := 0
	for i := 0; i < 20; i++ {
		if ${g}(it.N, i) >= 0 {
			ok++
		}
	}
	return ok
}`,
      entry: f,
      planted: [f, g],
    };
  },
};

// An error type that records where it was made, as github.com/pkg/errors and many services' own
// error packages do: runtime.Callers per error, and with half of them the frames symbolised too.
function stackError(n, random, f, g) {
  const E = n.fn();
  const symbolise = random() < 0.5;
  return {
    imports: ['strconv'],
    code: `type ${E}Error struct {
	msg   string
	stack []uintptr
	where []string
}

func (e *${E}Error) Error() string { return e.msg }

func new${E}Error(msg string) error {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	e := &${E}Error{msg: msg, stack: pcs[:n]}
${symbolise ? `	frames := runtime.CallersFrames(e.stack)
	for {
		fr, more := frames.Next()
		e.where = append(e.where, fr.Function+":"+strconv.Itoa(fr.Line))
		if !more {
			break
		}
	}
` : ''}	return e
}

func ${g}(v, i int) (int, error) {
	if (v+i)%3 != 0 {
		return 0, new${E}Error("value " + strconv.Itoa(v) + " out of range")
	}
	return v, nil
}

func ${f}(it *Item) int {
	ok := 0
	for i := 0; i < 20; i++ {
		if _, err := ${g}(it.N, i); err == nil {
			ok++
		}
	}
	return ok
}`,
    entry: f,
    planted: [f, g, `new${E}Error`],
  };
}

export const GO_CATEGORIES = Object.keys(PATTERNS);

// A blank use of each import, so a variant that does not call a package still compiles.
const GUARDS = { 'crypto/hmac': 'hmac.New', 'crypto/ecdsa': 'ecdsa.Sign', 'crypto/elliptic': 'elliptic.P256', 'crypto/rand': 'rand.Reader', 'crypto/rsa': 'rsa.GenerateKey', crypto: 'crypto.SHA256', strconv: 'strconv.Itoa', fmt: 'fmt.Sprint', bytes: 'bytes.NewReader', regexp: 'regexp.MustCompile', reflect: 'reflect.TypeOf', math: 'math.Sqrt', sort: 'sort.Ints', strings: 'strings.ToUpper', 'crypto/sha256': 'sha256.New', log: 'log.New', io: 'io.Discard', 'encoding/json': 'json.Marshal' };

export function goProgram(name, category, seed, millis = 1500) {
  const random = mulberry32(seed);
  const n = namer(random);
  const fn = () => cap(n.fn());
  const nn = { ...n, fn };
  const pattern = category ? PATTERNS[category](nn, random) : null;
  const imports = new Set(['os', 'runtime', 'runtime/pprof', 'time', 'sync']);
  const fillers = [];
  const fillerNames = [];
  const pool = FILLERS.map((_, i) => i);
  const count = 1 + Math.floor(random() * 3) + (category ? 0 : 1);
  for (let k = 0; k < count; k++) {
    const idx = pool.splice(Math.floor(random() * pool.length), 1)[0];
    const f = fn();
    fillerNames.push(f);
    fillers.push(FILLERS[idx](f));
    for (const i of FILLER_IMPORTS[idx].split('|')) if (i) imports.add(i);
  }
  for (const i of pattern?.imports ?? []) imports.add(i);
  const calls = [...fillerNames];
  if (pattern) calls.splice(Math.floor(random() * (calls.length + 1)), 0, pattern.entry);
  const styles = ['loop', 'method', 'closure', 'workers'];
  const style = pattern?.parallel ? 'workers' : styles[Math.floor(random() * styles.length)];
  const body = calls.map((c) => `\tout += ${c}(it)`).join('\n');
  const worker = fn();
  let drive;
  if (style === 'method') {
    const T = n.cls();
    const M = fn();
    drive = `type ${T} struct{ count int }

func (s *${T}) ${M}(it *Item) int {
	out := 0
${body}
	s.count++
	return out
}

func drive(items []*Item, until time.Time) {
	s := &${T}{}
	for i := 0; time.Now().Before(until); i++ {
		s.${M}(items[i%len(items)])
	}
}`;
  } else if (style === 'closure') {
    drive = `func make${worker}(base int) func(*Item) int {
	return func(it *Item) int {
		out := base
${body}
		return out
	}
}

func drive(items []*Item, until time.Time) {
	w := make${worker}(1)
	for i := 0; time.Now().Before(until); i++ {
		w(items[i%len(items)])
	}
}`;
  } else if (style === 'workers') {
    drive = `func ${worker}(it *Item) int {
	out := 0
${body}
	return out
}

func drive(items []*Item, until time.Time) {
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			local := make([]*Item, len(items))
			for i, it := range items {
				c := *it
				c.Counts = map[int]int{}
				c.Scratch = nil
				local[i] = &c
			}
			for i := w; time.Now().Before(until); i++ {
				${worker}(local[i%len(local)])
			}
		}(w)
	}
	wg.Wait()
}`;
  } else {
    drive = `func ${worker}(it *Item) int {
	out := 0
${body}
	return out
}

func drive(items []*Item, until time.Time) {
	for i := 0; time.Now().Before(until); i++ {
		${worker}(items[i%len(items)])
	}
}`;
  }
  const main = `package main

import (
${[...imports].sort().map((i) => `\t"${i}"`).join('\n')}
)

type Line struct {
	SKU   string
	Qty   int
	Price float64
}

type Doc struct {
	ID       int
	Customer string
	Lines    []Line
	Meta     map[string]string
}

type Item struct {
	N       int
	Name    string
	Text    string
	Tags    []string
	Payload []byte
	Doc     *Doc
	Prev    *Doc
	Counts  map[int]int
	Scratch []int
}

func (it *Item) Score(k int) int64 { return int64(it.N * k) }

var _ = sync.Mutex{}
${[...imports].filter((i) => GUARDS[i]).map((i) => `var _ = ${GUARDS[i]}`).join('\n')}

${pattern?.code ?? ''}

${fillers.join('\n\n')}

${drive}

func items() []*Item {
	words := []string{"alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "zeta"}
	out := make([]*Item, 400)
	for i := range out {
		d := &Doc{ID: i, Customer: "customer", Meta: map[string]string{"a": "b", "c": "d"}}
		for k := 0; k < 10; k++ {
			d.Lines = append(d.Lines, Line{SKU: "sku", Qty: k + 1, Price: float64(k) * 2.5})
		}
		out[i] = &Item{N: i*31 + 7, Name: "item-" + words[i%8], Text: "order alpha=42; beta=7; gamma=9; shipped to delta9",
			Tags: []string{words[i%8], words[(i*3)%8], words[(i*5)%8]}, Payload: make([]byte, 2048), Doc: d, Prev: d,
			Counts: map[int]int{}}
	}
	return out
}

func main() {
	its := items()
	drive(its, time.Now().Add(${Math.round(millis / 10)}*time.Millisecond))
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	runtime.SetCPUProfileRate(1000)
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	drive(its, time.Now().Add(${millis}*time.Millisecond))
	pprof.StopCPUProfile()
	f.Close()
}
`;
  return { name, runtime: 'go', category: category ?? 'none', wrapper: style, files: { 'main.go': main, 'go.mod': `module example.com/${name.replace(/[^a-z0-9-]/g, '')}\n\ngo 1.19\n` }, planted: pattern?.planted ?? [] };
}
