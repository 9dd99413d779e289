// Generates small Java 17 programs for the classifier's training data, as node-programs.mjs does
// for Node: one planted pattern (or none) among ordinary work, random package, class and method
// names, run under JFR (1 ms execution samples, every contended monitor enter). Real programs reach
// their work through streams, executors, futures and collection callbacks, whose JDK frames sit
// between the thread's root and the application: the driver is chosen at random among those, and
// the pattern sometimes sits in a helper object one or two calls down. No lock-contention
// programs: JFR records monitor waits as their own events (lock_delay), not as CPU samples, and the
// classifier reads the CPU type.
import { mulberry32, namer } from './node-programs.mjs';

const cap = (s) => s[0].toUpperCase() + s.slice(1);

const FILLERS = [
  (f) => `static long ${f}(Item it) {
    double acc = 0;
    for (int i = 0; i < 600; i++) acc += Math.sqrt(it.n * i + 1) * Math.sin(i);
    return (long) acc;
  }`,
  (f) => `static long ${f}(Item it) {
    int[] xs = new int[300];
    for (int i = 0; i < xs.length; i++) xs[i] = (it.n * 7919 + i * 104729) % 1000;
    java.util.Arrays.sort(xs);
    return xs[150];
  }`,
  (f) => `static long ${f}(Item it) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) b.append(it.name).append(':').append(i);
    return b.length();
  }`,
  (f) => `static long ${f}(Item it) {
    java.util.HashMap<Integer, Long> m = new java.util.HashMap<>();
    for (int i = 0; i < 200; i++) m.merge(i % 37, (long) it.n, Long::sum);
    long s = 0;
    for (long v : m.values()) s += v;
    return s;
  }`,
  // java.time formatting done right (one formatter, kept): ordinary work, not a pattern.
  (f) => `static final java.time.format.DateTimeFormatter FMT_${f} = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", java.util.Locale.UK);
  static long ${f}(Item it) {
    long s = 0;
    for (int i = 0; i < 8; i++) s += FMT_${f}.format(java.time.LocalDateTime.ofEpochSecond(1700000000L + it.n * 60L + i, 0, java.time.ZoneOffset.UTC)).length();
    return s;
  }`,
  // A regular expression compiled once and kept: matching it is ordinary work.
  (f) => `static final java.util.regex.Pattern RE_${f} = java.util.regex.Pattern.compile("(\\\\w+)=(\\\\d+)");
  static long ${f}(Item it) {
    long s = 0;
    java.util.regex.Matcher m = RE_${f}.matcher(it.text);
    while (m.find()) s += m.group(2).length();
    return s + (RE_${f}.matcher(it.name).lookingAt() ? 1 : 0);
  }`,
  // A number formatter built once per thread and kept.
  (f) => `static final ThreadLocal<java.text.NumberFormat> NF_${f} = ThreadLocal.withInitial(() -> java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK));
  static long ${f}(Item it) {
    long s = 0;
    for (int i = 0; i < 6; i++) s += NF_${f}.get().format(it.n * 0.37 + i).length();
    return s;
  }`,
  (f) => `static long ${f}(Item it) {
    return java.util.Arrays.stream(it.tags).filter(t -> t.length() > 3).map(String::toUpperCase).collect(java.util.stream.Collectors.joining("|")).length()
      + java.util.stream.IntStream.range(0, 64).map(i -> (i * it.n) % 13).sum();
  }`,
  (f) => `static long ${f}(Item it) {
    long h = 1469598103934665603L;
    for (int r = 0; r < 8; r++) for (int i = 0; i < it.name.length(); i++) h = (h ^ it.name.charAt(i)) * 1099511628211L;
    return h & 0xff;
  }`,
  // Clean counterparts of the crypto, client and logging patterns: built once, used per item.
  (f) => `static final ThreadLocal<java.security.MessageDigest> MD_${f} = ThreadLocal.withInitial(() -> {
    try { return java.security.MessageDigest.getInstance("SHA-256"); } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }
  });
  static long ${f}(Item it) {
    return MD_${f}.get().digest(it.name.getBytes())[0] & 0xff;
  }`,
  (f) => `static final javax.net.ssl.SSLSocketFactory TLS_${f} = (javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault();
  static long ${f}(Item it) {
    return TLS_${f}.getDefaultCipherSuites().length + (it.n & 7);
  }`,
  (f) => `static final java.util.logging.Logger LOG_${f} = java.util.logging.Logger.getLogger("app.${f}");
  static { LOG_${f}.setLevel(java.util.logging.Level.WARNING); }
  static long ${f}(Item it) {
    if (LOG_${f}.isLoggable(java.util.logging.Level.FINE)) LOG_${f}.fine("item " + it.name + " tags " + java.util.Arrays.toString(it.tags));
    long s = 0;
    for (int i = 0; i < it.text.length(); i++) s += it.text.charAt(i) * (i + 1);
    return s;
  }`,
];

