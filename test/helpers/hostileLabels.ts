/**
 * Hostile label texts for every diagram test: markup, event handlers, Mermaid syntax, directives,
 * entity codes, Mermaid's internal entity markers, `direction` statements, Unicode and line breaks. `HOSTILE_LABELS` is
 * the list the sales-cycle tests have always used; `hostileFixtureLabels()` adds every string
 * value of the hostile corpus files (test/fixtures/hostile) that the service accepts as text
 * (control characters, bidi overrides, tabs, Unicode line separators, Mermaid and HTML text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HOSTILE_EXPECTATIONS } from './hostileExpectations';
import { ROOT } from './service';

export const HOSTILE_LABELS: readonly string[] = [
  'He said "hi" and \'bye\'',
  '<img src=x onerror="window.__pwned=true">',
  '<script>window.__pwned=true</script>',
  '<b>bold</b> &amp; &lt;i&gt; &#60; &copy;',
  'a --> b; c -.-> d ==> e',
  'x]) --> y[("z")]',
  '%%{init: {"securityLevel": "loose", "theme": "dark"}}%%',
  '%% a comment',
  '`**markdown**` _and_ *more*',
  '"`**markdown string**`"',
  'click n0 call alert(1)',
  'end',
  'style n0 fill:#f00',
  'classDef x fill:red',
  '#quot; #35; #lt;b#gt; #9829;',
  'fa:fa-car fab:fa-github',
  'a|b|c',
  'Întâlnire cu directorul — ședință 会议 😀 مرحبا',
  'tab\there',
  'two\nlines',
  'crlf\r\nline',
  'ﬂ°°60¶ß ﬂ°lt¶ß',
  'javascript:alert(1)',
  '{{hex}} [/para/] ((circle)) >flag]',
  '\\"escaped\\" \\n',
  "it's 1/2 + 1 = 1.5, *really* _so_?! (yes)",
  'A(B)C--D==>E -.-> F --- G ~~~ H',
  '((circle)) (((double))) ([stadium]) [(db)]',
  '$$x^2$$ and $ money',
  'style n0 fill:#f00; classDef x stroke:#0f0;',
  '- list item\n1. numbered',
  'Set the direction LR for the team',
  'direction TB',
  'a direction\nRL',
];

/** Every non-blank string value (keys excluded) of the corpus files the service accepts as they are. */
export function hostileFixtureLabels(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.trim() !== '') out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const [name, e] of Object.entries(HOSTILE_EXPECTATIONS)) {
    if (!e.accepted) continue;
    let text: string;
    try {
      text = readFileSync(join(ROOT, 'test', 'fixtures', 'hostile', `${name}.tactic.yaml`), 'utf8');
    } catch {
      continue; // a generated case (not committed)
    }
    if (text.length > 10_000) continue;
    walk(parse(text));
  }
  return [...out];
}
