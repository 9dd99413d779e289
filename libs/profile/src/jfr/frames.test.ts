import { describe, expect, it } from 'vitest';
import { frameName, javaClassName, stableClassName } from './frames';

describe('JFR frame names', () => {
  it.each([
    ['org/example/OrderService$$Lambda$669/0x0000000800fd7318', 'org/example/OrderService$$Lambda_'],
    ['Fib$$Lambda.0x00007ffa600c4da0', 'Fib$$Lambda_'],
    ['com.datadog.profiling.controller.ProfilingSystem$$Lambda$292/1073491525', 'com.datadog.profiling.controller.ProfilingSystem$$Lambda_'],
    ['kafka/log/LogValidator$$$Lambda$1234/0x0000000800a1b2c3', 'kafka/log/LogValidator$$$Lambda_'],
    ['jdk/internal/reflect/GeneratedMethodAccessor31', 'jdk/internal/reflect/GeneratedMethodAccessor_'],
    ['com/acme/Service$$EnhancerBySpringCGLIB$$8a7b6c5d', 'com/acme/Service$$EnhancerBySpringCGLIB$$_'],
    ['java/util/regex/Pattern', 'java/util/regex/Pattern'],
    ['java/lang/invoke/LambdaForm$DMH/0x0000000800c0c400', 'java/lang/invoke/LambdaForm$DMH/0x0000000800c0c400'],
  ])('stableClassName(%s) = %s', (name, stable) => {
    expect(stableClassName(name)).toBe(stable);
  });

  it('writes Java binary names, keeping the suffix of hidden classes', () => {
    expect(javaClassName('java/util/regex/Pattern$Node')).toBe('java.util.regex.Pattern$Node');
    expect(javaClassName('java/lang/invoke/LambdaForm$DMH/0x0000000800c0c400')).toBe('java.lang.invoke.LambdaForm$DMH/0x0000000800c0c400');
    expect(javaClassName('Main')).toBe('Main');
  });

  it('names Java frames package.Class.method and native frames by symbol', () => {
    expect(frameName('java/util/regex/Pattern', 'compile', 'JIT compiled', true)).toEqual({
      name: 'java.util.regex.Pattern.compile',
      systemName: 'java/util/regex/Pattern.compile',
      mapping: '',
    });
    expect(frameName('libjvm.so', 'VMThread::run', 'C++', true)).toEqual({ name: 'VMThread::run', systemName: 'libjvm.so.VMThread::run', mapping: 'libjvm.so' });
    expect(frameName('vdso', '__vdso_clock_gettime', 'Native', true).name).toBe('__vdso_clock_gettime');
    // The JDK's Native frames are Java methods declared native.
    expect(frameName('jdk/internal/misc/Unsafe', 'park', 'Native', false).name).toBe('jdk.internal.misc.Unsafe.park');
    expect(frameName('', 'not_walkable_Java', 'Native', true)).toEqual({ name: 'not_walkable_Java', systemName: '.not_walkable_Java', mapping: '' });
  });
});