const PATTERNS = {
  'regex-compilation-in-hot-path': (n, random) => {
    const f = n.fn();
    const bodies = [
      `return java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(it.tags[it.n % 3]) + "[-_]?(\\\\d+)$").matcher(it.name).matches() ? 1 : 0;`,
      `return it.text.replaceAll("(\\\\w+)=(\\\\d+);" + (it.n % 50), "$1").length();`,
      `int c = 0;
    for (String t : it.tags) if (it.text.matches("(?i).*\\\\b" + t + "\\\\w*.*")) c++;
    return c;`,
      `return it.text.split("[;,]\\\\s*").length + it.name.split("-+").length;`,
      `return java.util.regex.Pattern.matches("[a-z]+-[a-z]+", it.name) ? 1 : 0;`,
      `long c = 0;
    for (String t : it.tags) c += t.replaceAll("[aeiou]+", "").length() + (t.matches("[a-z]{4,6}") ? 1 : 0);
    return c;`,
      `java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\\\w+)=(\\\\d+);?\\\\s*").matcher(it.text);
    long s = 0;
    while (m.find()) s += m.group(1).length();
    return s;`,
      `return it.text.replaceFirst("^order\\\\s+", "").split("\\\\s*;\\\\s*").length;`,
    ];
    return { code: `static long ${f}(Item it) {\n    ${bodies[Math.floor(random() * bodies.length)]}\n  }`, entry: f, planted: [f] };
  },
  'string-formatting-overhead': (n, random) => {
    const f = n.fn();
    const bodies = [
      `long s = 0;
    for (int i = 0; i < 10; i++) s += String.format("%s-%d-%08.3f-%s", it.name, i, it.n / 3.0, it.tags[0]).length();
    return s;`,
      `return String.format("metric{name=%s,host=%s,idx=%d}", it.name, it.tags[1], it.n).length() + "%d:%s".formatted(it.n, it.name).length();`,
      `return java.text.MessageFormat.format("{0} shipped {1} units to {2} on day {3}", it.name, it.n, it.tags[2], it.n % 31).length();`,
      `StringBuilder b = new StringBuilder();
    for (String t : it.tags) b.append(String.format(java.util.Locale.ROOT, "%-12s|%6.2f|%x%n", t, it.n / 7.0, it.n));
    return b.length();`,
    ];
    return { code: `static long ${f}(Item it) {\n    ${bodies[Math.floor(random() * bodies.length)]}\n  }`, entry: f, planted: [f] };
  },
  'exception-as-control-flow': (n, random) => {
    const f = n.fn();
    const g = n.fn();
    const Err = cap(n.pick(['invalid', 'missing', 'rejected', 'stale'])) + cap(n.pick(['order', 'entry', 'value', 'quote'])) + 'Exception';
    return {
      code: `static class ${Err} extends ${random() < 0.5 ? 'RuntimeException' : 'IllegalArgumentException'} {
    ${Err}(String m) { super(m); }
  }
  static int ${g}(int v, int i) {
    if ((v + i) % 3 != 0) throw new ${Err}("invalid value " + v + " at " + i);
    return v;
  }
  static long ${f}(Item it) {
    long ok = 0;
    for (int i = 0; i < 12; i++) {
      ${random() < 0.5
        ? `try { ${g}(it.n, i); ok++; } catch (RuntimeException e) { if (e.getMessage() == null) throw e; }`
        : `try { ok += Integer.parseInt(it.tags[i % 3] + i); } catch (NumberFormatException e) { try { ${g}(it.n, i); } catch (RuntimeException e2) { ok--; } }`}
    }
    return ok;
  }`,
      entry: f,
      planted: [f, g, Err],
    };
  },
  'locale-formatter-construction': (n, random) => {
    const f = n.fn();
    const v = Math.floor(random() * 4);
    const bodies = [
      `return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.GERMANY).format(it.n / 100.0).length();`,
      `return java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", java.util.Locale.GERMANY).format(java.time.LocalDateTime.ofEpochSecond(1700000000L + it.n * 60L, 0, java.time.ZoneOffset.UTC)).length();`,
      `return new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm", java.util.Locale.FRANCE).format(new java.util.Date(1700000000000L + it.n * 1000L)).length();`,
      `return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US)).format(it.n * 1.5).length();`,
    ];
    return { code: `static long ${f}(Item it) {\n    ${bodies[v]}\n  }`, entry: f, planted: [f] };
  },
  'reflection-overhead': (n, random) => {
    const f = n.fn();
    return {
      code: `static long ${f}(Item it) {
    try {
      long s = 0;
      for (java.lang.reflect.Field fl : Item.class.getDeclaredFields()) s += String.valueOf(fl.get(it)).length();
      java.lang.reflect.Method m = Item.class.getMethod("score", int.class);
      s += (long) m.invoke(it, it.n);
      return s;
    } catch (ReflectiveOperationException e) { throw new IllegalStateException(e); }
  }`,
      entry: f,
      planted: [f],
    };
  },
  'serialization-overhead': (n, random) => {
    const f = n.fn();
    const S = n.cls();
    const bodies = [
      // A deep copy by a serialisation round trip.
      `try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) { out.writeObject(new ${S}(it)); }
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        return ((${S}) in.readObject()).hist.size();
      }
    } catch (java.io.IOException | ClassNotFoundException e) { throw new IllegalStateException(e); }`,
      // Serialised only to learn its size.
      `try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes);
      out.writeObject(new ${S}(it));
      out.flush();
      return bytes.size();
    } catch (java.io.IOException e) { throw new IllegalStateException(e); }`,
      // Settings written out and read back as properties text, per item.
      `try {
      java.util.Properties p = new java.util.Properties();
      ${S} s = new ${S}(it);
      for (int i = 0; i < s.hist.size(); i++) p.setProperty(s.name + "." + i, String.valueOf(s.hist.get(i)));
      java.io.StringWriter w = new java.io.StringWriter();
      p.store(w, null);
      java.util.Properties q = new java.util.Properties();
      q.load(new java.io.StringReader(w.toString()));
      return q.size();
    } catch (java.io.IOException e) { throw new IllegalStateException(e); }`,
    ];
    return {
      code: `static final class ${S} implements java.io.Serializable {
    final int n; final String name; final String[] tags; final java.util.ArrayList<Integer> hist = new java.util.ArrayList<>();
    ${S}(Item it) { n = it.n; name = it.name; tags = it.tags.clone(); for (int i = 0; i < 24; i++) hist.add(it.n * i % 97); }
  }
  static long ${f}(Item it) {
    ${bodies[Math.floor(random() * bodies.length)]}
  }`,
      entry: f,
      planted: [f, S],
    };
  },
  'sync-crypto-on-request-path': (n, random) => {
    const f = n.fn();
    const bodies = [
      `try {
      javax.crypto.SecretKeyFactory kf = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      byte[] key = kf.generateSecret(new javax.crypto.spec.PBEKeySpec(it.name.toCharArray(), it.text.getBytes(), 400, 256)).getEncoded();
      return key[0] & 0xff;
    } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }`,
      `try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(it.name.getBytes(), "HmacSHA256"));
      byte[] u = it.text.getBytes();
      for (int i = 0; i < 300; i++) u = mac.doFinal(u);
      return u[0] & 0xff;
    } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }`,
      `try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-512");
      byte[] h = (it.name + ":" + it.text).getBytes();
      for (int i = 0; i < 500; i++) { md.update(h); md.update(it.text.getBytes()); h = md.digest(); }
      return h[0] & 0xff;
    } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }`,
    ];
    return { code: `static long ${f}(Item it) {\n    ${bodies[Math.floor(random() * bodies.length)]}\n  }`, entry: f, planted: [f] };
  },
  'logging-overhead': (n, random) => {
    const f = n.fn();
    const L = n.cls().toUpperCase();
    const v = Math.floor(random() * 3);
    // A logger that writes every item's line (to nowhere), as a chatty service logs per request.
    const formatter = [
      `new java.util.logging.SimpleFormatter()`,
      `new java.util.logging.Formatter() {
      @Override public String format(java.util.logging.LogRecord r) {
        return r.getSourceClassName() + "." + r.getSourceMethodName() + " " + r.getLevel() + ": " + formatMessage(r) + System.lineSeparator();
      }
    }`,
      `new java.util.logging.XMLFormatter()`,
    ][v];
    const call = [
      `${L}.info("processed " + it.name + " tags=" + java.util.Arrays.toString(it.tags) + " n=" + it.n);`,
      `${L}.log(java.util.logging.Level.INFO, "processed {0} tags={1} n={2}", new Object[] {it.name, java.util.Arrays.toString(it.tags), it.n});`,
      `${L}.logp(java.util.logging.Level.INFO, "Worker", "handle", "processed " + it.name + " n=" + it.n);`,
    ][Math.floor(random() * 3)];
    return {
      code: `static final java.util.logging.Logger ${L} = java.util.logging.Logger.getLogger("${n.pick(['orders', 'audit', 'ledger', 'sync'])}.${n.fn()}");
  static {
    ${L}.setUseParentHandlers(false);
    java.util.logging.StreamHandler h = new java.util.logging.StreamHandler(java.io.OutputStream.nullOutputStream(), ${formatter});
    ${L}.addHandler(h);
  }
  static long ${f}(Item it) {
    for (int i = 0; i < 3; i++) ${call}
    return it.n & 3;
  }`,
      entry: f,
      planted: [f],
    };
  },
  'client-construction-in-hot-path': (n, random) => {
    const f = n.fn();
    const bodies = [
      // A TLS context (and its trust store) built for every call, as a client built per request does.
      `try {
      javax.net.ssl.SSLContext ctx = javax.net.ssl.SSLContext.getInstance("TLS");
      ctx.init(null, null, null);
      return ctx.getSocketFactory().getDefaultCipherSuites().length;
    } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }`,
      `try {
      javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
      tmf.init((java.security.KeyStore) null);
      return tmf.getTrustManagers().length;
    } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }`,
      `try {
      javax.net.ssl.SSLContext ctx = javax.net.ssl.SSLContext.getInstance("TLSv1.3");
      ctx.init(null, null, new java.security.SecureRandom());
      javax.net.ssl.SSLEngine engine = ctx.createSSLEngine("api.example.com", 443);
      engine.setUseClientMode(true);
      return engine.getEnabledProtocols().length;
    } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }`,
    ];
    return { code: `static long ${f}(Item it) {\n    ${bodies[Math.floor(random() * bodies.length)]}\n  }`, entry: f, planted: [f] };
  },
  'excessive-allocation': (n, random) => {
    const f = n.fn();
    return {
      code: `static long ${f}(Item it) {
    java.util.ArrayList<long[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) rows.add(new long[64 + i % 16]);
    return rows.size();
  }`,
      entry: f,
      planted: [f],
    };
  },
};

