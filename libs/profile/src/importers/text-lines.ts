/**
 * Walks text line by line without splitting it all at once (a large text
 * profile is hundreds of megabytes). Accepts `\n` and `\r\n` line ends;
 * `terminated` says whether the current line had one (a cut-off file's last
 * line has not).
 */
export class TextLines {
  line = '';
  number = 0;
  terminated = true;
  private pos = 0;

  constructor(private readonly text: string) {}

  next(): boolean {
    const { text } = this;
    if (this.pos >= text.length) return false;
    let end = text.indexOf('\n', this.pos);
    this.terminated = end !== -1;
    if (end === -1) end = text.length;
    const stop = end > this.pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    this.line = text.slice(this.pos, stop);
    this.pos = end + 1;
    this.number++;
    return true;
  }

  get fraction(): number {
    return Math.min(1, this.pos / this.text.length);
  }
}

/** A line quoted for an error message, cut at 80 characters. */
export function preview(line: string): string {
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
}
