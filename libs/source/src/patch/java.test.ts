import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitApply, patchAt } from '../../../../test/support/patch-apply';
import { parseSource } from '../parser';
import { hasSyntaxError } from './ast';
import { buildPatch, INTERNAL_ERROR } from './index';

const JAVAC = '/usr/bin/javac';
const hasJavac = existsSync(JAVAC);
const FILE = 'src/main/java/com/example/shop/Catalog.java';

async function javaPatch(text: string, needle: string, category = 'regex-compilation-in-hot-path', nth = 1) {
  return patchAt(text, needle, category, { file: FILE, language: 'java', nth });
}

/** javac's verdict on a patched file that imports only the JDK (-Werror: no new warnings either). */
function javac(source: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hotpath-java-'));
  try {
    // javac wants a public class in a file of its name.
    const cls = /^public\s+(?:final\s+|abstract\s+)*class\s+(\w+)/m.exec(source)?.[1];
    const path = join(dir, cls ? join(dirname(FILE), `${cls}.java`) : FILE);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, source);
    const r = spawnSync(JAVAC, ['-Xlint:all', '-Werror', '-d', join(dir, 'out'), path], { encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, output: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectCompiles(after: string | undefined): void {
  expect(after).toBeDefined();
  const external = /^import\s+(?!java\.|javax\.)/m.test(after!);
  if (!hasJavac || external) return;
  const r = javac(after!);
  expect(r.output).toBe('');
  expect(r.status).toBe(0);
}

const SKU = `package com.example.shop;

import java.util.List;
import java.util.regex.Pattern;

public final class Catalog {
    private Catalog() {
    }

    /** Counts the valid SKUs of a batch. */
    static int validSkus(List<String> skus) {
        int n = 0;
        for (String sku : skus) {
            Pattern pattern = Pattern.compile("^SKU-" + DIGITS + "$", Pattern.CASE_INSENSITIVE);
            if (pattern.matcher(sku).matches()) {
                n++;
            }
        }
        return n;
    }

    private static final String DIGITS = "[0-9]{6}";
}
`;

describe('Java Pattern.compile', () => {
  it('moves a pattern built from constants to a static final field, after the constant it reads', async () => {
    const { result, after } = await javaPatch(SKU, 'Pattern.compile');
    expect(result).toMatchObject({ description: expect.stringMatching(/static field VALID_SKUS_PATTERN, instead of on every call of validSkus: a Pattern is immutable/) });
    // DIGITS is declared below the method: a field above it would be an illegal forward reference.
    expect(after).toContain('    private static final String DIGITS = "[0-9]{6}";\n    private static final Pattern VALID_SKUS_PATTERN = Pattern.compile("^SKU-" + DIGITS + "$", Pattern.CASE_INSENSITIVE);\n}');
    expect(after).toContain('            Pattern pattern = VALID_SKUS_PATTERN;\n');
    expectCompiles(after);
  }, 60_000);

  it('puts the field above the method and its comment when nothing below is read', async () => {
    const text = SKU.replace('"^SKU-" + DIGITS + "$"', '"^SKU-[0-9]{6}$"');
    const { after } = await javaPatch(text, 'Pattern.compile');
    expect(after).toContain('    private static final Pattern VALID_SKUS_PATTERN = Pattern.compile("^SKU-[0-9]{6}$", Pattern.CASE_INSENSITIVE);\n\n    /** Counts the valid SKUs of a batch. */\n    static int validSkus(');
    expectCompiles(after);
  }, 60_000);

  it('compiles a pattern built from a parameter once per distinct text, in a bounded cache', async () => {
    const text = `package com.example.shop;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Fields {
    static String fieldOf(String line, String key) {
        Pattern pattern = Pattern.compile("(?:^|\\\\s)" + Pattern.quote(key) + "=(\\\\S+)", Pattern.CASE_INSENSITIVE);
        Matcher m = pattern.matcher(line);
        return m.find() ? m.group(1) : "";
    }
}
`;
    const { result, after } = await javaPatch(text, 'Pattern.compile');
    expect(result).toMatchObject({ description: expect.stringMatching(/once, in a cache keyed by its text \(patternForFieldOf, at most 256 kept\): the regex is built per call \(the Pattern depends on key, a parameter of fieldOf\)/) });
    expect(after).toContain('    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> FIELD_OF_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();\n');
    expect(after).toContain('            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);\n');
    expect(after).toContain('        Pattern pattern = patternForFieldOf("(?:^|\\\\s)" + Pattern.quote(key) + "=(\\\\S+)");\n');
    expectCompiles(after);
  }, 60_000);

  it('refuses the cache when the flags vary too', async () => {
    const text = `package com.example.shop;

import java.util.regex.Pattern;

final class Search {
    static boolean has(String text, String word, boolean ignoreCase) {
        return Pattern.compile(Pattern.quote(word), ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(text).find();
    }
}
`;
    expect((await javaPatch(text, 'Pattern.compile')).result).toEqual({ reason: expect.stringMatching(/depends on word, a parameter of has/) });
  });

  it('caches, rather than hoists, patterns read from an instance field, a non-final static or a lambda parameter, saying why', async () => {
    const text = `package com.example.shop;

import java.util.List;
import java.util.regex.Pattern;

final class Filters {
    private final String prefix;
    private static String separator = ",";

    Filters(String prefix) {
        this.prefix = prefix;
    }

    boolean starts(String s) {
        return Pattern.compile("^" + prefix).matcher(s).find();
    }

    static String[] parts(String s) {
        return Pattern.compile(separator).split(s);
    }

    static long matching(List<String> words, List<String> patterns) {
        return patterns.stream().filter(p -> words.stream().anyMatch(w -> Pattern.compile(p).matcher(w).matches())).count();
    }
}
`;
    const why = [/reads the field prefix, which each instance has its own of/, /static field separator, which is not final/, /depends on p, a lambda parameter of matching/];
    const helpers = ['patternForStarts("^" + prefix)', 'patternForParts(separator)', 'patternForMatching(p)'];
    for (let i = 0; i < 3; i++) {
      const { result, after } = await javaPatch(text, 'Pattern.compile', undefined, i + 1);
      expect(result).toMatchObject({ description: expect.stringMatching(why[i]!) });
      expect(after).toContain(helpers[i]);
      expectCompiles(after);
    }
  });

  it('says main runs once and a static initialiser field is already shared', async () => {
    const text = `package com.example.shop;

import java.util.regex.Pattern;

final class Main {
    static final Pattern WORD = Pattern.compile("\\\\w+");

    public static void main(String[] args) {
        Pattern p = Pattern.compile("x");
        System.out.println(p.matcher(args[0]).matches());
    }
}
`;
    expect((await javaPatch(text, 'Pattern.compile')).result).toEqual({ reason: expect.stringMatching(/field initialiser, once per class/) });
    expect((await javaPatch(text, 'Pattern.compile', undefined, 2)).result).toEqual({ reason: expect.stringMatching(/built in main, which runs once/) });
  });
});

describe('Java String regex methods', () => {
  const WORDS = `package com.example.shop;

import java.util.ArrayList;
import java.util.List;

public final class Words {
    private static final String WS = "\\\\s+";

    static List<String> words(List<String> lines, String sep) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String w : line.trim().split(WS)) {
                out.add(w.replaceAll("[^a-z]", "").toLowerCase());
            }
            out.add(String.join("|", line.split(",")));
            out.add(String.valueOf(line.split(sep).length));
            out.add(String.valueOf(line.matches("^[a-z ,;]+$")));
            out.add(line.replaceFirst("(\\\\w+)", "<$1>"));
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> lines = List.of("  alpha beta,gamma ", "one;two;three", "x", "Grüße, 42 times; ok", "");
        System.out.println(words(lines, ";"));
        System.out.println(words(lines, "[,;]"));
    }
}
`;

  /** Runs the program's main with javac/java and returns what it prints. */
  function runMain(source: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'hotpath-words-'));
    try {
      const path = join(dir, 'Words.java');
      writeFileSync(path, source);
      const c = spawnSync(JAVAC, ['-Xlint:all', '-Werror', '-d', join(dir, 'out'), path], { encoding: 'utf8', timeout: 120_000 });
      expect(c.stdout + c.stderr).toBe('');
      const r = spawnSync('/usr/bin/java', ['-cp', join(dir, 'out'), 'com.example.shop.Words'], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it.skipIf(!hasJavac)('moves constant regexes of split, replaceAll, matches and replaceFirst to fields, caches a parameter regex, and the program prints the same', async () => {
    const before = runMain(WORDS);
    expect(before).toMatch(/^\[alpha, betagamma, /);
    const cases: [string, string, RegExp, string][] = [
      ['.split(WS)', 'WORDS_SPLIT_PATTERN.split(line.trim())', /static field WORDS_SPLIT_PATTERN.*String\.split/, 'private static final java.util.regex.Pattern WORDS_SPLIT_PATTERN = java.util.regex.Pattern.compile(WS);'],
      ['.replaceAll(', 'WORDS_REPLACE_ALL_PATTERN.matcher(w).replaceAll("")', /String\.replaceAll/, 'WORDS_REPLACE_ALL_PATTERN = java.util.regex.Pattern.compile("[^a-z]");'],
      ['.split(sep)', 'patternForWords(sep).split(line)', /cache keyed by its text \(patternForWords.*depends on sep, a parameter of words/, 'private static java.util.regex.Pattern patternForWords(String regex) {'],
      ['.matches(', 'WORDS_MATCHES_PATTERN.matcher(line).matches()', /String\.matches/, 'WORDS_MATCHES_PATTERN = java.util.regex.Pattern.compile("^[a-z ,;]+$");'],
      ['.replaceFirst(', 'WORDS_REPLACE_FIRST_PATTERN.matcher(line).replaceFirst("<$1>")', /String\.replaceFirst/, 'WORDS_REPLACE_FIRST_PATTERN = java.util.regex.Pattern.compile("(\\\\w+)");'],
    ];
    for (const [needle, call, description, field] of cases) {
      const { result, after } = await javaPatch(WORDS, needle);
      expect(result, needle).toMatchObject({ description: expect.stringMatching(description) });
      expect(after).toContain(call);
      expect(after).toContain(field);
      expect(runMain(after!), needle).toBe(before);
    }
  }, 300_000);

  it('leaves split on a one-character separator alone, and a receiver not known to be a String', async () => {
    expect((await javaPatch(WORDS, '.split(",")')).result).toEqual({ reason: expect.stringMatching(/fast path for a one-character separator/) });
    const text = `package com.example.shop;

final class Rows {
    static int cells(Row row) {
        return row.split("\\\\s*\\\\|\\\\s*").length;
    }
}
`;
    expect((await javaPatch(text, '.split(')).result).toEqual({ reason: expect.stringMatching(/nothing shows that row is a String/) });
  });
});

describe('Java formatters', () => {
  const REPORT = `package com.example.shop;

import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

final class Report {
    static List<String> lines(List<LocalDate> days, List<Date> stamps, double[] totals) {
        List<String> out = new ArrayList<>();
        for (LocalDate d : days) {
            out.add(DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.UK).withZone(ZoneId.of("Europe/London")).format(d));
        }
        for (Date s : stamps) {
            SimpleDateFormat stampFormat = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
            out.add(stampFormat.format(s));
        }
        for (double t : totals) {
            DecimalFormat money = new DecimalFormat("#,##0.00");
            money.setMaximumFractionDigits(1);
            out.add(money.format(t));
        }
        return out;
    }
}
`;

  it('moves a DateTimeFormatter with its withZone to a static final field', async () => {
    const { result, after } = await javaPatch(REPORT, 'DateTimeFormatter.ofPattern', 'locale-formatter-construction');
    expect(result).toMatchObject({ description: expect.stringMatching(/DateTimeFormatter once, in the static field LINES_FORMATTER.*immutable and thread-safe/) });
    expect(after).toContain('    private static final DateTimeFormatter LINES_FORMATTER = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.UK).withZone(ZoneId.of("Europe/London"));\n\n    static List<String> lines(');
    expect(after).toContain('            out.add(LINES_FORMATTER.format(d));');
    expectCompiles(after);
  }, 60_000);

  it('gives each thread its own SimpleDateFormat, which is not thread-safe', async () => {
    const { result, after } = await javaPatch(REPORT, 'new SimpleDateFormat', 'locale-formatter-construction');
    expect(result).toMatchObject({ description: expect.stringMatching(/STAMP_FORMAT.*not thread-safe.*ThreadLocal\.withInitial/) });
    expect(after).toContain('    private static final ThreadLocal<SimpleDateFormat> STAMP_FORMAT = ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd\'T\'HH:mm:ss", Locale.ROOT));\n');
    expect(after).toContain('            SimpleDateFormat stampFormat = STAMP_FORMAT.get();\n');
    expectCompiles(after);
  }, 60_000);

  it('refuses a format the method configures after building it', async () => {
    expect((await javaPatch(REPORT, 'new DecimalFormat', 'locale-formatter-construction')).result).toEqual({ reason: expect.stringMatching(/calls money\.setMaximumFractionDigits\(…\) at line 25/) });
  });
});

describe('Java mappers and clients', () => {
  const CLIENTS = `package com.example.shop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

public class PriceFeed {
    public Map<?, ?> parse(String body) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        return mapper.readValue(body, Map.class);
    }

    public Map<?, ?> parseLenient(String body) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return mapper.readValue(body, Map.class);
    }

    public String fetch(String url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
`;

  it('moves an ObjectMapper that is only used to a static final field', async () => {
    const { result, after } = await javaPatch(CLIENTS, 'new ObjectMapper', 'serialization-overhead');
    expect(result).toMatchObject({ description: expect.stringMatching(/PARSE_MAPPER.*thread-safe once configured/) });
    expect(after).toContain('    private static final ObjectMapper PARSE_MAPPER = new ObjectMapper();\n\n    public Map<?, ?> parse(String body)');
    expect(after).toContain('        ObjectMapper mapper = PARSE_MAPPER;\n        return mapper.readValue(body, Map.class);');
  });

  it('refuses an ObjectMapper configured after it is built', async () => {
    expect((await javaPatch(CLIENTS, 'new ObjectMapper', 'serialization-overhead', 2)).result).toEqual({ reason: expect.stringMatching(/calls mapper\.configure\(…\) at line 21, which configures the ObjectMapper after it is built/) });
  });

  it('moves an HttpClient built by a builder with constant settings', async () => {
    const { result, after } = await javaPatch(CLIENTS, 'HttpClient.newBuilder', 'client-construction-in-hot-path');
    expect(result).toMatchObject({ description: expect.stringMatching(/FETCH_CLIENT.*connection pool/) });
    expect(after).toContain('    private static final HttpClient FETCH_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();\n');
    expect(after).toContain('        HttpClient http = FETCH_CLIENT;\n');
  });

  it('compiles the HttpClient patch when the file imports only the JDK', async () => {
    const text = `package com.example.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Status {
    public int status(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
`;
    const { after } = await javaPatch(text, 'HttpClient.newHttpClient', 'client-construction-in-hot-path');
    expect(after).toContain('    private static final HttpClient STATUS_CLIENT = HttpClient.newHttpClient();\n\n    public int status(');
    expectCompiles(after);
  }, 60_000);

  it('refuses a client closed by try-with-resources or returned to the caller', async () => {
    const text = `package com.example.shop;

final class Stock {
    static int level(String sku) throws Exception {
        try (WarehouseClient client = new WarehouseClient("https://warehouse.internal")) {
            return client.level(sku);
        }
    }

    static WarehouseClient open() {
        WarehouseClient client = new WarehouseClient("https://warehouse.internal");
        return client;
    }
}
`;
    expect((await javaPatch(text, 'new WarehouseClient', 'client-construction-in-hot-path')).result).toEqual({ reason: expect.stringMatching(/closed at the end of the try-with-resources in level/) });
    expect((await javaPatch(text, 'new WarehouseClient', 'client-construction-in-hot-path', 2)).result).toEqual({ reason: expect.stringMatching(/returned to the caller of open/) });
  });
});

const EXAMPLE = join(__dirname, '../../../../examples/java');
const SCANNER = 'src/com/example/logscan/LogScanner.java';
const JAVA_CATEGORIES = ['client-construction-in-hot-path', 'regex-compilation-in-hot-path', 'locale-formatter-construction', 'serialization-overhead', 'connection-without-keepalive'];

/** Calls LogScanner.fieldOf on more distinct keys than the cache keeps, and prints every answer. */
const PROBE = `package com.example.logscan;

public final class Probe {
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 300; i++) {
                String line = "ts=" + i + " route=/r" + (i % 7) + " k" + i + "=v" + (i * 31) + " ms=" + (i % 250);
                out.append(LogScanner.fieldOf(line, "route")).append(' ')
                        .append(LogScanner.fieldOf(line, "k" + i)).append(' ')
                        .append(LogScanner.fieldOf(line, "k" + (i + 1))).append(' ')
                        .append(LogScanner.fieldOf(line, "a.b")).append('\\n');
            }
        }
        System.out.print(out);
    }
}
`;

describe('examples/java', () => {
  it('every line under every category: no request throws, every patch applies and parses, and only fieldOf is patched', async () => {
    const text = readFileSync(join(EXAMPLE, SCANNER), 'utf8');
    const lines = text.split('\n');
    const patched: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      const column = Math.max(1, lines[i]!.search(/\S/) + 1);
      for (const category of JAVA_CATEGORIES) {
        const r = await buildPatch({ file: SCANNER, text, language: 'java', line: i + 1, column, category, ruleId: 'sweep' });
        if ('reason' in r) {
          expect(r.reason.startsWith(INTERNAL_ERROR), `${i + 1}: ${r.reason}`).toBe(false);
          continue;
        }
        const tree = await parseSource(gitApply(SCANNER, text, r.patch), 'java');
        try {
          expect(hasSyntaxError(tree.rootNode)).toBe(false);
        } finally {
          tree.delete();
        }
        patched.push(i + 1);
      }
    }
    // Only the regex category has something at line 78 (the README's pattern); String.format is not patched.
    expect(patched).toEqual([78]);
  }, 120_000);

  it.skipIf(!hasJavac)('the LogScanner patch compiles and fieldOf answers as before, past the cache bound', async () => {
    const text = readFileSync(join(EXAMPLE, SCANNER), 'utf8');
    const { result, after } = await patchAt(text, 'Pattern.compile("', 'regex-compilation-in-hot-path', { file: SCANNER, language: 'java' });
    expect(result).toMatchObject({ description: expect.stringMatching(/patternForFieldOf/) });
    const dir = mkdtempSync(join(tmpdir(), 'hotpath-logscan-'));
    try {
      const run = (name: string, source: string) => {
        const src = join(dir, name, 'com/example/logscan');
        mkdirSync(src, { recursive: true });
        writeFileSync(join(src, 'LogScanner.java'), source);
        writeFileSync(join(src, 'Probe.java'), PROBE);
        const c = spawnSync(JAVAC, ['-Xlint:all', '-Werror', '-d', join(dir, name, 'out'), join(src, 'LogScanner.java'), join(src, 'Probe.java')], { encoding: 'utf8', timeout: 120_000 });
        expect(c.stdout + c.stderr).toBe('');
        const r = spawnSync('/usr/bin/java', ['-cp', join(dir, name, 'out'), 'com.example.logscan.Probe'], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
        expect(r.status, r.stderr).toBe(0);
        return r.stdout;
      };
      const before = run('before', text);
      expect(before.split('\n')).toHaveLength(901);
      expect(before).toContain('\n/r3 v93  \n');
      expect(run('after', after!)).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
