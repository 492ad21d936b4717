/**
 * `tactic report` through the built dist/cli.js on copies of test/fixtures/cli/report: the JSON
 * shape of the format with values taken from the fixture text, the table and the Markdown, hostile
 * text, unreadable and broken files, exit codes and `.tactic-lint.yaml`.
 *
 * The CLI's today is the real date (`io.now` is `new Date()` in dist/cli.js, with no override), so
 * dated tactics are written relative to Date.now() and ages are checked against the day before and
 * after the run (a run across midnight UTC stays green). One test runs the command in-process with
 * a fixed `io.now` for exact ages.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { marked } from 'marked';
import { parse } from 'yaml';
import { run } from '../../server/src/cli/main';
import { CLI_FIXTURES, CLI_JS, runCli, tempDir, type CliResult } from '../helpers/cli';
import { TODAY } from '../helpers/service';

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDaysAgo = (days: number, from = Date.now()) => new Date(from - days * DAY_MS).toISOString().slice(0, 10);
const ageOn = (date: string, now: Date) => Math.floor((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);

/** Runs the CLI and returns the result with the possible ages of a date on the day(s) it ran. */
function timed(args: string[], cwd: string): CliResult & { ages: (date: string) => number[] } {
  const t0 = new Date();
  const r = runCli(args, cwd);
  const t1 = new Date();
  return { ...r, ages: (date) => [...new Set([ageOn(date, t0), ageOn(date, t1)])] };
}

/** `n` copies of the strong tactic in `dir/many`, each with its own name; their paths, in order. */
function manyCopies(dir: string, n: number): string[] {
  const strong = readFileSync(join(dir, 'good', 'strong.tactic.yaml'), 'utf8');
  const files = Array.from({ length: n }, (_, i) => `many/t${String(i).padStart(3, '0')}.tactic.yaml`);
  mkdirSync(join(dir, 'many'));
  files.forEach((f, i) => writeFileSync(join(dir, f), strong.replace('tactic: Cloud ERP for Northwind', `tactic: Copy ${i}`)));
  return files;
}

const json = (r: CliResult) => JSON.parse(r.stdout) as { tactics: Tactic[] };

interface Tactic {
  path: string; tactic: string | null; account: string | null; owner: string | null; reviewed: string | null; reviewAgeDays: number | null;
  stale: boolean; weakestPoint: string | null;
  readiness: { score: number | null; passed: number; total: number; items: Array<{ id: string; subject: string | null; passed: boolean; message: string }>; reason?: string };
  decisionMakers: Array<{ id: string; title: string | null; role: string | null; influence: string | null; attitude: string; identified: boolean; positioned: boolean; questioned: boolean; reached: boolean }>;
  problems: { error: number; warning: number; information: number };
}

const FORMAT_KEYS = ['path', 'tactic', 'account', 'owner', 'reviewed', 'reviewAgeDays', 'readiness', 'decisionMakers', 'problems'];
/** Keys the report adds to the format's shape ("more keys may be added"). */
const EXTRA_KEYS = ['stale', 'weakestPoint'];

