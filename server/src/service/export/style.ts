/**
 * The playbook's stylesheet: light, readable on a phone (tables scroll sideways inside their
 * box), and printable on A4 (each section starts a page, rows and cards are never cut, the
 * diagrams shrink to the page width).
 */
export const PLAYBOOK_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0969da; }
* { box-sizing: border-box; }
body.playbook { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1rem 3rem; background: #fff; color: var(--ink);
  font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--line); padding-bottom: 0.3rem; margin: 2rem 0 0.8rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.5rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: var(--muted); margin: 0; }
.facts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; margin: 0 0 0.8rem; }
.facts div { display: flex; gap: 0.4rem; }
.facts dt { color: var(--muted); white-space: nowrap; }
.facts dd { margin: 0; font-weight: 600; }
.note { border-left: 4px solid #bf8700; background: #fff8c5; padding: 0.5rem 0.8rem; }
.empty { color: var(--muted); font-style: italic; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
.meta span { margin-right: 1rem; }
.table { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; min-width: 5.5rem; hyphens: auto; }
thead th { background: var(--soft); }
td p { margin: 0 0 0.3rem; }
td ul { margin: 0.2rem 0; padding-left: 1.1rem; }
.score { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
.score meter { width: 12rem; height: 1.2rem; }
.score p { margin: 0; }
.pass { color: #1a7f37; white-space: nowrap; }
.fail { color: #cf222e; white-space: nowrap; }
.attitude { white-space: nowrap; padding: 0 0.35rem; border-radius: 0.3rem; border: 1px solid var(--line); }
.attitude.supporter { background: #d4f7dc; border-color: #1a7f37; }
.attitude.neutral { background: #eef1f5; border-color: #57606a; }
.attitude.opponent { background: #ffe0e0; border-color: #cf222e; }
.attitude.unknown { background: #fff; border-style: dashed; }
.card { border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.2rem 0.9rem 0.6rem; margin: 0.7rem 0; }
.questions li, .risks li { margin-bottom: 0.6rem; }
.questions p, .risks p { margin: 0; }
.steps li { margin: 0.15rem 0; }
.matrix { table-layout: fixed; }
.matrix th[scope=row] { width: 7rem; background: var(--soft); }
.matrix td { height: 4.5rem; }
.matrix ul, .chips { list-style: none; margin: 0; padding: 0; }
.matrix li { margin: 0.15rem 0; }
.heat-0, .heat-1 { background: #dafbe1; }
.heat-2 { background: #fff8c5; }
.heat-3 { background: #ffe2c2; }
.heat-4 { background: #ffd7d5; }
.risk-no { display: inline-block; min-width: 2rem; font-weight: 700; color: var(--accent); }
figure.diagram { margin: 0.5rem 0; }
.diagram-canvas { overflow-x: auto; text-align: center; }
.diagram-canvas svg { max-width: 100%; height: auto; }
.diagram-error { color: #cf222e; }
details.source summary { color: var(--muted); cursor: pointer; font-size: 0.85rem; }
pre.mermaid-source { white-space: pre-wrap; background: var(--soft); padding: 0.6rem; font-size: 0.8rem; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
@media (max-width: 40rem) {
  body.playbook { padding: 1rem 0.7rem 2rem; font-size: 14px; }
  h1 { font-size: 1.5rem; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body.playbook { max-width: none; padding: 0; font-size: 10.5pt; }
  section { break-before: page; }
  header + section { break-before: auto; }
  h2, h3 { break-after: avoid; }
  tr, .card, li, figure.diagram, .score { break-inside: avoid; }
  thead { display: table-header-group; }
  .table, .diagram-canvas { overflow: visible; }
  details.source, noscript { display: none; }
  .diagram-canvas svg { max-height: 250mm; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
