/**
 * Playbook export in the service: the content both formats carry (derived from each tactic's own
 * YAML), the escaping of every piece of tactic text in HTML (parsed with parse5) and Markdown
 * (rendered with marked, as GitHub would), the inlined renderer and its policy hash, and the
 * refusals. The page in a real browser (drawing, no requests) is test/browser/playbook.test.ts.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { marked } from 'marked';
import { parse as parseHtml } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { inlineScriptText } from '../../server/src/service/export/html';
import { markdownFence, markdownInline } from '../../server/src/service/export/escape';
import { type L10nBundle, type Language, type PlaybookOptions, useLanguage } from '../../server/src/service';
import { HOSTILE_LABELS } from '../helpers/hostileLabels';
import { readFixture, ROOT, service } from '../helpers/service';

const EXAMPLES = ['regional-retail-erp.tactic.yaml', 'hospital-lab-opponent.tactic.yaml'];
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

function exportText(text: string, options: Partial<PlaybookOptions> = {}): string {
  const result = service.playbook(service.parse(text), { format: 'html', fallbackTitle: 'file', ...options });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.text;
}

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; content?: Node };

function* elements(node: Node): Generator<Node> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

/** The text of a node as a browser's textContent gives it (entities decoded). */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/** Texts of the tactic the brief must carry, from its YAML. */
function expectations(yamlText: string) {
  const v = parseYaml(yamlText) as Record<string, Array<Record<string, unknown>>> & { sales_cycle?: { stages: Array<{ name: string }> } };
  return {
    titles: (v.decision_makers ?? []).map((d) => String(d.title)),
    objections: (v.objections ?? []).map((o) => ({ objection: String(o.objection), responses: ((o.responses as unknown[]) ?? []).map(String) })),
    risks: (v.risks ?? []).map((r) => String(r.risk)),
    stages: (v.sales_cycle?.stages ?? []).map((s) => String(s.name)),
  };
}

