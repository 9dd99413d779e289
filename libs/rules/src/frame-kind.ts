/**
 * What a frame is, from its name and file alone: the application's own code,
 * a third-party library, or the runtime (standard library, VM, native). A
 * finding is blamed on the nearest application frame above the expensive
 * ones, so this decides whose code a finding points at.
 */
export type FrameKind = 'application' | 'library' | 'runtime';

// V8's pseudo frames, regex execution (`RegExp: <source>`), and @datadog/pprof's synthetic roots.
const V8_PSEUDO = /^\((root|program|idle|garbage collector)\)$|^Garbage Collection$|^RegExp: |^Node\.js$|^Non JS threads activity$/;
const NATIVE_FILE = /(\.so(\.[\d.]+)?|\.dll|\.dylib|\[kernel\.kallsyms\]|\[vdso\]|vmlinux)$/;

const JAVA_RUNTIME = /^(java|javax|jdk|sun|com\.sun|jakarta\.annotation)\./;
const JAVA_LIBRARIES =
  /^(org\.springframework|io\.netty|com\.fasterxml|org\.apache|software\.amazon|com\.amazonaws|com\.google|io\.grpc|org\.eclipse|ch\.qos|org\.slf4j|kotlin|kotlinx|scala|reactor|io\.micrometer|org\.hibernate|com\.zaxxer|io\.undertow|org\.glassfish|io\.vertx|io\.projectreactor|com\.mysql|org\.postgresql|redis\.clients|io\.lettuce|com\.squareup|okhttp3|org\.jboss|io\.opentelemetry|io\.micronaut|io\.quarkus|org\.junit|com\.datadoghq|datadog)\./;
const DOTNET_RUNTIME = /^(System|Microsoft|Interop|Internal)\./;
const DOTNET_LIBRARIES = /^(Amazon|Newtonsoft|Npgsql|StackExchange|Grpc|Google|Serilog|NLog|Polly|Dapper|AutoMapper|MongoDB|Confluent|Azure)\./;
const GO_LIBRARY_HOSTS =
  /^(golang\.org\/x|google\.golang\.org|gopkg\.in|go\.uber\.org|go\.opentelemetry\.io|github\.com\/(aws|prometheus|grpc|gin-gonic|labstack|gorilla|sirupsen|spf13|jackc|lib|go-redis|redis|golang|google|klauspost|json-iterator|valyala|stretchr|pkg|hashicorp|DataDog|grafana|uber-go|rs|gofiber|go-chi|emicklei|gogo|cespare|mattn|dgraph-io)\/)/;

