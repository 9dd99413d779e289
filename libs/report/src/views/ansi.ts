/**
 * Terminal styling for the text view: SGR colours and OSC 8 hyperlinks when
 * the output is a terminal, nothing at all otherwise (piped output, files,
 * NO_COLOR, TERM=dumb), so that a pipe sees plain text.
 */

export interface TerminalInfo {
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/**
 * Whether to style: FORCE_COLOR (not 0/false) forces it, as Node's own
 * `util.inspect` does; else a non-empty NO_COLOR (no-color.org) or
 * TERM=dumb turns it off; else only a terminal gets it.
 */
export function useColor({ isTTY, env = {} }: TerminalInfo): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}

export interface Style {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  /** A hyperlink (OSC 8) around visible text; the text alone when styling is off. */
  link(url: string | null, s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => (s ? `\x1b[${open}m${s}\x1b[${close}m` : s);

const ON: Style = {
  enabled: true,
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  // ESC ] 8 ; ; URL ST text ESC ] 8 ; ; ST. Control characters in a URL would end the sequence early: drop them.
  link: (url, s) => (url ? `\x1b]8;;${url.replace(/[\x00-\x1f\x7f]/g, '')}\x1b\\${s}\x1b]8;;\x1b\\` : s),
};

const OFF: Style = {
  enabled: false,
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  cyan: (s) => s,
  link: (_url, s) => s,
};

export function style(enabled: boolean): Style {
  return enabled ? ON : OFF;
}

/** Removes SGR and OSC sequences: what a terminal shows. */
export function stripAnsi(s: string): string {
  return s.replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-9;]*m/g, '');
}

/**
 * Control characters of a profile's strings replaced by `?`: a function name
 * an attacker wrote must not move the cursor or retitle the terminal.
 */
export function printable(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '?').replace(/[\t\n]/g, ' ');
}