/** What a tag-free rendering shows: line breaks and runs of spaces as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('playbook export: content', () => {
  for (const file of EXAMPLES) {
    const text = readFixture('examples', file);
    const want = expectations(text);

    it(`${file}: the HTML carries every decision maker, objection with its responses, risk and stage`, () => {
      const doc = parseHtml(exportText(text)) as unknown as Node;
      const body = flat(textOf([...elements(doc)].find((e) => e.tagName === 'body')!));
      for (const title of want.titles) assert.ok(body.includes(flat(title)), title);
      for (const o of want.objections) {
        assert.ok(body.includes(flat(o.objection)), o.objection);
        for (const r of o.responses) assert.ok(body.includes(flat(r)), r);
      }
      for (const risk of want.risks) assert.ok(body.includes(flat(risk)), risk);
      // the pictures: the Mermaid source the page draws is exactly the service's diagram of each view
      const sources = [...elements(doc)].filter((e) => e.attrs?.some((a) => a.name === 'class' && a.value === 'mermaid-source')).map(textOf);
      const parsed = service.parse(text);
      assert.deepEqual(sources, [service.diagram(parsed, 'cycle').mermaid, service.diagram(parsed, 'map').mermaid]);
      for (const stage of want.stages) assert.ok(sources[0].includes(stage), `stage ${stage} in the sales cycle`);
    });

    it(`${file}: the Markdown carries the same, with the diagrams as mermaid blocks`, () => {
      const md = exportText(text, { format: 'markdown' });
      const html = marked.parse(md, { async: false }) as string;
      const body = flat(textOf(parseHtml(html) as unknown as Node));
      for (const title of want.titles) assert.ok(body.includes(flat(title)), title);
      for (const o of want.objections) {
        assert.ok(body.includes(flat(o.objection)), o.objection);
        for (const r of o.responses) assert.ok(body.includes(flat(r)), r);
      }
      for (const risk of want.risks) assert.ok(body.includes(flat(risk)), risk);
      const parsed = service.parse(text);
      const fences = [...md.matchAll(/^(`{3,})mermaid\n([\s\S]*?)^\1$/gm)].map((m) => m[2]);
      assert.deepEqual(fences, [service.diagram(parsed, 'cycle').mermaid, service.diagram(parsed, 'map').mermaid].map((m) => (m.endsWith('\n') ? m : m + '\n')));
    });
  }

  it('puts each risk in the matrix cell of its likelihood and impact', () => {
    const text = 'tactic: T\nrisks:\n  - risk: Alpha\n    likelihood: high\n    impact: low\n  - risk: Beta\n    likelihood: low\n    impact: high\n  - risk: Gamma\n';
    const doc = parseHtml(exportText(text)) as unknown as Node;
    const matrix = [...elements(doc)].find((e) => e.tagName === 'table' && e.attrs?.some((a) => a.value === 'matrix'))!;
    const rows = [...elements(matrix)].filter((e) => e.tagName === 'tr').slice(1).map((tr) => [...elements(tr)].filter((c) => c.tagName === 'td').map((td) => flat(textOf(td))));
    // rows: likelihood high, medium, low; columns: impact low, medium, high
    assert.deepEqual(rows, [['R1 Alpha', '', ''], ['', '', ''], ['', '', 'R2 Beta']]);
    assert.match(flat(textOf(doc)), /Not rated:\s*R3 Gamma/);
  });

  it('groups actions by the cycle\'s stages in cycle order, then those without a known stage', () => {
    const text = `tactic: T
sales_cycle:
  start: b
  stages:
    - { id: a, name: Stage A, outcome: won }
    - { id: b, name: Stage B, next: [a] }
advancement_actions:
  - { action: Late, stage: b }
  - { action: Loose }
  - { action: Early, stage: a }
  - { action: Stray, stage: nowhere }
`;
    const md = exportText(text, { format: 'markdown' });
    const section = md.slice(md.indexOf('## Advancement actions'), md.indexOf('## Approval chains'));
    assert.deepEqual([...section.matchAll(/^### (.+)$/gm)].map((m) => m[1]), ['Stage A', 'Stage B', 'At any stage']);
    assert.ok(section.indexOf('Early') < section.indexOf('Late') && section.indexOf('Late') < section.indexOf('Loose') && section.indexOf('Loose') < section.indexOf('Stray'));
  });

  it('is the same text for the same tactic (no clock but the service\'s, no randomness)', () => {
    const text = readFixture('examples', EXAMPLES[0]);
    assert.equal(exportText(text), exportText(text));
    assert.equal(exportText(text, { format: 'markdown' }), exportText(text, { format: 'markdown' }));
  });
});

describe('playbook export: the page\'s script and policy', () => {
  const script = { text: 'var s = "</script><!-- x"; document.body.dataset.diagrams = "drawn";', sha256 };

  it('inlines the renderer allowed by the hash of exactly what it inlines, and nothing else may load', () => {
    const html = exportText('tactic: T\n', { script });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    const inlined = /<script>([\s\S]*)<\/script>/.exec(html)![1];
    assert.equal(inlined, inlineScriptText(script.text));
    assert.equal(csp, `default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-${sha256(inlined)}&#39;`);
    assert.equal(html.match(/<script/g)!.length, 1);
  });

  it('escapes the sequences that would end the script element or change how it is parsed', () => {
    assert.equal(inlineScriptText('a</script>b</SCRIPT x<!--c'), 'a<\\/script>b<\\/SCRIPT x<\\!--c');
    // the same meaning in a JavaScript string
    assert.equal(JSON.parse(JSON.stringify('a<\\/script>')), 'a<\\/script>');
    assert.equal(eval(`"${inlineScriptText('</script><!--')}"`), '</script><!--');
  });

  it('without a renderer: no script at all, and no script source in the policy', () => {
    const html = exportText('tactic: T\n');
    assert.ok(!html.includes('<script'));
    assert.ok(!html.includes('script-src'));
  });

  it('bodyOnly: the content for a host page, with no document, policy or script around it', () => {
    const body = exportText(readFixture('examples', EXAMPLES[0]), { bodyOnly: true, script });
    assert.ok(!/<(html|head|meta|script)\b/.test(body), body.slice(0, 200));
    assert.ok(body.startsWith('<header>'));
  });
});

/** Every element and attribute a playbook may contain: anything else came from tactic text. */
const HTML_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'section', 'footer', 'h1', 'h2', 'h3', 'p', 'dl', 'div', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'strong', 'q', 'code', 'span', 'meter', 'figure', 'details', 'summary', 'pre', 'noscript', 'br', 'script']);
const HTML_ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'role', 'aria-label', 'scope', 'min', 'max', 'value', 'data-kind', 'data-could-not-draw']);
/** What Markdown of ours renders to on GitHub (marked, GFM): no links, images or raw HTML from the tactic. */
const MD_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'code', 'br', 'pre', 'hr', 'blockquote', 'html', 'head', 'body']);