export function frameKind(raw: string, file: string): FrameKind {
  // Java names other tools convert from JFR or async-profiler come slashed (`java/nio/ByteBuffer.wrap`);
  // read raw they would look like Go packages of the standard library.
  const name = JAVA_SLASHED.test(raw) ? raw.replace(/\//g, '.') : raw;
  // A native frame the profiler could not symbolise is named by its shared object (JFR and
  // async-profiler write `/tmp/snappy-…-libsnappyjava.so`).
  if (V8_PSEUDO.test(name) || NATIVE_FILE.test(file) || (!file && NATIVE_FILE.test(name))) return 'runtime';
  // JVM and native C++ frames (`ObjectMonitor::enter`), .NET's namespace-less String methods (`.Concat`).
  if ((/::/.test(name) && !name.includes('/')) || name.startsWith('.') || /^(Interpreter|start_thread|thread_native_entry|call_stub)$/.test(name)) {
    return 'runtime';
  }
  // JDK-generated glue (lambdas, method handles) is nobody's code: blame passes through it.
  if (/\$\$Lambda|^java\.lang\.invoke\.|LambdaForm\$/.test(name)) return 'runtime';
  // Namespaces alone decide for JVM and .NET names, whatever generics or punctuation follow.
  if (!file || !/\.(m?[jt]sx?|cjs|py|go)$/.test(file)) {
    if (JAVA_RUNTIME.test(name) || DOTNET_RUNTIME.test(name)) return 'runtime';
    if (JAVA_LIBRARIES.test(name) || DOTNET_LIBRARIES.test(name)) return 'library';
  }
  if (file) {
    if (file.startsWith('node:') || file.startsWith('internal/') || /^(native |evalmachine)/.test(file)) return 'runtime';
    if (/[\\/]node_modules[\\/]/.test(file) || /[\\/](site|dist)-packages[\\/]/.test(file)) return 'library';
    if (/[\\/]lib[\\/]python3(\.\d+)?[\\/]|^<frozen /.test(file)) return 'runtime';
    if (file.endsWith('.py')) return pythonKind(file);
    if (/\.(m?[jt]sx?|cjs)$/.test(file) || file.startsWith('file://') || file.startsWith('webpack:')) return 'application';
  }
  if (/^[\w$]+(\.[\w$<>]+)+$/.test(name) || /^[\w$]+(\.[\w$]+)*\.(<init>|<clinit>|\.ctor|\.cctor)$/.test(name)) {
    // Java or .NET, `package.Class.method`
    if (JAVA_RUNTIME.test(name) || DOTNET_RUNTIME.test(name)) return 'runtime';
    if (JAVA_LIBRARIES.test(name) || DOTNET_LIBRARIES.test(name)) return 'library';
  }
  const goPackage = goPackageOf(name);
  if (goPackage !== null) {
    if (goPackage === 'main') return 'application';
    if (!goPackage.split('/')[0].includes('.')) return 'runtime'; // the standard library has no host
    if (GO_LIBRARY_HOSTS.test(goPackage) || goPackage.includes('/vendor/')) return 'library';
    return 'application';
  }
  if (!file && /^\[.*\]$/.test(name)) return 'runtime'; // `[unknown]`, `[libc.so.6]`
  return 'application';
}

/**
 * The Go package of a function name (`net/http.(*Transport).dialConn` →
 * `net/http`), or null when the name is not shaped like Go's. Go names put
 * the package path first: slashes, then the package, a dot, and the rest.
 */
export function goPackageOf(name: string): string | null {
  const m = /^((?:[\w.-]+\/)*[\w-]+)\.(\(\*?[\w]+(?:\[[^\]]*\])?\)\.)?[\w$]+/.exec(name);
  if (!m) return null;
  const pkg = m[1];
  // Without a slash, `a.b` could be Java or JavaScript; Go's standard names without a slash are
  // runtime-ish single segments (`runtime`, `sync`, `fmt`, `regexp`, `main`).
  if (!pkg.includes('/')) {
    if (!GO_SINGLE.has(pkg)) return null;
    // `io.netty.channel.nio.NioEventLoop.run` is Java, not Go's io: Go names after the package are
    // `Func`, `Type.Method`, `(*Type).Method` or closures (`Func.func1.2`), never a dotted path.
    const dots = name.split('.').length - 1;
    if (!name.includes('(') && dots > 2 && !/\.func\d+(\.\d+)*$/.test(name)) return null;
  }
  return pkg;
}

/** Go's standard packages whose path has one segment (a name with a slash has a host when it is not std). */
const GO_SINGLE = new Set(
  ('main runtime sync fmt regexp strings strconv bytes bufio reflect sort time os io errors math syscall context log ' +
    'unicode path flag hash html maps slices embed net cmp crypto expvar image iter mime plugin structs testing unique ' +
    'unsafe weak archive compress container database debug encoding go index internal text vendor builtin').split(' '),
);

/**
 * The name rules match against. .NET frames lose the `!` between namespace
 * and type; Java frames from perf and collapsed stacks
 * come as `Ljava/util/regex/Pattern;::compile` or
 * `java/util/regex/Pattern:.compile`; JFR writes `java.util.regex.Pattern.compile`.
 * One canonical form lets one rule match all of them.
 */