export const JAVA_CATEGORIES = Object.keys(PATTERNS);

// How main reaches the per-item worker until the time is up: each leaves the JDK's own frames
// (thread pools, stream pipelines, futures, collection callbacks) above the application.
const DRIVE = {
  loop: (w) => `    long sink = 0;
    for (int i = 0; System.currentTimeMillis() < until; i++) sink += ${w}(items[i % items.length]);
    if (sink == 42) System.out.println(sink);`,
  threads: (w) => `    Thread[] ts = new Thread[4];
    for (int t = 0; t < ts.length; t++) {
      final int start = t;
      ts[t] = new Thread(() -> {
        long sink = 0;
        for (int i = start; System.currentTimeMillis() < until; i++) sink += ${w}(items[i % items.length]);
        if (sink == 42) System.out.println(sink);
      });
      ts[t].start();
    }
    for (Thread t : ts) t.join();`,
  stream: (w, M) => `    long sink = 0;
    while (System.currentTimeMillis() < until) sink += java.util.Arrays.stream(items).limit(64).mapToLong(${M}::${w}).sum();
    if (sink == 42) System.out.println(sink);`,
  parallelStream: (w, M) => `    long sink = 0;
    java.util.List<Item> list = java.util.Arrays.asList(items);
    while (System.currentTimeMillis() < until) sink += list.parallelStream().map(${M}::${w}).reduce(0L, Long::sum);
    if (sink == 42) System.out.println(sink);`,
  executor: (w) => `    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    long sink = 0;
    while (System.currentTimeMillis() < until) {
      java.util.List<java.util.concurrent.Future<Long>> parts = new java.util.ArrayList<>();
      for (int c = 0; c < 4; c++) {
        final int from = c * 25;
        parts.add(pool.submit(() -> { long s = 0; for (int i = from; i < from + 25; i++) s += ${w}(items[i]); return s; }));
      }
      for (java.util.concurrent.Future<Long> f : parts) sink += f.get();
    }
    pool.shutdown();
    if (sink == 42) System.out.println(sink);`,
  forEach: (w) => `    long[] sink = new long[1];
    java.util.List<Item> list = new java.util.ArrayList<>(java.util.Arrays.asList(items).subList(0, 50));
    while (System.currentTimeMillis() < until) list.forEach(it -> sink[0] += ${w}(it));
    if (sink[0] == 42) System.out.println(sink[0]);`,
  futures: (w) => `    long sink = 0;
    while (System.currentTimeMillis() < until) {
      java.util.concurrent.CompletableFuture<Long> a = java.util.concurrent.CompletableFuture.supplyAsync(() -> { long s = 0; for (int i = 0; i < 40; i++) s += ${w}(items[i]); return s; });
      java.util.concurrent.CompletableFuture<Long> b = a.thenApplyAsync(v -> { long s = v; for (int i = 40; i < 80; i++) s += ${w}(items[i]); return s; });
      sink += b.join();
    }
    if (sink == 42) System.out.println(sink);`,
};
const DRIVERS = Object.keys(DRIVE);