function hostileTactic(label: string): string {
  const q = JSON.stringify(label);
  return `tactic: ${q}
account: ${q}
description: ${q}
decision_makers:
  - { id: cfo, title: ${q}, name: ${q}, role: economic_buyer, interests: [${q}], notes: ${q} }
identification:
  - { source: ${q}, method: ${q}, finds: [cfo] }
gatekeepers:
  - { technique: ${q}, script: ${q}, when: ${q}, for: [cfo] }
positioning:
  - { for: cfo, as: ${q}, message: ${q}, proof: [${q}] }
discovery_questions:
  - { question: ${q}, type: problem, for: [cfo], reveals: ${q} }
advancement_actions:
  - { action: ${q}, stage: s, by: ${q}, for: [cfo], result: ${q} }
approval_chains:
  - { id: c, name: ${q}, when: ${q}, steps: [cfo, [cfo], { body: ${q}, members: [cfo] }] }
objections:
  - { objection: ${q}, responses: [${q}], from: [cfo] }
risks:
  - { risk: ${q}, likelihood: high, impact: high, signals: [${q}], mitigation: ${q} }
sales_cycle:
  start: s
  stages:
    - { id: s, name: ${q}, next: [w] }
    - { id: w, name: ${q}, outcome: won }
`;
}

const label = fc.oneof(fc.constantFrom(...HOSTILE_LABELS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.stringMatching(/^[<>&"'`*_[\]()!#|:@.\\~w -]{1,30}$/));

describe('playbook export: tactic text stays text', () => {
  it('HTML: no element or attribute that the playbook does not write, whatever the labels', () => {
    fc.assert(fc.property(label, (l) => {
      if (!l.trim()) return;
      const doc = parseHtml(exportText(hostileTactic(l))) as unknown as Node;
      for (const e of elements(doc)) {
        assert.ok(HTML_TAGS.has(e.tagName!), `<${e.tagName}> from ${JSON.stringify(l)}`);
        for (const a of e.attrs ?? []) assert.ok(HTML_ATTRS.has(a.name), `${a.name}= from ${JSON.stringify(l)}`);
      }
      // and the label is there as text, as the user wrote it (the title at least)
      const title = [...elements(doc)].find((e) => e.tagName === 'h1')!;
      assert.equal(textOf(title), l.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
    }), { numRuns: 150 });
  });

  it('Markdown: renders without links, images or HTML from the tactic, and shows the label literally', () => {
    fc.assert(fc.property(label, (l) => {
      if (!l.trim()) return;
      const md = exportText(hostileTactic(l), { format: 'markdown' });
      const prose = md.replace(/^(`{3,})mermaid\n[\s\S]*?^\1$/gm, '');
      const html = marked.parse(prose, { async: false }) as string;
      const doc = parseHtml(html) as unknown as Node;
      for (const e of elements(doc)) {
        assert.ok(MD_TAGS.has(e.tagName!), `<${e.tagName}> from ${JSON.stringify(l)}: ${html.slice(0, 300)}`);
        assert.deepEqual(e.attrs?.filter((a) => a.name !== 'align') ?? [], [], `attributes on <${e.tagName}> from ${JSON.stringify(l)}`);
      }
      const h1 = [...elements(doc)].find((e) => e.tagName === 'h1')!;
      assert.equal(flat(textOf(h1)), flat(l.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')).replace(/\0/g, '\uFFFD'), 'the heading shows the title literally');
    }), { numRuns: 150 });
  });

  it('Markdown: bare URLs, www. domains and e-mail addresses are not turned into links', () => {
    const md = exportText(hostileTactic('See https://evil.example/x, www.evil.example and ceo@evil.example'), { format: 'markdown' });
    const html = marked.parse(md, { async: false }) as string;
    assert.ok(!html.includes('<a '), html);
  });

  it('a fence is longer than any backtick run in the block', () => {
    assert.equal(markdownFence('mermaid', 'a ```` b\n'), '`````mermaid\na ```` b\n`````\n');
    assert.equal(markdownFence('mermaid', 'plain'), '```mermaid\nplain\n```\n');
    assert.equal(markdownInline('a\nb|c'), 'a b&#124;c');
  });
});

describe('playbook export: bad input', () => {
  it('exports a tactic with errors, saying so at the top', () => {
    const result = service.playbook(service.parse('tactic: T\ndecision_makers:\n  - id: cfo\n    title: 42\n    influence: [x]\nrisks: 5\n'), { format: 'markdown', fallbackTitle: 'f' });
    assert.ok(result.ok);
    assert.ok(result.errors > 0);
    assert.match(result.text, new RegExp(`^> This tactic has ${result.errors} errors\\. The playbook shows what could be read`, 'm'));
    assert.ok(result.text.includes('| **42** |'), 'a number where text is expected is shown as written');
  });

  it('refuses text that is not a tactic, and a tactic whose YAML structure is broken, with the reason', () => {
    for (const [text, reason] of [['- a\n- b\n', /not a tactic/], ['', /not a tactic/], ['tactic: "unclosed\nrisks: []\n', /not valid YAML \(line 1: .*never closed/]] as const) {
      for (const format of ['html', 'markdown'] as const) {
        const result = service.playbook(service.parse(text), { format, fallbackTitle: 'f' });
        assert.ok(!result.ok, `${JSON.stringify(text)} refused`);
        assert.match(result.message, reason);
      }
    }
  });

  it('a tactic without a title is named after its file', () => {
    const result = service.playbook(service.parse('account: A\n'), { format: 'markdown', fallbackTitle: 'acme-deal' });
    assert.ok(result.ok);
    assert.ok(result.text.startsWith('# acme&#45;deal\n') || result.text.startsWith('# acme-deal\n'), result.text.slice(0, 40));
  });
});

describe('playbook export in Romanian and Russian', () => {
  const bundle = (language: Language): L10nBundle => JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as L10nBundle;
  const RISK = 'tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n    influence: high\nrisks:\n  - risk: R\n    likelihood: high\n    impact: high\n    mitigation: M\n';
  afterEach(() => useLanguage('en'));

  // The word for a level agrees with what it rates: Russian вероятность is feminine, ущерб masculine
  // and влияние neuter; Romanian probabilitate and influență are feminine, impact neuter.
  const agreement = {
    ro: ['<strong>Probabilitate:</strong> ridicată<', '<strong>Impact:</strong> ridicat<', '<td>ridicată</td>'],
    ru: ['<strong>Вероятность:</strong> высокая<', '<strong>Ущерб:</strong> высокий<', '<td>высокое</td>'],
  } as const;
  for (const language of ['ro', 'ru'] as const) {
    it(`${language}: headings, notes and levels in ${language}, the tactic's own text as written`, () => {
      useLanguage(language, bundle(language));
      const html = exportText(RISK);
      assert.match(html, new RegExp(`<html lang="${language}">`));
      for (const piece of agreement[language]) assert.ok(html.includes(piece), piece);
      const markdown = exportText(RISK, { format: 'markdown' });
      assert.ok(!/Decision makers|Risks|Likelihood/.test(markdown), 'no English heading left');
      if (language === 'ru') assert.match(markdown, /Риски/);
    });
  }
});
