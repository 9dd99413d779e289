/**
 * The parts of a unified diff (`diff -u`, `git diff`) a fix needs: per file,
 * its path (the new side's, without `b/`) and its hunks with the old range
 * and the new side's lines. Anything else (`diff --git`, `index`, mode
 * lines, "\ No newline at end of file") is skipped.
 */
export interface DiffFile {
  path: string;
  hunks: DiffHunk[];
}

export interface DiffHunk {
  /** 1-based first line of the old side; for an empty old side, the line after which the new lines go. */
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** The new side of the hunk: context and added lines, in order, without their newlines. */
  newText: string[];
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseUnifiedDiff(patch: string): DiffFile[] {
  const files: DiffFile[] = [];
  let file: DiffFile | null = null;
  let hunk: DiffHunk | null = null;
  let oldLeft = 0;
  let newLeft = 0;
  const lines = patch.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (hunk && (oldLeft > 0 || newLeft > 0)) {
      const mark = line[0];
      if (mark === ' ' || line === '') {
        hunk.newText.push(line.slice(1));
        oldLeft--;
        newLeft--;
      } else if (mark === '-') oldLeft--;
      else if (mark === '+') {
        hunk.newText.push(line.slice(1));
        newLeft--;
      } else if (mark !== '\\') hunk = null;
      if (hunk) continue;
    }
    if (line.startsWith('+++ ')) {
      const path = stripPrefix(line.slice(4));
      file = { path, hunks: [] };
      if (path !== '/dev/null') files.push(file);
      hunk = null;
      continue;
    }
    const m = HUNK.exec(line);
    if (m && file) {
      hunk = {
        oldStart: Number(m[1]),
        oldLines: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newLines: m[4] === undefined ? 1 : Number(m[4]),
        newText: [],
      };
      [oldLeft, newLeft] = [hunk.oldLines, hunk.newLines];
      file.hunks.push(hunk);
    }
  }
  return files;
}

/** `b/src/x.ts` → `src/x.ts`; a tab and a timestamp after the name (`diff -u`) go too. */
function stripPrefix(name: string): string {
  const path = name.split('\t')[0].trim();
  return path === '/dev/null' ? path : path.replace(/^[ab]\//, '');
}