/** What the fixture text itself says about each decision maker, read with the yaml package. */
function expectedPeople(doc: any) {
  const ids = (v: unknown): string[] => (Array.isArray(v) ? v.flat() : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  const named = (block: string, field: string) => new Set((doc[block] ?? []).flatMap((e: any) => ids(e[field])));
  const identified = named('identification', 'finds');
  const positioned = named('positioning', 'for');
  const questioned = named('discovery_questions', 'for');
  const reached = named('advancement_actions', 'for');
  return (doc.decision_makers ?? []).map((d: any) => ({
    id: d.id, title: d.title ?? null, role: d.role ?? null, influence: d.influence ?? null,
    attitude: ['supporter', 'neutral', 'opponent'].includes(d.attitude) ? d.attitude : 'unknown',
    identified: identified.has(d.id), positioned: positioned.has(d.id), questioned: questioned.has(d.id), reached: reached.has(d.id),
  }));
}

describe('tactic report', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir('report');
    // a second copy of the strong tactic, reviewed 10 days ago: not stale, every item passes
    const strong = readFileSync(join(t.dir, 'good', 'strong.tactic.yaml'), 'utf8');
    writeFileSync(join(t.dir, 'good', 'fresh.tactic.yaml'), strong.replace('reviewed: 2001-01-01', `reviewed: ${isoDaysAgo(10)}`).replace('tactic: Cloud ERP for Northwind', 'tactic: Fresh'));
  });
  after(() => t.dispose());

  describe('--format json', () => {
    it('has exactly the format keys (plus stale and weakestPoint), with values taken from the fixture text', () => {
      const r = timed(['report', '--format', 'json', 'good'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const report = json(r);
      assert.deepEqual(Object.keys(report), ['tactics']);
      assert.deepEqual(report.tactics.map((x) => x.path).sort(), ['good/fresh.tactic.yaml', 'good/partial.tactic.yaml', 'good/strong.tactic.yaml']);
      for (const tactic of report.tactics) {
        const text = readFileSync(join(t.dir, tactic.path), 'utf8');
        const doc = parse(text);
        assert.deepEqual(Object.keys(tactic).sort(), [...FORMAT_KEYS, ...EXTRA_KEYS].sort(), tactic.path);
        assert.deepEqual(Object.keys(tactic.readiness).sort(), ['items', 'passed', 'score', 'total'], tactic.path);
        assert.deepEqual(Object.keys(tactic.problems).sort(), ['error', 'information', 'warning']);
        for (const i of tactic.readiness.items) assert.deepEqual(Object.keys(i).sort(), ['id', 'message', 'passed', 'subject'], JSON.stringify(i));
        for (const d of tactic.decisionMakers) {
          assert.deepEqual(Object.keys(d).sort(), ['attitude', 'id', 'identified', 'influence', 'positioned', 'questioned', 'reached', 'role', 'title']);
        }

        assert.equal(tactic.tactic, doc.tactic);
        assert.equal(tactic.account, doc.account ?? null);
        assert.equal(tactic.owner, doc.owner ?? null);
        const reviewed = /^reviewed: (\S+)$/m.exec(text)?.[1] ?? null;
        assert.equal(tactic.reviewed, reviewed, tactic.path);
        if (reviewed === null) assert.equal(tactic.reviewAgeDays, null);
        else assert.ok(r.ages(reviewed).includes(tactic.reviewAgeDays!), `${tactic.path}: ${tactic.reviewAgeDays} days`);
        assert.deepEqual(tactic.decisionMakers, expectedPeople(doc), tactic.path);

        const { score, passed, total, items } = tactic.readiness;
        assert.equal(total, items.length);
        assert.equal(passed, items.filter((i) => i.passed).length);
        assert.equal(score, Math.round((100 * passed) / total));
      }
      const by = (p: string) => report.tactics.find((x) => x.path === `good/${p}.tactic.yaml`)!;
      assert.deepEqual([by('fresh').readiness.score, by('fresh').stale, by('fresh').weakestPoint], [100, false, null]);
      assert.deepEqual([by('strong').readiness.score, by('strong').stale], [Math.round(2500 / 26), true]);
      assert.match(by('strong').weakestPoint!, /^The tactic was last reviewed \d+ days ago \(limit 90\)\.$/);
      assert.equal(by('partial').stale, true, 'no reviewed date is stale');
    });

    it('lists each decision maker\'s checklist items with the coverage the tactic gives them', () => {
      const partial = json(runCli(['report', '--format', 'json', 'good/partial.tactic.yaml'], t.dir)).tactics[0];
      const flags = Object.fromEntries(partial.decisionMakers.map((d) => [d.id, [d.identified, d.positioned, d.questioned, d.reached, d.attitude]]));
      assert.deepEqual(flags, {
        director: [true, false, false, true, 'opponent'],
        lab_head: [true, true, true, true, 'unknown'],
        buyer: [false, false, true, false, 'neutral'],
      });
      const KIND = ['identified', 'positioned', 'questioned', 'reached'] as const;
      for (const d of partial.decisionMakers) {
        for (const kind of KIND) {
          const item = partial.readiness.items.find((i) => i.id === `decision-maker-${kind}` && i.subject === d.id)!;
          assert.equal(item.passed, d[kind], `${kind} ${d.id}`);
          assert.ok(item.message.includes(`\`${d.id}\``), item.message);
        }
        assert.equal(partial.readiness.items.find((i) => i.id === 'decision-maker-attitude-known' && i.subject === d.id)!.passed, d.attitude !== 'unknown');
      }
      const tacticItems = partial.readiness.items.filter((i) => !i.id.startsWith('decision-maker-') && i.id !== 'block-present');
      assert.deepEqual(tacticItems.map((i) => [i.id, i.subject, i.passed]), [
        ['won-path', null, false], ['economic-buyer', null, true], ['coach', null, false], ['objections-answered', null, false],
        ['risks-mitigated', null, true], ['chains-with-economic-buyer', null, false], ['review-recent', null, false],
      ]);
      assert.deepEqual(partial.readiness.items.filter((i) => i.id === 'block-present' && !i.passed).map((i) => i.subject), ['gatekeepers']);
    });

    it('counts the problems as tactic lint finds them (hints with information)', () => {
      for (const folder of ['good', 'bad', 'hostile']) {
        const report = json(runCli(['report', '--format', 'json', folder], t.dir));
        const lint = JSON.parse(runCli(['lint', '--format', 'json', folder], t.dir).stdout) as { files: Array<{ path: string; diagnostics: Array<{ severity: string }> }> };
        for (const f of lint.files) {
          const count = (...s: string[]) => f.diagnostics.filter((d) => s.includes(d.severity)).length;
          assert.deepEqual(report.tactics.find((x) => x.path === f.path)!.problems, { error: count('error'), warning: count('warning'), information: count('information', 'hint') }, f.path);
        }
        assert.equal(report.tactics.length, lint.files.length);
      }
    });

    it('gives the exact review age for a fixed today (in-process, io.now)', async () => {
      let out = '';
      const code = await run(['report', '--format', 'json', 'good/strong.tactic.yaml'], { cwd: t.dir, stdout: (s) => { out += s; }, stderr: () => {}, isTty: false, now: () => TODAY });
      assert.equal(code, 0);
      const strong = (JSON.parse(out) as { tactics: Tactic[] }).tactics[0];
      assert.equal(strong.reviewAgeDays, Math.floor((Date.UTC(2026, 10, 29) - Date.UTC(2001, 0, 1)) / DAY_MS));
      assert.equal(strong.readiness.items.find((i) => i.id === 'review-recent')!.message, `The tactic was last reviewed ${strong.reviewAgeDays} days ago (limit 90).`);
    });
    it('is written a tactic at a time as the files are checked, and is the same JSON whole', async () => {
      const d = tempDir('report');
      try {
        const files = manyCopies(d.dir, 40);
        // In the middle, a file that turns out unreadable only when it is read.
        writeFileSync(join(d.dir, 'many', 't019x.tactic.yaml'), Buffer.from('tactic: Caf\xe9\n', 'latin1'));
        const last = join(d.dir, files[files.length - 1]);
        const calls: Array<['stdout' | 'stderr', string]> = [];
        const code = await run(['report', '--format', 'json', 'many'], {
          cwd: d.dir,
          stdout: (s) => {
            // The first tactic is out before the last file is read: that file is gone by then.
            if (!calls.length) unlinkSync(last);
            calls.push(['stdout', s]);
          },
          stderr: (s) => calls.push(['stderr', s]),
          isTty: false,
          now: () => TODAY,
        });
        assert.equal(code, 2);
        // The run's issues come after the JSON, never inside one of its lines.
        const firstStderr = calls.findIndex(([stream]) => stream === 'stderr');
        assert.ok(firstStderr > 1 && calls.slice(firstStderr).every(([stream]) => stream === 'stderr'), JSON.stringify(calls.map(([stream, text]) => [stream, text.length])));
        assert.deepEqual(calls.slice(firstStderr).map(([, text]) => text), [
          'tactic: many/t019x.tactic.yaml is not UTF-8 text; save it as UTF-8\n',
          `tactic: ${files[files.length - 1]}: no such file or directory\n`,
        ]);
        const out = calls.slice(0, firstStderr).map(([, text]) => text).join('');
        const report = JSON.parse(out) as { tactics: Tactic[] };
        assert.deepEqual(report.tactics.map((x) => x.tactic), files.slice(0, -1).map((_, i) => `Copy ${i}`));
        assert.equal(out.split('\n').length, files.length - 1 + 3, 'one tactic per line between the opening and closing lines');
      } finally {
        d.dispose();
      }
    });

    it('checks no further while stdout is behind its reader', async () => {
      const d = tempDir('report');
      try {
        const files = manyCopies(d.dir, 12);
        let behind: Promise<void> | undefined;
        let waits = 0;
        let out = '';
        const code = await run(['report', '--format', 'json', 'many'], {
          cwd: d.dir,
          stdout: (s) => {
            assert.equal(behind, undefined, 'written while stdout was behind');
            out += s;
          },
          // Behind after every write, for a moment.
          stdoutBackpressure: () => {
            if (behind || !out) return behind;
            waits++;
            return (behind = new Promise<void>((done) => setTimeout(() => {
              behind = undefined;
              done();
            }, 5)));
          },
          stderr: () => assert.fail('no issues expected'),
          isTty: false,
          now: () => TODAY,
        });
        assert.equal(code, 0);
        assert.equal(waits, files.length);
        assert.equal((JSON.parse(out) as { tactics: Tactic[] }).tactics.length, files.length);
      } finally {
        d.dispose();
      }
    });

    it('stops quietly when its reader goes away, with the exit code of the whole run (`tactic report --format json | head -1`)', async () => {
      const d = tempDir('report');
      try {
        manyCopies(d.dir, 100); // more than a pipe holds
        // Last, a tactic with an error finding: the run still exits with 1.
        writeFileSync(join(d.dir, 'many', 'z-broken.tactic.yaml'), readFileSync(join(d.dir, 'bad', 'broken.tactic.yaml')));
        const child = spawn(process.execPath, [CLI_JS, 'report', '--format', 'json', 'many'], { cwd: d.dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.stdout.once('data', () => child.stdout.destroy());
        const code = await new Promise<number | null>((done) => child.on('close', done));
        assert.equal(stderr, '');
        assert.equal(code, 1);
      } finally {
        d.dispose();
      }
    });

    it('of no tactics is an empty list', () => {
      const r = runCli(['report', '--format', 'json', 'good/missing.tactic.yaml'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '{"tactics":[]}\n');
    });
  });

  describe('table', () => {
    it('is sorted by score, best first, with stale tactics marked and the tactic without a score last', () => {
      const r = runCli(['report', 'good', 'bad'], t.dir);
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^score\s+file\s+tactic\s+owner\s+reviewed\s+E\/W\/I\s+weakest point$/);
      const rows = lines.slice(1);
      assert.equal(rows.length, 5, r.stdout);
      const scores = rows.map((l) => /^(\d+)%|^no score/.exec(l)![1]);
      assert.deepEqual(scores.slice(0, 4).map(Number), [...scores.slice(0, 4).map(Number)].sort((a, b) => b - a));
      assert.equal(scores[4], undefined, 'no score last');
      assert.match(rows[0], /^100%\s+good\/fresh\.tactic\.yaml\s+Fresh\s+Dana Key\s+\d{4}-\d\d-\d\d\s+0\/0\/0\s+Every item passes\.$/);
      assert.ok(!rows[0].includes('stale'));
      assert.match(rows.find((l) => l.includes('good/strong'))!, /2001-01-01 \(stale\)/);
      assert.match(rows.find((l) => l.includes('good/partial'))!, /never \(stale\)/);
      assert.match(rows[4], /^no score\s+bad\/broken\.tactic\.yaml\s+Broken\s+.*The text is not valid YAML \(line 3: .*\), so it has no score\.$/);
    });

    it('keeps each tactic on one line, whatever its text', () => {
      const r = runCli(['report', 'hostile'], t.dir);
      assert.equal(r.code, 0);
      assert.equal(r.stdout.trimEnd().split('\n').length, 2, r.stdout);
      assert.ok(r.stdout.includes('Line one Line two'), r.stdout);
    });

    it('says when there is nothing to report, and stays a table', () => {
      const r = runCli(['report', 'good/missing.tactic.yaml'], t.dir);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /No tactics found\./);
    });
  });

  describe('--format markdown', () => {
    it('is a Markdown table with one row per tactic, sorted by score', () => {
      const r = runCli(['report', '--format', 'markdown', 'good', 'bad'], t.dir);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines[0], '| Score | Tactic | Account | Owner | Reviewed | Problems (E/W/I) | Weakest point |');
      assert.equal(lines[1], '|---:|---|---|---|---|---|---|');
      assert.equal(lines.length, 2 + 5);
      assert.deepEqual(lines.slice(2).map((l) => l.split(' | ')[0]), ['| 100%', '| 96%', `| ${json(runCli(['report', '--format', 'json', 'good/partial.tactic.yaml'], t.dir)).tactics[0].readiness.score}%`, '| 24%', '| no score']);
      const html = marked.parse(r.stdout, { async: false }) as string;
      assert.equal((html.match(/<tr>/g) ?? []).length, 6);
      assert.ok((html.match(/<td[^>]*>/g) ?? []).length === 5 * 7);
      assert.match(html, /<td>Cloud ERP for Northwind<\/td>\s*<td>Northwind Traders<\/td>\s*<td>Dana Key<\/td>\s*<td>2001-01-01 \(stale\)<\/td>/);
    });

    it('never turns the text of a tactic, account or owner into markup: pipes, backticks, HTML, links, images, newlines', () => {
      const r = runCli(['report', '--format', 'markdown', 'hostile'], t.dir);
      assert.equal(r.code, 0);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 3, 'one row, the newline of the owner is not a row break');
      const raw = lines[2];
      assert.equal(raw.split('|').length - 1, 8, `only the 8 cell borders are pipes: ${raw}`);
      for (const s of ['`', '<script', '<b>', '[link]', '![img]', '](', '*bold*', '_u_', '~~', 'http://']) assert.ok(!raw.includes(s), `${s} in ${raw}`);

      const html = marked.parse(r.stdout, { async: false }) as string;
      const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
      assert.equal(cells.length, 7, html);
      for (const tag of ['<script', '<a ', '<img', '<code', '<b>', '<em', '<strong', '<del', '<h1', '<br']) assert.ok(!html.includes(tag), `${tag} in ${html}`);
      const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
      const decode = (s: string) => s.replace(/&(?:#(\d+)|(lt|gt|quot|amp));/g, (_, n, name) => (n ? String.fromCodePoint(Number(n)) : NAMED[name]));
      const doc = parse(readFileSync(join(t.dir, 'hostile', 'hostile.tactic.yaml'), 'utf8'));
      assert.equal(decode(cells[1]), doc.tactic, 'the tactic, literally');
      assert.equal(decode(cells[2]), doc.account, 'the account, literally');
      assert.equal(decode(cells[3]).trim(), doc.owner.replace(/\n/g, ' ').trim(), 'the owner, newlines as spaces');
    });

    it('does not autolink URLs, www. or e-mail addresses in user text', () => {
      const d = tempDir();
      try {
        writeFileSync(join(d.dir, 'links.tactic.yaml'), 'tactic: See https://evil.example/x and www.evil.example\naccount: mail ceo@evil.example\nowner: "<https://evil.example>"\n');
        const html = marked.parse(runCli(['report', '--format', 'markdown'], d.dir).stdout, { async: false }) as string;
        assert.ok(!html.includes('<a '), html);
        assert.ok(html.includes('https&#58;//evil.example/x'), html);
      } finally {
        d.dispose();
      }
    });
  });

  describe('bad input and exit codes', () => {
    it('exit 0 without error findings, 1 with an error finding in any tactic', () => {
      assert.equal(runCli(['report', 'good'], t.dir).code, 0);
      assert.equal(runCli(['report', 'hostile'], t.dir).code, 0);
      const r = runCli(['report', '--format', 'json', 'good', 'bad/unknown-ref.tactic.yaml'], t.dir);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
      assert.equal(json(r).tactics.find((x) => x.path === 'bad/unknown-ref.tactic.yaml')!.problems.error, 1);
    });

    it('broken YAML: "no score" with the reason, null score in JSON, exit 1 (a yaml-syntax error)', () => {
      const r = runCli(['report', '--format', 'json', 'bad/broken.tactic.yaml'], t.dir);
      assert.equal(r.code, 1);
      const broken = json(r).tactics[0];
      assert.equal(broken.readiness.score, null);
      assert.deepEqual([broken.readiness.passed, broken.readiness.total, broken.readiness.items, broken.decisionMakers], [0, 0, [], []]);
      assert.match(broken.readiness.reason!, /^The text is not valid YAML \(line 3: .+\), so it has no score\.$/);
      assert.equal(broken.weakestPoint, broken.readiness.reason);
      assert.equal(broken.stale, false, 'no score, so no review item to fail');
      assert.ok(broken.problems.error > 0);
      const table = runCli(['report', 'bad/broken.tactic.yaml'], t.dir).stdout;
      assert.match(table.split('\n')[1], /^no score /);
      assert.ok(table.includes('not valid YAML'), table);
      assert.match(runCli(['report', '--format', 'markdown', 'bad/broken.tactic.yaml'], t.dir).stdout, /\n\| no score \| Broken \|.*not valid YAML/);
    });

    it('an unreadable file is reported on stderr with exit 2, and the others are still reported', () => {
      const d = tempDir('report');
      try {
        writeFileSync(join(d.dir, 'good', 'latin1.tactic.yaml'), Buffer.from('tactic: Caf\xe9\n', 'latin1'));
        for (const format of ['table', 'json', 'markdown']) {
          const r = runCli(['report', '--format', format, 'good', 'missing.tactic.yaml'], d.dir);
          assert.equal(r.code, 2, format);
          assert.deepEqual(r.stderr.split('\n').sort(), ['', 'tactic: good/latin1.tactic.yaml is not UTF-8 text; save it as UTF-8', 'tactic: missing.tactic.yaml: no such file or directory'], format);
          for (const name of ['strong', 'partial']) assert.ok(r.stdout.includes(name === 'strong' ? 'Cloud ERP for Northwind' : 'Lab analyzers for St. Mary'), `${format}: ${name}`);
          assert.ok(!r.stdout.includes('latin1') && !r.stdout.includes('missing.tactic'), format);
        }
        // exit 2 wins over the error findings of the others
        assert.equal(runCli(['report', 'bad', 'missing.tactic.yaml'], d.dir).code, 2);
      } finally {
        d.dispose();
      }
    });

    it('--format nope is a usage error naming the formats (exit 2, nothing on stdout)', () => {
      for (const args of [['--format', 'nope'], ['--format=nope'], ['--format']]) {
        const r = runCli(['report', ...args, 'good'], t.dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '');
      }
      assert.equal(runCli(['report', '--format', 'nope'], t.dir).stderr, 'tactic: `--format nope` is not a report format. Formats: table, json, markdown.\n');
      assert.match(runCli(['report', '--fromat', 'json'], t.dir).stderr, /unknown option `--fromat` for `tactic report`/);
    });

    it('--help for report explains the command, its formats and exit codes', () => {
      const r = runCli(['report', '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage: tactic report \[--format table\|json\|markdown\] \[paths\|globs…\]/);
      for (const s of ['--format table', '--format json', '--format markdown', 'staleReviewDays', 'no score', 'Exit codes']) assert.ok(r.stdout.includes(s), s);
      assert.equal(runCli(['help', 'report']).stdout, r.stdout);
      assert.equal(runCli(['--help', 'report']).stdout, r.stdout);
      assert.match(runCli(['--help']).stdout, /^ {2}report \[paths\|globs…\]/m);
    });
  });

  describe('.tactic-lint.yaml', () => {
    it('staleReviewDays decides `stale`, the review item and the score', () => {
      const d = tempDir();
      try {
        const strong = readFileSync(join(CLI_FIXTURES, 'report', 'good', 'strong.tactic.yaml'), 'utf8');
        const date = isoDaysAgo(40);
        writeFileSync(join(d.dir, 'dated.tactic.yaml'), strong.replace('reviewed: 2001-01-01', `reviewed: ${date}`));
        const report = () => {
          const r = timed(['report', '--format', 'json'], d.dir);
          assert.equal(r.stderr, '');
          const x = json(r).tactics[0];
          assert.ok(r.ages(date).includes(x.reviewAgeDays!), `${x.reviewAgeDays}`);
          return x;
        };
        const review = (x: Tactic) => x.readiness.items.find((i) => i.id === 'review-recent')!;

        let x = report(); // default 90 days
        assert.deepEqual([x.stale, review(x).passed, x.readiness.score, x.problems.information], [false, true, 100, 0]);
        assert.match(review(x).message, /limit 90\)/);

        writeFileSync(join(d.dir, '.tactic-lint.yaml'), 'staleReviewDays: 30\n');
        x = report();
        assert.deepEqual([x.stale, review(x).passed, x.readiness.score, x.problems.information], [true, false, 96, 1]);
        assert.match(review(x).message, /limit 30\)/);
        assert.match(runCli(['report'], d.dir).stdout, /\(stale\)/);

        writeFileSync(join(d.dir, '.tactic-lint.yaml'), 'staleReviewDays: 365\nrules:\n  stale-review: off\n');
        x = report();
        assert.deepEqual([x.stale, review(x).passed, x.readiness.score], [false, true, 100]);

        writeFileSync(join(d.dir, '.tactic-lint.yaml'), 'staleReviewDays: soon\n');
        const bad = runCli(['report'], d.dir);
        assert.equal(bad.code, 2, 'an invalid configuration is exit 2, as for lint');
        assert.match(bad.stderr, /invalid configuration \.tactic-lint\.yaml:1:18: `staleReviewDays` must be a number of days/);
        assert.ok(bad.stdout.includes('Cloud ERP for Northwind'), 'the tactic is still reported');
      } finally {
        d.dispose();
      }
    });
  });
});
