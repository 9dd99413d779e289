import { describe, expect, it } from 'vitest';
import { canonicalName, frameKind, moduleOf } from '@hotpath/rules';

describe('frameKind', () => {
  it.each([
    // Node
    ['handleOrder', '/srv/app/src/orders.js', 'application'],
    ['(anonymous)', 'file:///srv/app/src/orders.js', 'application'],
    ['S3Client', '/srv/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js', 'library'],
    ['readFileSync', 'node:fs', 'runtime'],
    ['(garbage collector)', '', 'runtime'],
    // Go
    ['main.handle', '/src/app/main.go', 'application'],
    ['runtime.mallocgc', '/usr/lib/go/src/runtime/malloc.go', 'runtime'],
    ['net.(*Resolver).dial', '/usr/lib/go/src/net/lookup.go', 'runtime'],
    ['net/http.(*Transport).dialConn', '', 'runtime'],
    ['sort.Slice.func1', '', 'runtime'],
    ['github.com/aws/aws-sdk-go-v2/config.LoadDefaultConfig', '', 'library'],
    ['github.com/acme/logsvc/ingest.(*Parser).Parse', '', 'application'],
    // Java
    ['io.netty.channel.nio.NioEventLoop.run', '', 'library'],
    ['java.util.regex.Pattern.compile', '', 'runtime'],
    ['org.example.catalog.ShelfLabels.label', '', 'application'],
    // Java as other tools convert it, slashed
    ['java/nio/HeapByteBuffer.<init>', '', 'runtime'],
    ['org/apache/kafka/common/protocol/SendBuilder.buildSend', '', 'library'],
    ['com/example/shop/OrderService.place', '', 'application'],
    // Python (py-spy's short files)
    ['create_client', 'botocore/session.py', 'library'],
    ['_compile', 're/__init__.py', 'runtime'],
    ['make_password', 'django/contrib/auth/hashers.py', 'library'],
    ['handle', 'app/views.py', 'application'],
    // .NET, canonical form
    ['System.Text.RegularExpressions.Regex..ctor', 'System.Text.RegularExpressions', 'runtime'],
    // Native code no profiler symbolised, named by its shared object (JFR, async-profiler)
    ['/tmp/snappy-1.1.8-d1f9bd24-libsnappyjava.so', '', 'runtime'],
    ['/usr/lib/jvm/java-17/lib/server/libjvm.so', '', 'runtime'],
  ])('%s (%s) is %s', (name, file, kind) => {
    expect(frameKind(name, file)).toBe(kind);
  });
});

describe('names', () => {
  it('canonicalises Java and .NET names as profilers write them', () => {
    expect(canonicalName('Ljava/util/regex/Pattern;::compile')).toBe('java.util.regex.Pattern.compile');
    expect(canonicalName('java/util/regex/Pattern:.compile')).toBe('java.util.regex.Pattern.compile');
    expect(canonicalName('System.Text.RegularExpressions!Regex..ctor')).toBe('System.Text.RegularExpressions.Regex..ctor');
    expect(canonicalName('net/http.(*Transport).dialConn')).toBe('net/http.(*Transport).dialConn');
  });

  it('finds the module of a frame', () => {
    expect(moduleOf('S3Client', '/a/node_modules/@aws-sdk/client-s3/dist-cjs/index.js')).toBe('@aws-sdk/client-s3');
    expect(moduleOf('net/http.(*Transport).dialConn', '')).toBe('net/http');
    expect(moduleOf('java.util.regex.Pattern.compile', '')).toBe('java.util.regex.Pattern');
    expect(moduleOf('System.Text.RegularExpressions.Regex..ctor', '')).toBe('System.Text.RegularExpressions.Regex');
  });
});