export function javaProgram(name, category, seed, millis = 1500) {
  const random = mulberry32(seed);
  const n = namer(random);
  const pattern = category ? PATTERNS[category](n, random) : null;
  const fillers = [];
  const fillerNames = [];
  const pool = FILLERS.map((_, i) => i);
  const count = 1 + Math.floor(random() * 3) + (category ? 0 : 1);
  for (let k = 0; k < count; k++) {
    const idx = pool.splice(Math.floor(random() * pool.length), 1)[0];
    const f = n.fn();
    fillerNames.push(f);
    fillers.push(FILLERS[idx](f));
  }
  const calls = [...fillerNames];
  // The pattern one or two application calls below the worker, sometimes through a helper object.
  const via = [];
  if (pattern) {
    let callee = `${pattern.entry}(it)`;
    const depth = Math.floor(random() * 3);
    for (let d = 0; d < depth; d++) {
      const g = n.fn();
      if (random() < 0.5) {
        const H = n.cls();
        via.push(`static final class ${H} {
    long ${g}(Item it) { return ${callee} + (it.n & 1); }
  }
  static final ${H} ${H.toUpperCase()} = new ${H}();`);
        callee = `${H.toUpperCase()}.${g}(it)`;
      } else {
        via.push(`static long ${g}(Item it) { return ${callee} + (it.n & 1); }`);
        callee = `${g}(it)`;
      }
    }
    calls.splice(Math.floor(random() * (calls.length + 1)), 0, callee.replace(/\(it\)$/, ''));
  }
  const vendor = n.pick(['acme', 'globex', 'initech', 'umbrella', 'hooli']);
  const pkg = `${n.pick(['com', 'org', 'io'])}.${vendor}.${n.pick(['orders', 'billing', 'catalog', 'ledger', 'metrics'])}`;
  const Main = n.cls();
  const worker = n.fn();
  const driver = pattern?.parallel ? 'threads' : n.pick(DRIVERS);
  const src = `package ${pkg};

public class ${Main} {
  public static class Item {
    public int n; public String name; public String text; public String[] tags;
    public long score(int k) { return (long) n * k; }
  }

  ${pattern?.code ?? ''}

  ${via.join('\n\n  ')}

  ${fillers.join('\n\n  ')}

  static long ${worker}(Item it) {
    long out = 0;
${calls.map((c) => `    out += ${c}(it);`).join('\n')}
    return out;
  }

  static void drive(Item[] items, long until) throws Exception {
${DRIVE[driver](worker, Main)}
  }

  public static void main(String[] args) throws Exception {
    String[] words = {"alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "zeta"};
    Item[] items = new Item[400];
    for (int i = 0; i < items.length; i++) {
      Item it = new Item();
      it.n = i * 31 + 7; it.name = "item-" + words[i % 8];
      it.text = "order alpha=42; beta=7; gamma=9; shipped to delta9";
      it.tags = new String[] {words[i % 8], words[(i * 3) % 8], words[(i * 5) % 8]};
      items[i] = it;
    }
    drive(items, System.currentTimeMillis() + ${millis});
    System.exit(0);
  }
}
`;
  return {
    name,
    runtime: 'java',
    category: category ?? 'none',
    wrapper: driver,
    mainClass: `${pkg}.${Main}`,
    files: { [`${pkg.replace(/\./g, '/')}/${Main}.java`]: src },
    planted: pattern?.planted ?? [],
  };
}
