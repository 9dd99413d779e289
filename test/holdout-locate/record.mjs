// Re-records the profiles of the held-out programs:
//
//   node test/holdout-locate/record.mjs [name...]     (all programs when no name is given)
//
// Each program is copied to /tmp/hl-XXXX/srv/<name>/, built there when it has a build step
// (tsc, the bundle script, go build, javac), run there under its profilers, and its profiles
// are written to test/holdout-locate/<name>/profiles/. A TypeScript or bundled program's
// output folder (with its source maps) is copied back too, so the committed output is the
// code that ran. Exit status 1 if a program failed, 2 for an unknown name.
import fs from 'node:fs';
import path from 'node:path';
import { build, makeRoot, readManifest, record, SET_DIR, stage } from './recorder.mjs';

function recordProgram(program) {
  const root = makeRoot();
  try {
    const dir = stage(root, program);
    build(program, dir);
    const home = path.join(SET_DIR, program.name);
    if (program.build?.output) {
      const out = path.join(home, program.build.output);
      fs.rmSync(out, { recursive: true, force: true });
      fs.cpSync(path.join(dir, program.build.output), out, { recursive: true });
    }
    fs.mkdirSync(path.join(home, 'profiles'), { recursive: true });
    for (const profile of program.profiles) {
      const started = Date.now();
      const r = record(program, dir, profile);
      fs.writeFileSync(path.join(home, profile.path), r.bytes);
      console.log(
        `${program.name}: ${profile.path} ${Math.round(r.bytes.length / 1024)} KB, ${r.samples} ${profile.kind === 'jfr' ? 'bytes raw' : 'samples'}, ` +
          `${r.interval} µs, ${((Date.now() - started) / 1000).toFixed(1)} s, ran in ${dir}`,
      );
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function main() {
  const programs = readManifest().programs;
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !programs.some((p) => p.name === n));
  if (unknown.length > 0) {
    console.error(`record: unknown program(s) ${unknown.join(', ')}; known: ${programs.map((p) => p.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  let failed = 0;
  for (const program of programs.filter((p) => names.length === 0 || names.includes(p.name))) {
    try {
      recordProgram(program);
    } catch (err) {
      failed += 1;
      console.error(`${program.name}: ${err.message}`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

main();
