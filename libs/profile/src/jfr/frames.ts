/**
 * How a JFR stack frame becomes a function name.
 *
 * JFR names a frame's method by its class's internal name (`java/lang/Thread`)
 * and the method's name (`run`). hotpath shows Java frames as
 * `package.Class.method` (`java.lang.Thread.run`), as Java itself names them,
 * and keeps the internal form, `java/lang/Thread.run`, as the system name
 * (what Pyroscope and jfr-parser print, so their outputs compare directly).
 *
 * async-profiler also records native frames (frame types `Native`, `C++`,
 * `Kernel`) as methods whose "class" is the shared library, or empty when the
 * library is unknown: those are named by their symbol alone and keep the
 * library as the location's mapping.
 *
 * Classes the JVM generates at run time carry a counter or an address in
 * their name that differs on every run (`Foo$$Lambda$669/0x0000000800fd7318`,
 * `GeneratedMethodAccessor31`, `Foo$$EnhancerBySpringCGLIB$$1a2b3c`); those
 * parts are replaced by `_`, as Pyroscope's JFR converter does, so that the
 * same code has the same name in every recording (for diffs and trends).
 */

const LAMBDA = /^(.+\$\$Lambda)(\$?\d*[./](0x)?[\da-f]+|\d+)$/;
const METHOD_ACCESSOR = /^(jdk\/internal\/reflect\/GeneratedMethodAccessor)\d+$/;
const CGLIB = /^(.+\$\$EnhancerBySpringCGLIB\$\$).*$/;

/** Replaces the run-specific part of a generated class's internal name. */
export function stableClassName(internalName: string): string {
  if (!internalName.includes('$$') && !internalName.includes('Generated')) return internalName;
  return internalName.replace(LAMBDA, '$1_').replace(METHOD_ACCESSOR, '$1_').replace(CGLIB, '$1_');
}

/**
 * The Java binary name of a class from its internal name: slashes become
 * dots, except before the suffix the JVM gives hidden classes
 * (`LambdaForm$DMH/0x0000000800c0c400`), which `Class.getName()` keeps.
 */
export function javaClassName(internalName: string): string {
  const hidden = /\/((0x)?[\da-fA-F]+)$/.exec(internalName);
  if (!hidden) return internalName.replace(/\//g, '.');
  return `${internalName.slice(0, hidden.index).replace(/\//g, '.')}/${hidden[1]}`;
}

/**
 * Whether a frame is a native symbol rather than a Java method. Frame types
 * alone do not say: the JDK's `Native` frames are Java methods declared
 * `native` (`Unsafe.park`, with a class), while async-profiler's are C
 * functions whose "class" is their library (`libc.so.6`, `vdso`) or empty.
 * The recording tells which writer it is by its frame-type table: only
 * async-profiler's distinguishes `C++` and `Kernel` frames.
 */
export function isNativeFrame(frameType: string | null, className: string, writerHasNativeTypes: boolean): boolean {
  if (className === '' || frameType === 'C++' || frameType === 'Kernel') return true;
  return frameType === 'Native' && writerHasNativeTypes;
}

export interface FrameName {
  /** What hotpath shows: `java.lang.Thread.run`, or a native symbol. */
  readonly name: string;
  /** The frame as JFR tools print it: `java/lang/Thread.run`, `libjvm.so.JavaThread::run`. */
  readonly systemName: string;
  /** The library of a native frame, '' for Java frames. */
  readonly mapping: string;
}

export function frameName(className: string, methodName: string, frameType: string | null, writerHasNativeTypes: boolean): FrameName {
  const cls = stableClassName(className);
  const systemName = `${cls}.${methodName}`;
  if (isNativeFrame(frameType, cls, writerHasNativeTypes)) return { name: methodName, systemName, mapping: cls };
  return { name: `${javaClassName(cls)}.${methodName}`, systemName, mapping: '' };
}
