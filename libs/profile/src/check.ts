import type { Profile } from './model';

/**
 * Verifies the model's invariants, as pprof's CheckValid does: dense 1-based
 * ids, every reference in range, one value per sample type, finite values.
 * Tests run it after every import and transform; it returns the problems
 * (empty when valid) so a test can show all of them at once.
 */
export function profileProblems(p: Profile, maxProblems = 20): string[] {
  const problems: string[] = [];
  const report = (m: string) => problems.length < maxProblems && problems.push(m);
  const nStrings = p.strings.length;
  const str = (i: number, what: string) => {
    if (!Number.isInteger(i) || i < 0 || i >= nStrings) report(`${what}: string index ${i} out of range`);
  };

  if (p.strings[0] !== '') report('strings[0] must be the empty string');
  if (p.sampleTypes.length === 0) report('no sample types');
  const d = p.defaultSampleType;
  if (d !== null && (d < 0 || d >= p.sampleTypes.length)) {
    report(`defaultSampleType ${p.defaultSampleType} out of range`);
  }
  if (!(p.period >= 0)) report(`period ${p.period} is negative`);

  p.mappings.forEach((m, i) => {
    if (m.id !== i + 1) report(`mapping at index ${i} has id ${m.id}`);
    str(m.filename, `mapping ${m.id} filename`);
    str(m.buildId, `mapping ${m.id} buildId`);
  });
  p.functions.forEach((f, i) => {
    if (f.id !== i + 1) report(`function at index ${i} has id ${f.id}`);
    str(f.name, `function ${f.id} name`);
    str(f.systemName, `function ${f.id} systemName`);
    str(f.filename, `function ${f.id} filename`);
    if (!(f.startLine >= 0)) report(`function ${f.id} startLine ${f.startLine}`);
  });
  p.locations.forEach((l, i) => {
    if (l.id !== i + 1) report(`location at index ${i} has id ${l.id}`);
    if (l.mappingId < 0 || l.mappingId > p.mappings.length) report(`location ${l.id} mapping ${l.mappingId} unknown`);
    for (const line of l.lines) {
      if (line.functionId < 1 || line.functionId > p.functions.length) {
        report(`location ${l.id} references unknown function ${line.functionId}`);
      }
      if (!(line.line >= 0)) report(`location ${l.id} line ${line.line}`);
    }
  });
  p.labelSets.forEach((set, i) => {
    if (i === 0 && set.length !== 0) report('labelSets[0] must be empty');
    for (const l of set) {
      str(l.key, `label set ${i} key`);
      str(l.str, `label set ${i} value`);
      str(l.numUnit, `label set ${i} unit`);
    }
  });

  const s = p.samples;
  const st = s.stacks;
  const stride = p.sampleTypes.length;
  if (s.stack.length !== s.length) report(`stack has ${s.stack.length} entries for ${s.length} samples`);
  if (s.values.length !== s.length * stride) report(`values has ${s.values.length} entries for ${s.length}×${stride}`);
  if (s.labelSet.length !== s.length) report(`labelSet has ${s.labelSet.length} entries for ${s.length} samples`);
  if (st.start.length !== st.length + 1) report(`the stack table has ${st.start.length} starts for ${st.length} stacks`);
  if (st.start[0] !== 0) report('the stack table must start at 0');
  if (st.start[st.length] !== st.locations.length) report('the stack table does not end at its last entry');
  for (let j = 0; j < st.length; j++) {
    if (st.start[j + 1] < st.start[j]) report(`stack ${j} ends before it starts`);
  }
  for (let i = 0; i < s.length && problems.length < maxProblems; i++) {
    if (s.stack[i] >= st.length) report(`sample ${i}: stack ${s.stack[i]} unknown`);
    if (s.labelSet[i] >= p.labelSets.length) report(`sample ${i}: label set ${s.labelSet[i]} unknown`);
    for (let t = 0; t < stride; t++) {
      if (!Number.isFinite(s.values[i * stride + t])) report(`sample ${i}: value ${t} is not finite`);
    }
  }
  const nLoc = p.locations.length;
  for (let k = 0; k < st.locations.length && problems.length < maxProblems; k++) {
    const id = st.locations[k];
    if (id < 1 || id > nLoc) report(`stack entry ${k} references unknown location ${id}`);
  }
  return problems;
}

export function checkProfile(p: Profile): void {
  const problems = profileProblems(p);
  if (problems.length > 0) throw new Error(`invalid profile:\n  ${problems.join('\n  ')}`);
}
