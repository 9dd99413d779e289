import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallTree } from '@hotpath/analysis';
import { importProfile } from '@hotpath/profile';
import { builtinRules, detect, parseFixture } from '@hotpath/rules';
import { rng } from './model';
import { FrameRenamer, renameProfile, renameStack, stackFrameKind } from './rename';

const ROOT = join(__dirname, '..', '..', '..');

describe('renaming application and library frames', () => {
  const stack = {
    share: 0.1,
    frames: [
      { name: 'processTicksAndRejections', file: 'node:internal/process/task_queues' },
      { name: 'handleOrder', file: 'file:///srv/app/src/orders.js' },
      { name: 'S3Client', file: 'file:///srv/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js' },
      { name: 'resolveConfig', file: 'file:///srv/app/node_modules/@aws-sdk/client-s3/dist-cjs/config.js' },
      { name: 'Agent', file: 'node:_http_agent' },
      { name: 'parse', file: '' },
    ],
  };

  it('keeps runtime frames, renames application and library names and paths, keeps kinds and shapes', () => {
    const r = renameStack(stack, rng(3));
    expect(r.frames[0]).toEqual(stack.frames[0]);
    expect(r.frames[4]).toEqual(stack.frames[4]);
    expect(r.frames[5]).toEqual(stack.frames[5]); // a V8 builtin
    expect(r.frames[1].name).not.toBe('handleOrder');
    expect(r.frames[1].file).not.toMatch(/orders|srv|app/);
    expect(r.frames[2].name).toMatch(/^[A-Z][a-z]+$/); // still constructor-shaped
    expect(r.frames[2].file).not.toMatch(/aws|client-s3/);
    expect(stackFrameKind(r.frames[1].name, r.frames[1].file)).toBe('application');
    expect(stackFrameKind(r.frames[2].name, r.frames[2].file)).toBe('library');
    // One library, one renamed module path.
    const pkg = (f: string) => /node_modules\/(.*)\/dist-cjs/.exec(f)?.[1];
    expect(pkg(r.frames[2].file)).toBe(pkg(r.frames[3].file));
    expect(renameStack(stack, rng(3))).toEqual(r);
    expect(renameStack(stack, rng(4))).not.toEqual(r);
  });

  it('renames Java vendor prefixes and Go module hosts, not java.* or the Go standard library', () => {
    const r = new FrameRenamer(rng(5));
    const java = r.frame('com.fasterxml.jackson.databind.ObjectMapper.readValue', '');
    expect(java.name).not.toMatch(/fasterxml|jackson|ObjectMapper/);
    expect(java.name.split('.')).toHaveLength(6);
    expect(r.frame('java.util.regex.Pattern.compile', '')).toEqual({ name: 'java.util.regex.Pattern.compile', file: '' });
    const go = r.frame('github.com/aws/aws-sdk-go-v2/service/s3.NewFromConfig', '/root/go/pkg/mod/github.com/aws/s3/api.go');
    expect(go.name).not.toMatch(/github|aws|Config/);
    expect(r.frame('regexp.MustCompile', '/usr/lib/go/src/regexp/regexp.go').name).toBe('regexp.MustCompile');
  });

  it('reads slashed Java names (other tools\' JFR and async-profiler conversions) as their dotted forms', () => {
    expect(stackFrameKind('java/nio/HeapByteBuffer.<init>', '')).toBe('runtime');
    expect(stackFrameKind('org/apache/kafka/common/protocol/SendBuilder.buildSend', '')).toBe('library');
    expect(stackFrameKind('com/example/shop/OrderService.place', '')).toBe('application');
    // Go names keep their meaning: a package path without a host is the standard library's.
    expect(stackFrameKind('net/http.(*Transport).dialConn', '')).toBe('runtime');
    expect(stackFrameKind('github.com/acme/shop/orders.Place', '')).toBe('application');
    const renamed = new FrameRenamer(rng(2)).frame('com/example/shop/OrderService.place', '');
    expect(renamed.name).not.toMatch(/example|shop|Order/);
  });

  it('a renamed profile no longer matches rules that name libraries', () => {
    const text = readFileSync(join(ROOT, 'rules/node/aws-sdk-v3-client-per-call/positive.yaml'), 'utf8');
    const profile = parseFixture(text, 'positive.yaml');
    const before = detect(new CallTree(profile, 0, { granularity: 'line' }), builtinRules());
    expect(before.map((f) => f.ruleId)).toContain('node.aws-sdk-v3-client-per-call');
    const after = detect(new CallTree(renameProfile(profile, rng(1)), 0, { granularity: 'line' }), builtinRules());
    expect(after.map((f) => f.ruleId)).not.toContain('node.aws-sdk-v3-client-per-call');
  });

  it('renames a recorded profile consistently and keeps its samples', () => {
    const file = join(ROOT, 'examples/orders-api/profiles/cpu.cpuprofile');
    const profile = importProfile(readFileSync(file), { fileName: file });
    const renamed = renameProfile(profile, rng(2));
    expect(renamed.samples).toBe(profile.samples);
    const names = (p: typeof profile) => p.functions.map((f) => p.strings[f.name]);
    expect(names(renamed)).toHaveLength(names(profile).length);
    expect(names(profile)).toContain('handle');
    expect(names(renamed)).not.toContain('handle');
    expect(names(renamed).filter((n, i) => n === names(profile)[i]).every((n, i) => n !== undefined)).toBe(true);
    expect(new CallTree(renamed, 0).total).toBe(new CallTree(profile, 0).total);
  });
});
