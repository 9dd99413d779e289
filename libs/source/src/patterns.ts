import type { Site } from './syntax';

/**
 * The expressions each category blames, as patterns over a site's callee
 * (`new ` prefixed for constructions). One table for all languages: the
 * callee spellings of JavaScript/TypeScript, Python, Go and Java do not
 * collide, and a site only ever competes with sites of its own file.
 */
const PATTERNS: Record<string, RegExp[]> = {
  'client-construction-in-hot-path': [
    /^new (?:[\w$]+\.)*[\w$]*(?:Client|Agent|Pool|Connection|Redis|Cluster|Producer|Consumer|Kafka|Sequelize|Knex|S3|DynamoDB|SQS|SNS|Transport|Session|Driver|Channel|Mongo|Database|Socket|Http\w*)$/,
    /^(?:[\w$]+\.)*(?:create(?:Client|Pool|Connection|Transport|Agent|Cluster)|createConnectionPool|newHttpClient|newBuilder|NewClient|NewPool|Dial|DialContext|Open|connect|client|resource|Session|Redis|StrictRedis|Client|MongoClient|create_engine|create_client|knex)$/,
    /^new (?:http|https|net|tls)\.\w+$/,
  ],
  'regex-compilation-in-hot-path': [
    /^(?:new )?RegExp$/,
    /^(?:re|regex)\.(?:compile|match|search|sub|findall|fullmatch|split|finditer)$/,
    /^regexp\.(?:MustCompile|Compile|MatchString|Match|MustCompilePOSIX)$/,
    /^(?:java\.util\.regex\.)?Pattern\.(?:compile|matches)$/,
    /\.(?:matches|replaceAll|replaceFirst|split)$/,
  ],
  'serialization-overhead': [
    /^JSON\.(?:parse|stringify)$/,
    /^(?:globalThis\.)?structuredClone$/,
    /^(?:v8\.)?(?:serialize|deserialize)$/,
    /^(?:json|pickle|marshal|orjson|ujson|simplejson)\.(?:loads|dumps|load|dump)$/,
    /^copy\.deepcopy$/,
    /^(?:json|xml|gob|proto)\.(?:Marshal|Unmarshal|MarshalIndent|NewEncoder|NewDecoder)$/,
    /\.(?:readValue|writeValueAsString|writeValueAsBytes|toJson|fromJson|convertValue|readTree)$/,
  ],
  'sync-io-on-request-path': [
    /^(?:[\w$]+\.)*(?!pbkdf2|scrypt|randomFill|generateKey)\w+Sync$/,
    /^(?:os|ioutil)\.(?:ReadFile|WriteFile|Open|ReadDir|Stat)$/,
    /^(?:Files\.(?:readAllBytes|readAllLines|readString|lines|write|newInputStream)|new File(?:Input|Output)Stream|new FileReader)$/,
    /^(?:open|subprocess\.\w+|os\.system)$/,
  ],
  'sync-crypto-on-request-path': [
    /^(?:[\w$]+\.)*(?:pbkdf2Sync|scryptSync|hashSync|compareSync|genSaltSync|generateKeyPairSync|randomFillSync)$/,
    /^(?:hashlib\.(?:pbkdf2_hmac|scrypt)|bcrypt\.(?:hashpw|checkpw|gensalt))$/,
    /^(?:bcrypt\.(?:GenerateFromPassword|CompareHashAndPassword)|pbkdf2\.Key|scrypt\.Key|argon2\.\w*Key)$/,
    /\.(?:generateSecret|getInstance)$/,
  ],
  'quadratic-collection-scan': [/\.(?:includes|indexOf|lastIndexOf|find|findIndex|filter|some|contains|count|index)$/, /^slices\.(?:Contains|Index|IndexFunc|ContainsFunc)$/],
  'exception-as-control-flow': [/^throw$/, /^new (?:[\w$]+\.)*[\w$]*(?:Error|Exception)$/, /^(?:errors\.New|fmt\.Errorf)$/],
  'locale-formatter-construction': [
    /^new Intl\.\w+$/,
    /\.(?:toLocaleString|toLocaleDateString|toLocaleTimeString|localeCompare)$/,
    /^(?:new )?(?:NumberFormat|DecimalFormat|SimpleDateFormat|DateTimeFormatter|MessageFormat)(?:\.(?:getInstance|getCurrencyInstance|getNumberInstance|getPercentInstance|ofPattern))?$/,
    /^(?:locale\.\w+|babel\.\w+\.format_\w+)$/,
  ],
  'logging-overhead': [
    /^(?:console|logger|log|this\.logger|this\.log|logging|LOG|LOGGER|slog)\.(?:log|debug|info|warn|warning|error|trace|fatal|Printf|Println|Print|Debug|Info|Warn|Error|fine|finer|finest|severe)$/,
    /^util\.inspect$/,
  ],
  'excessive-allocation': [/^new (?:Array|Map|Set|ArrayList|HashMap|HashSet|StringBuilder|Buffer)$/, /^(?:make|append|Buffer\.(?:alloc|from|concat))$/, /\.(?:concat|slice|map|split)$/],
  'lock-contention': [/\.(?:Lock|RLock|lock|acquire|synchronized|nextInt|nextDouble)$/, /^new Random$/],
  'reflection-overhead': [
    /\.(?:invoke|getMethod|getDeclaredMethod|getDeclaredField|getDeclaredFields|getFields|newInstance|forName)$/,
    /^(?:ReflectionToStringBuilder|EqualsBuilder|HashCodeBuilder)\.\w+$/,
    /^reflect\.\w+$/,
    /^Reflect\.\w+$/,
  ],
  'string-formatting-overhead': [/^fmt\.(?:Sprintf|Sprint|Sprintln|Fprintf|Errorf)$/, /^String\.format$/, /\.formatted$/, /^util\.format$/, /\.format$/],
  'connection-without-keepalive': [
    /^(?:http|https)\.(?:request|get|Get|Post|Head|PostForm)$/,
    /^(?:fetch|axios|got|request|urlopen|urllib\.request\.urlopen|requests\.\w+)$/,
    /^(?:net|tls)\.(?:connect|createConnection|Dial|DialTimeout)$/,
    /\.(?:openConnection|send|Do)$/,
    /^new (?:http\.Agent|https\.Agent|Socket)$/,
    // Go: a Transport of its own is a connection pool of its own (a Client literal alone shares DefaultTransport).
    /^new http\.Transport$/,
  ],
  'module-loading-in-hot-path': [/^(?:require|import|importlib\.import_module|__import__|Class\.forName|plugin\.Open)$/, /\.(?:loadClass|forName)$/],
  'event-loop-blocking': [],
};

/** True when a site is an expression of the category's kind. */
export function matchesCategory(category: string, site: Pick<Site, 'kind' | 'callee'>): boolean {
  const key = site.kind === 'new' ? `new ${site.callee}` : site.callee;
  return (PATTERNS[category] ?? []).some((p) => p.test(key));
}

/** Categories the locate stage knows expressions for. */
export function knownCategories(): string[] {
  return Object.keys(PATTERNS);
}
