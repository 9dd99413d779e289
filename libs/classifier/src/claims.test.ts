import { describe, expect, it } from 'vitest';
import type { StackFrame } from '@hotpath/report';
import { endsInBlamedOwnTime, runsThroughClaim } from './claims';

const frame = (fn: string, line = 1): StackFrame => ({ function: fn, file: 'app.js', line });
const byFunction = (f: StackFrame, s: StackFrame) => f.function === s.function && f.file === s.file;
const byLine = (f: StackFrame, s: StackFrame) => byFunction(f, s) && f.line === s.line;

describe('runsThroughClaim', () => {
  const stack = [frame('main'), frame('handle', 4), frame('parse', 9), frame('compile', 2)];

  it('holds when the stack reaches the claimed frame with the blamed frame at or above it', () => {
    expect(runsThroughClaim(stack, { stack: [frame('handle', 4), frame('parse', 9)], blame: frame('handle', 4) }, byFunction)).toBe(true);
    expect(runsThroughClaim(stack, { stack: [frame('parse', 9)], blame: frame('parse', 9) }, byFunction)).toBe(true);
    expect(runsThroughClaim(stack, { stack: [frame('compile', 2)] }, byFunction)).toBe(true);
  });

  it('fails when the blamed frame is only below the claim, or the claim is absent', () => {
    expect(runsThroughClaim(stack, { stack: [frame('parse', 9)], blame: frame('compile', 2) }, byFunction)).toBe(false);
    expect(runsThroughClaim(stack, { stack: [frame('render')] }, byFunction)).toBe(false);
    expect(runsThroughClaim(stack, { stack: [] }, byFunction)).toBe(false);
  });

  it('matches lines only when asked to', () => {
    const finding = { stack: [frame('parse', 10)], blame: frame('handle', 4) };
    expect(runsThroughClaim(stack, finding, byFunction)).toBe(true);
    expect(runsThroughClaim(stack, finding, byLine)).toBe(false);
  });
});

describe('endsInBlamedOwnTime', () => {
  it('holds for a stack that ends in the blamed function, at any of its lines, and not for one that runs on below it', () => {
    const finding = { blame: frame('Client', 5) };
    expect(endsInBlamedOwnTime([frame('main'), frame('Client', 9)], finding, byFunction)).toBe(true);
    expect(endsInBlamedOwnTime([frame('main'), frame('Client', 5), frame('Agent', 3)], finding, byFunction)).toBe(false);
    expect(endsInBlamedOwnTime([frame('main'), frame('Client', 9)], {}, byFunction)).toBe(false);
    expect(endsInBlamedOwnTime([], finding, byFunction)).toBe(false);
  });
});