export function canonicalName(raw: string): string {
  // perf-map-agent's annotations (`_[j]` JIT, `_[i]` inlined, `_[k]` kernel) say how, not what.
  const name = raw.replace(/_\[[jik]\]$/, '');
  // .NET (Pyroscope's profiler): `System.Text.RegularExpressions!Regex..ctor`.
  if (name.includes('!')) return name.replace(/^([\w.]*)!/, (_m, ns: string) => (ns ? `${ns}.` : ''));
  // Pyroscope's JFR conversion and jfr-parser: `java/lang/Throwable.fillInStackTrace`. A Java class
  // is capitalised after its package path; a Go package (`net/http.Get`) is not.
  if (JAVA_SLASHED.test(name)) return name.replace(/\//g, '.');
  if (!/;::|:\.|::/.test(name) || !name.includes('/')) return name;
  return name
    .replace(/^L(?=[\w$]+\/)/, '')
    .replace(/;::|:\.|::/g, '.')
    .replace(/\//g, '.');
}

const JAVA_SLASHED = /^[a-z][\w$]*(\/[\w$]+)*\/[A-Z][\w$]*\.[\w$<>]+$/;

/** The module a frame belongs to, for rules that name one: npm/Python package, Java class, Go package. */
export function moduleOf(name: string, file: string): string {
  const npm = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
  if (npm) return npm[1].replace(/\\/g, '/');
  if (file.startsWith('node:')) return file;
  const py = /[\\/](?:site|dist)-packages[\\/]([^\\/]+)/.exec(file);
  if (py) return py[1].replace(/\.py$/, '');
  const go = goPackageOf(name);
  if (go !== null) return go;
  // .NET constructors (`Type..ctor`, `Type..cctor`) have a dot of their own after the type's.
  const ctor = /\.\.c?ctor$/.exec(name);
  const dot = name.lastIndexOf('.', ctor ? ctor.index : name.length);
  return dot > 0 ? name.slice(0, dot) : '';
}

/**
 * py-spy shortens a file to the path below its top package
 * (`botocore/session.py`, `re/__init__.py`, `copy.py`), so the top package
 * name says whose code it is.
 */
function pythonKind(file: string): FrameKind {
  if (file.startsWith('/')) return 'application'; // a full path outside site-packages and the stdlib
  const top = file.replace(/\\/g, '/').split('/')[0].replace(/\.py$/, '');
  if (PYTHON_STDLIB.has(top)) return 'runtime';
  if (PYTHON_LIBRARIES.has(top)) return 'library';
  return 'application';
}

const PYTHON_STDLIB = new Set(
  ('abc argparse ast asyncio base64 bisect calendar collections concurrent contextlib copy csv dataclasses datetime ' +
    'decimal difflib email enum functools gzip hashlib heapq hmac html http importlib inspect io ipaddress itertools ' +
    'json logging multiprocessing numbers operator os pathlib pickle queue random re selectors shutil signal socket ' +
    'socketserver sqlite3 ssl statistics string struct subprocess tempfile textwrap threading time timeit traceback ' +
    'types typing unittest urllib uuid warnings weakref xml zipfile zlib _strptime sre_compile sre_parse genericpath ' +
    'posixpath codecs encodings locale fnmatch glob linecache tokenize runpy site sysconfig').split(' '),
);

const PYTHON_LIBRARIES = new Set(
  ('boto3 botocore s3transfer requests urllib3 certifi idna charset_normalizer django flask werkzeug jinja2 fastapi ' +
    'starlette pydantic uvicorn gunicorn sqlalchemy psycopg2 psycopg redis celery kombu numpy pandas yaml ' +
    'google grpc aiohttp httpx httpcore anyio sniffio click pyroscope ddtrace opentelemetry dateutil pytz six attr ' +
    'attrs orjson ujson simplejson marshmallow structlog sentry_sdk').split(' '),
);
