/**
 * Escaping for the HTML view. Every string of a report may come from a
 * profile an attacker wrote (function and file names, warnings), so nothing
 * reaches the page unescaped.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * JSON to place inside `<script type="application/json">`: `<`, `>` and `&`
 * become `\u` escapes, so no `</script>` or `<!--` can end or change the
 * element (HTML spec, "Restrictions for contents of script elements"), and
 * the text is still the same JSON for `JSON.parse`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
