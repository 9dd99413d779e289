import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitApply, patchAt } from '../../../../test/support/patch-apply';
import { parseSource } from '../parser';
import { hasSyntaxError } from './ast';
import { buildPatch, INTERNAL_ERROR } from './index';

const GO = '/usr/bin/go';
const hasGo = existsSync(GO);

async function goPatch(text: string, needle: string, category = 'regex-compilation-in-hot-path', nth = 1) {
  return patchAt(text, needle, category, { file: 'svc/handler.go', language: 'go', nth });
}

/** gofmt -l and go vet of one file in a fresh module: the compiler's verdict on the patched file. */
function goCheck(source: string): { gofmt: string; vet: { status: number | null; output: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'hotpath-go-'));
  try {
    mkdirSync(join(dir, 'svc'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/check\n\ngo 1.19\n');
    writeFileSync(join(dir, 'svc', 'handler.go'), source);
    const env = goEnv(dir);
    const fmt = spawnSync('/usr/bin/gofmt', ['-l', 'svc'], { cwd: dir, encoding: 'utf8', env });
    const vet = spawnSync(GO, ['vet', './...'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    return { gofmt: fmt.stdout.trim(), vet: { status: vet.status, output: vet.stdout + vet.stderr } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectCompiles(after: string | undefined): void {
  expect(after).toBeDefined();
  if (!hasGo) return;
  const r = goCheck(after!);
  expect(r.vet.output).toBe('');
  expect(r.vet.status).toBe(0);
  expect(r.gofmt).toBe('');
}

const REDACT = `package svc

import (
	"regexp"
	"strings"
)

// redactSecrets hides credentials that clients leak into messages.
func redactSecrets(msg string) string {
	if strings.IndexByte(msg, '=') < 0 {
		return msg
	}
	secretRE := regexp.MustCompile(\`(?i)\\b(password|token)=([^\\s"]+)\`)
	return secretRE.ReplaceAllString(msg, "$1=[REDACTED]")
}
`;

describe('Go regular expressions', () => {
  it('moves a MustCompile declaration to package level as it is', async () => {
    const { result, after } = await goPatch(REDACT, 'regexp.MustCompile');
    expect(result).toMatchObject({ description: expect.stringMatching(/secretRE once, as a package-level variable.*redactSecrets/) });
    expect(after).toContain('var secretRE = regexp.MustCompile(`(?i)\\b(password|token)=([^\\s"]+)`)\n\n// redactSecrets hides');
    expect(after).not.toMatch(/secretRE :=/);
    expect(after).toContain('\treturn secretRE.ReplaceAllString(msg, "$1=[REDACTED]")');
    expectCompiles(after);
  }, 120_000);

  it('replaces an inline MustCompile in a loop with a package-level variable named after the function', async () => {
    const text = `package svc

import "regexp"

const idPattern = \`^[a-z]+-\\d+$\`

func countIDs(words []string) int {
	n := 0
	for _, w := range words {
		if regexp.MustCompile(idPattern).MatchString(w) {
			n++
		}
	}
	return n
}
`;
    const { result, after } = await goPatch(text, 'regexp.MustCompile');
    expect(result).toMatchObject({ description: expect.stringMatching(/countIDsRE/) });
    expect(after).toContain('var countIDsRE = regexp.MustCompile(idPattern)\n\nfunc countIDs');
    expect(after).toContain('\t\tif countIDsRE.MatchString(w) {');
    expectCompiles(after);
  }, 120_000);

  it('keeps the error of regexp.Compile with the value, so the error handling stays', async () => {
    const text = `package svc

import "regexp"

func validSKU(s string) (bool, error) {
	re, err := regexp.Compile("^SKU-[0-9]{6}$")
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}
`;
    const { result, after } = await goPatch(text, 'regexp.Compile');
    expect(result).toMatchObject({ description: expect.stringMatching(/validSKURE and validSKUREErr.*error handling stays/) });
    expect(after).toContain('var validSKURE, validSKUREErr = regexp.Compile("^SKU-[0-9]{6}$")\n');
    expect(after).toContain('\tre, err := validSKURE, validSKUREErr\n\tif err != nil {');
    expectCompiles(after);
  }, 120_000);

  it.skipIf(!hasGo)('compiles the pattern of regexp.MatchString once and answers as before, also when the pattern does not compile', async () => {
    const program = (pattern: string) => `package main

import (
	"fmt"
	"regexp"
)

func isOrderID(s string) (bool, error) {
	matched, err := regexp.MatchString(${pattern}, s)
	return matched, err
}

func main() {
	for _, s := range []string{"ord-17", "ord-", "x ord-3"} {
		ok, err := isOrderID(s)
		fmt.Println(s, ok, err)
	}
}
`;
    for (const pattern of ['`^ord-\\d+$`', '`^ord-(\\d+$`']) {
      const text = program(pattern);
      const { result, after } = await patchAt(text, 'regexp.MatchString', 'regex-compilation-in-hot-path', { file: 'main.go', language: 'go' });
      expect(result).toMatchObject({ description: expect.stringMatching(/pattern of regexp\.MatchString once.*isOrderIDRE and isOrderIDREErr/) });
      expect(after).toContain(`var isOrderIDRE, isOrderIDREErr = regexp.Compile(${pattern})\n`);
      expect(after).toContain('\tmatched, err := isOrderIDRE != nil && isOrderIDRE.MatchString(s), isOrderIDREErr\n');
      const run = (source: string) => {
        const dir = mkdtempSync(join(tmpdir(), 'hotpath-go-run-'));
        try {
          writeFileSync(join(dir, 'go.mod'), 'module example.com/run\n\ngo 1.19\n');
          writeFileSync(join(dir, 'main.go'), source);
          const r = spawnSync(GO, ['run', '.'], { cwd: dir, encoding: 'utf8', env: goEnv(dir), timeout: 120_000 });
          expect(r.status, r.stderr).toBe(0);
          return r.stdout;
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      };
      const before = run(text);
      expect(before).toMatch(pattern.includes('(') ? /^ord-17 false error parsing regexp/ : /^ord-17 true <nil>\nord- false <nil>/);
      expect(run(after!)).toBe(before);
    }
  }, 300_000);

  it('refuses a pattern built from a parameter, naming it', async () => {
    const text = `package svc

import "regexp"

func fieldOf(line, key string) string {
	re := regexp.MustCompile(\`(?:^|\\s)\` + regexp.QuoteMeta(key) + \`=(\\S+)\`)
	m := re.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	return m[1]
}
`;
    const { result } = await goPatch(text, 'regexp.MustCompile');
    expect(result).toEqual({ reason: expect.stringMatching(/depends on key, a parameter of fieldOf/) });
  });

  it('refuses a loop variable and a package variable that Setup sets from a flag', async () => {
    const text = `package svc

import (
	"flag"
	"regexp"
)

var allowPattern string

func Setup() {
	flag.StringVar(&allowPattern, "allow", ".*", "allowed names")
}

func allowed(names []string, prefixes []string) int {
	n := 0
	for _, p := range prefixes {
		for _, name := range names {
			if regexp.MustCompile("^" + p).MatchString(name) {
				n++
			}
		}
	}
	return n
}

func allowedByFlag(name string) bool {
	return regexp.MustCompile(allowPattern).MatchString(name)
}
`;
    expect((await goPatch(text, 'regexp.MustCompile')).result).toEqual({ reason: expect.stringMatching(/depends on p, a loop variable of allowed/) });
    expect((await goPatch(text, 'regexp.MustCompile', undefined, 2)).result).toEqual({ reason: expect.stringMatching(/package variable allowPattern, which is changed in Setup \(line 11\)/) });
  });

  it('refuses when the function calls Longest on it, and says main runs once', async () => {
    const text = `package svc

import "regexp"

func longestWord(s string) string {
	re := regexp.MustCompile("[a-z]+|[a-z]+-[a-z]+")
	re.Longest()
	return re.FindString(s)
}

func main() {
	re := regexp.MustCompile("x")
	_ = re
}
`;
    expect((await goPatch(text, 'regexp.MustCompile')).result).toEqual({ reason: expect.stringMatching(/calls re\.Longest\(\) at line 7/) });
    expect((await goPatch(text, 'regexp.MustCompile', undefined, 2)).result).toEqual({ reason: expect.stringMatching(/built in main, which runs once/) });
    const compiled = 'package svc\n\nimport "regexp"\n\nfunc longest(s string) (string, error) {\n\tre, err := regexp.Compile("a|ab")\n\tif err != nil {\n\t\treturn "", err\n\t}\n\tre.Longest()\n\treturn re.FindString(s), nil\n}\n';
    expect((await goPatch(compiled, 'regexp.Compile')).result).toEqual({ reason: expect.stringMatching(/calls re\.Longest\(\) at line 10/) });
  });

  it('names two regexps of one function apart, so that neither patch redeclares the other', async () => {
    const text = `package svc

import "regexp"

func clean(s string) string {
	a := regexp.MustCompile("a+")
	b := regexp.MustCompile("b+")
	return b.ReplaceAllString(a.ReplaceAllString(s, "a"), "b")
}
`;
    const first = await goPatch(text, 'regexp.MustCompile');
    const second = await goPatch(text, 'regexp.MustCompile', undefined, 2);
    expect(first.after).toContain('var cleanRE = regexp.MustCompile("a+")\n');
    expect(second.after).toContain('var cleanRE2 = regexp.MustCompile("b+")\n');
    expect(second.after).toContain('\tb := cleanRE2\n');
    expectCompiles(second.after);
  }, 120_000);

  it('says so when the regexp already sits at package level', async () => {
    const text = 'package svc\n\nimport "regexp"\n\nvar wordRE = regexp.MustCompile(`\\w+`)\n';
    expect((await goPatch(text, 'regexp.MustCompile')).result).toEqual({ reason: expect.stringMatching(/already built once, at package level/) });
  });
});

describe('Go templates', () => {
  it('moves template.Must(template.New(…).Parse(…)) to package level', async () => {
    const text = `package svc

import (
	"strings"
	"text/template"
)

type Order struct {
	ID    string
	Total int
}

func renderReceipt(o Order) (string, error) {
	t := template.Must(template.New("receipt").Parse("order {{.ID}}: {{.Total}} cents\\n"))
	var b strings.Builder
	if err := t.Execute(&b, o); err != nil {
		return "", err
	}
	return b.String(), nil
}
`;
    const { result, after } = await goPatch(text, 'template.New', 'locale-formatter-construction');
    expect(result).toMatchObject({ description: expect.stringMatching(/template once.*renderReceiptTmpl.*concurrent Execute/) });
    expect(after).toContain('var renderReceiptTmpl = template.Must(template.New("receipt").Parse("order {{.ID}}: {{.Total}} cents\\n"))\n\nfunc renderReceipt');
    expect(after).toContain('\tt := renderReceiptTmpl\n');
    expectCompiles(after);
  }, 120_000);

  it('refuses a template given functions per call, and one returned to the caller', async () => {
    const text = `package svc

import "text/template"

func page(title string) *template.Template {
	return template.Must(template.New("page").Parse("<h1>{{.}}</h1>"))
}

func pageWith(funcs template.FuncMap) *template.Template {
	t := template.Must(template.New("page").Funcs(funcs).Parse("{{.}}"))
	return t
}
`;
    expect((await goPatch(text, 'template.Must', 'locale-formatter-construction')).result).toEqual({ reason: expect.stringMatching(/returned to the caller of page/) });
    expect((await goPatch(text, 'template.Must', 'locale-formatter-construction', 2)).result).toEqual({ reason: expect.stringMatching(/depends on funcs, a parameter of pageWith/) });
  });
});

describe('Go HTTP clients', () => {
  const FETCH = `package svc

import (
	"io"
	"net/http"
	"time"
)

const upstreamTimeout = 3 * time.Second

func fetchPrice(url string) ([]byte, error) {
	client := &http.Client{
		Timeout: upstreamTimeout,
		Transport: &http.Transport{
			MaxIdleConnsPerHost: 16,
			IdleConnTimeout:     90 * time.Second,
		},
	}
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
`;

  it('moves a client with its own transport to package level when every field is constant', async () => {
    const { result, after } = await goPatch(FETCH, 'http.Transport', 'connection-without-keepalive');
    expect(result).toMatchObject({ description: expect.stringMatching(/http\.Client once.*fetchPriceClient.*idle connections/) });
    expect(after).toContain('var fetchPriceClient = &http.Client{\n\tTimeout: upstreamTimeout,\n\tTransport: &http.Transport{\n\t\tMaxIdleConnsPerHost: 16,');
    expect(after).toContain('\tclient := fetchPriceClient\n\tresp, err := client.Get(url)');
    expectCompiles(after);
  }, 120_000);

  it('moves only the transport when the client reads a parameter', async () => {
    const text = FETCH.replace('func fetchPrice(url string)', 'func fetchPrice(url string, timeout time.Duration)').replace('Timeout: upstreamTimeout,', 'Timeout: timeout,');
    const { result, after } = await goPatch(text, 'http.Transport', 'connection-without-keepalive');
    expect(result).toMatchObject({ description: expect.stringMatching(/http\.Transport once.*fetchPriceTransport/) });
    expect(after).toContain('\t\tTimeout:   timeout,\n\t\tTransport: fetchPriceTransport,\n');
    expectCompiles(after);
  }, 120_000);

  it('refuses a client whose fields the function changes or that it closes', async () => {
    const text = `package svc

import "net/http"

func ping(url string, follow bool) error {
	c := &http.Client{}
	if !follow {
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	}
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func probe(url string) error {
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	_, err := (&http.Client{Transport: tr}).Get(url)
	return err
}
`;
    expect((await goPatch(text, 'http.Client', 'client-construction-in-hot-path')).result).toEqual({ reason: expect.stringMatching(/ping sets c\.CheckRedirect at line 8/) });
    expect((await goPatch(text, 'http.Transport', 'client-construction-in-hot-path')).result).toEqual({ reason: expect.stringMatching(/calls tr\.CloseIdleConnections\(\) at line 19/) });
  });

  it('gives a reason for Go categories it does not patch', async () => {
    expect((await goPatch(REDACT, 'strings.IndexByte', 'string-formatting-overhead')).result).toEqual({ reason: 'no automatic patch for string-formatting-overhead in Go sources' });
  });
});

const EXAMPLES = join(__dirname, '../../../../examples/go');
const GO_CATEGORIES = ['client-construction-in-hot-path', 'regex-compilation-in-hot-path', 'locale-formatter-construction', 'connection-without-keepalive'];
const goEnv = (dir: string) => ({ ...process.env, HOME: dir, GOCACHE: join(dir, '.cache'), GOPATH: join(dir, '.gopath'), GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' });

describe('examples/go', () => {
  const files = ['logsvc', 'clean'].flatMap((d) => readdirSync(join(EXAMPLES, d)).filter((f) => f.endsWith('.go')).map((f) => `${d}/${f}`));

  it('every line under every category: no request throws, every patch applies and parses, and only logsvc/parse.go:53 is patched', async () => {
    const patched: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const column = Math.max(1, lines[i]!.search(/\S/) + 1);
        for (const category of GO_CATEGORIES) {
          const r = await buildPatch({ file, text, language: 'go', line: i + 1, column, category, ruleId: 'sweep' });
          if ('reason' in r) {
            expect(r.reason.startsWith(INTERNAL_ERROR), `${file}:${i + 1} ${r.reason}`).toBe(false);
            continue;
          }
          const tree = await parseSource(gitApply(file, text, r.patch), 'go');
          try {
            expect(hasSyntaxError(tree.rootNode)).toBe(false);
          } finally {
            tree.delete();
          }
          patched.push(`${file}:${i + 1}`);
        }
      }
    }
    // The only construction built per call in either program is redactSecrets' regexp (README); the rest are package-level already.
    expect([...new Set(patched)]).toEqual(['logsvc/parse.go:53']);
  }, 120_000);

  it.skipIf(!hasGo)('the logsvc patch builds, passes go vet and gofmt, and the program prints the same summary', async () => {
    const text = readFileSync(join(EXAMPLES, 'logsvc/parse.go'), 'utf8');
    const { result, after } = await patchAt(text, 'regexp.MustCompile(`(?i)', 'regex-compilation-in-hot-path', { file: 'logsvc/parse.go', language: 'go' });
    expect(result).toMatchObject({ description: expect.stringMatching(/secretRE once/) });
    const dir = mkdtempSync(join(tmpdir(), 'hotpath-logsvc-'));
    try {
      const copy = (name: string) => cpSync(join(EXAMPLES, '..', 'go'), join(dir, name), { recursive: true, filter: (p) => !p.includes('/profiles') });
      copy('before');
      copy('after');
      writeFileSync(join(dir, 'after/logsvc/parse.go'), after!);
      const env = goEnv(dir);
      const run = (name: string) => {
        const vet = spawnSync(GO, ['vet', './logsvc'], { cwd: join(dir, name), encoding: 'utf8', env, timeout: 300_000 });
        expect(vet.stdout + vet.stderr).toBe('');
        const out = spawnSync(GO, ['run', './logsvc', '-v', '-requests', '200'], { cwd: join(dir, name), encoding: 'utf8', env, timeout: 300_000 });
        expect(out.status, out.stderr).toBe(0);
        return out.stdout;
      };
      expect(spawnSync('/usr/bin/gofmt', ['-l', 'logsvc'], { cwd: join(dir, 'after'), encoding: 'utf8' }).stdout).toBe('');
      const summary = run('before');
      expect(summary).toMatch(/^HTTP 202: 200\nseries: \d+/);
      expect(run('after')).toBe(summary);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
