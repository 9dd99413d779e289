import type { Category } from '@hotpath/report';

/**
 * What a model finding says about its category. The model knows the shape of
 * a pattern, not the library: the text names what to look for at the blamed
 * call site, in general terms.
 */
export const ADVICE: Record<Category, { title: string; recommendation: string }> = {
  'client-construction-in-hot-path': {
    title: 'A client, agent or connection pool seems to be built on every call',
    recommendation: 'Build the client (and its agent, TLS context, parsed configuration) once, at module or service scope, and reuse it.',
  },
  'regex-compilation-in-hot-path': {
    title: 'A regular expression seems to be compiled on every call',
    recommendation: 'Compile the expression once (module scope or a cache keyed by its source) and reuse it.',
  },
  'serialization-overhead': {
    title: 'Repeated serialisation or deep cloning by serialisation',
    recommendation: 'Serialise once and reuse the result; copy only what changes instead of cloning whole documents.',
  },
  'sync-io-on-request-path': {
    title: 'Blocking file, process or compression calls on a hot path',
    recommendation: 'Read configuration once at start-up, cache it, or use the asynchronous API.',
  },
  'sync-crypto-on-request-path': {
    title: 'Blocking key derivation or hashing on a hot path',
    recommendation: 'Use the asynchronous API (off the event loop) or cache the derived key.',
  },
  'quadratic-collection-scan': {
    title: 'A linear search inside a loop',
    recommendation: 'Index the searched collection once (a Set or Map) before the loop.',
  },
  'exception-as-control-flow': {
    title: 'Errors constructed and thrown on a hot path',
    recommendation: 'Return a result value for expected outcomes; keep exceptions for the exceptional.',
  },
  'locale-formatter-construction': {
    title: 'Locale formatters built on every call',
    recommendation: 'Create the formatter once per locale and options, and reuse it.',
  },
  'logging-overhead': {
    title: 'Logging cost on a hot path',
    recommendation: 'Check the level before building messages, avoid caller-location capture, and log per batch rather than per item.',
  },
  'excessive-allocation': {
    title: 'Allocation and garbage-collection pressure',
    recommendation: 'Reuse buffers and preallocate collections; avoid copying in loops.',
  },
  'lock-contention': {
    title: 'Time spent waiting on locks',
    recommendation: 'Shorten critical sections, shard the guarded state, or use lock-free structures.',
  },
  'reflection-overhead': {
    title: 'Reflection on a hot path',
    recommendation: 'Resolve reflective lookups once and cache them, or use generated code.',
  },
  'string-formatting-overhead': {
    title: 'Formatted string building in a hot loop',
    recommendation: 'Build strings with a builder or concatenation, or format once outside the loop.',
  },
  'connection-without-keepalive': {
    title: 'A new connection or handshake per request',
    recommendation: 'Use a keep-alive agent or connection pool shared across requests.',
  },
  'module-loading-in-hot-path': {
    title: 'Module loading or resolution on every call',
    recommendation: 'Load modules once at start-up and keep the reference.',
  },
  'event-loop-blocking': {
    title: 'Long synchronous work on the event loop',
    recommendation: 'Split the work into chunks or move it to a worker thread.',
  },
};
