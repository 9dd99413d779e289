/** The HTML view's stylesheet (inline: the page needs no network). */
export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --high: #cf222e; --medium: #9a6700; --low: #0969da; --link: #0969da; --find: #1f6feb; --match: #a371f7; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --high: #ff7b72; --medium: #d29922; --low: #58a6ff; --link: #58a6ff; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 24px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 0; }
a { color: var(--link); }
code, pre, .hp-mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; margin: 8px 0; }
.hp-muted { color: var(--muted); }
.hp-warning { color: var(--medium); }
.hp-toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 8px; }
.hp-toolbar input { flex: 0 1 320px; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
button { padding: 4px 12px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--fg); cursor: pointer; font: inherit; }
button:hover { border-color: var(--muted); }
#hp-flame-box { border: 1px solid var(--line); border-radius: 6px; overflow: hidden; background: var(--bg); }
#hp-flame { display: block; width: 100%; }
#hp-flame .hp-frame { cursor: pointer; }
#hp-flame .hp-frame rect { stroke: var(--bg); stroke-width: 0.5; }
#hp-flame .hp-frame text { font: 11.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; fill: #1f2328; pointer-events: none; }
#hp-flame .hp-frame:hover rect { stroke: var(--fg); stroke-width: 1; }
#hp-flame .hp-ancestor rect { opacity: 0.6; }
#hp-flame.hp-dim .hp-frame:not(.hp-match):not(.hp-finding) { opacity: 0.35; }
#hp-flame .hp-match rect { fill: var(--match); }
#hp-flame .hp-finding rect { fill: var(--find); stroke: var(--fg); stroke-width: 1; }
#hp-flame .hp-finding text { fill: #ffffff; }
#hp-flame .hp-finding-leaf rect { stroke-width: 2.5; }
#hp-info { min-height: 1.5em; margin: 6px 0; }
.hp-finding-card { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: 12px; margin: 12px 0; }
.hp-finding-card.hp-sev-high { border-left-color: var(--high); }
.hp-finding-card.hp-sev-medium { border-left-color: var(--medium); }
.hp-finding-card.hp-sev-low { border-left-color: var(--low); }
.hp-finding-card.hp-selected { outline: 2px solid var(--find); }
.hp-finding-head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; flex-wrap: wrap; cursor: pointer; }
.hp-badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #ffffff; margin-right: 6px; }
.hp-badge.hp-high { background: var(--high); }
.hp-badge.hp-medium { background: var(--medium); }
.hp-badge.hp-low { background: var(--low); }
dl.hp-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dl.hp-facts dt { color: var(--muted); }
dl.hp-facts dd { margin: 0; overflow-wrap: anywhere; }
.hp-snippet .hp-line-no { color: var(--muted); user-select: none; }
.hp-snippet .hp-focus { background: rgba(210, 153, 34, 0.25); display: inline-block; min-width: 100%; }
.hp-patch .hp-add { color: #1a7f37; }
.hp-patch .hp-del { color: #cf222e; }
.hp-patch .hp-hunk { color: var(--muted); }
ol.hp-stack { margin: 4px 0; padding-left: 28px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.hp-num, th.hp-num { width: 5em; text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td { overflow-wrap: anywhere; }
footer { max-width: 1200px; margin: 24px auto; padding: 0 16px; color: var(--muted); font-size: 12px; }
`;
