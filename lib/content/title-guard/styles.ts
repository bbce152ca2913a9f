/**
 * The guard's CSS, scoped by its shadow root. WXT resets the host with `all: initial !important`,
 * so host rules here need !important too. Colours follow the browser's light/dark preference.
 */
export const GUARD_CSS = `
:host {
  display: block !important;
  margin: 6px 0 !important;
  max-width: 640px !important;
  --sm-bg: #fffaf5; --sm-fg: #1f2329; --sm-soft: #646a73; --sm-border: #ffd5bf; --sm-accent: #ff5000;
  --sm-bad: #d83931; --sm-warn: #9a6200; --sm-good: #1f7a45; --sm-ins: #d9f5e3; --sm-del: #fde2e1;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :host {
    --sm-bg: #25272b; --sm-fg: #e8e9eb; --sm-soft: #a3a7ad; --sm-border: #5a4030; --sm-accent: #ff7a3d;
    --sm-bad: #ff6b63; --sm-warn: #f0b43c; --sm-good: #4cc38a; --sm-ins: #1f4a33; --sm-del: #5a2523;
  }
}
.guard {
  font: 12px/1.5 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  background: var(--sm-bg); color: var(--sm-fg); border: 1px solid var(--sm-border); border-left: 3px solid var(--sm-accent);
  border-radius: 6px; padding: 6px 10px;
}
header { display: flex; align-items: center; gap: 8px; }
header strong { color: var(--sm-accent); font-weight: 600; }
.badge { background: var(--sm-accent); color: #fff; border-radius: 8px; padding: 0 6px; font-size: 11px; }
.badge[hidden] { display: none; }
button {
  margin-left: auto; font: inherit; color: var(--sm-soft); background: transparent; border: 1px solid var(--sm-border);
  border-radius: 4px; padding: 0 8px; cursor: pointer;
}
button:focus-visible { outline: 2px solid #3370ff; outline-offset: 1px; }
.body[hidden] { display: none; }
.diff { margin: 4px 0; word-break: break-all; }
.diff[hidden] { display: none; }
.diff .label { color: var(--sm-soft); margin-right: 4px; }
ins { background: var(--sm-ins); text-decoration: none; border-radius: 2px; padding: 0 1px; font-weight: 600; }
del { background: var(--sm-del); color: var(--sm-bad); border-radius: 2px; padding: 0 1px; }
ul { list-style: none; margin: 2px 0 0; padding: 0; }
li { padding: 1px 0 1px 14px; position: relative; }
li::before { content: '•'; position: absolute; left: 2px; color: var(--sm-soft); }
li.warn { color: var(--sm-warn); font-weight: 600; }
li.warn::before { content: '!'; color: var(--sm-warn); }
li.bad { color: var(--sm-bad); font-weight: 600; }
li.bad::before { content: '×'; color: var(--sm-bad); }
li.good { color: var(--sm-good); }
li.good::before { content: '✓'; color: var(--sm-good); }
li.info { color: var(--sm-soft); }
.status { margin: 2px 0 0; color: var(--sm-good); }
.status.bad { color: var(--sm-bad); }
.status:empty { display: none; }
`;
