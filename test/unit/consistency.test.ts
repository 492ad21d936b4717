/** The places that restate the format must agree: schema, rule registry, settings, model. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REFERENCE_FIELDS } from '../../server/src/service/model/model';
import { RULES } from '../../server/src/service/validation/rules';
import { resolveRef, tacticSchema } from '../../server/src/service/domain/schema';
import { BLOCK_KEYS } from '../../server/src/service/domain/blocks';
import { ROOT } from '../helpers/service';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('consistency', () => {
  // The rule settings and the .tactic-lint.yaml schema are generated (ruleDocs.test.ts compares
  // them with the generator); these check the generator's result on their own.
  it('every rule has a setting with its default severity, and no setting lacks a rule', () => {
    const props = pkg.contributes.configuration.properties['tactic.lint.rules'].properties;
    assert.deepEqual(Object.keys(props).sort(), RULES.map((r) => r.id).sort());
    for (const rule of RULES) assert.equal(props[rule.id].default, rule.defaultSeverity, rule.id);
  });

  it('the schema has the nine blocks, each a list of entries with docs', () => {
    for (const key of BLOCK_KEYS) {
      const block = tacticSchema.properties![key];
      assert.ok(block, key);
      assert.ok(block.description && block.markdownDescription, `${key} documented`);
      assert.ok(resolveRef(block.items)?.properties, `${key} entries`);
    }
  });

  it('every schema property has a description and a markdownDescription', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties) {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (!v.description || !v.markdownDescription) missing.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      }
      for (const key of ['items', 'definitions', 'oneOf']) {
        const child = n[key];
        if (Array.isArray(child)) child.forEach((c, i) => walk(c, `${path}.${key}[${i}]`));
        else if (child && key === 'definitions') for (const [k, v] of Object.entries(child)) walk(v, `#${k}`);
        else walk(child, `${path}.${key}`);
      }
    };
    walk(tacticSchema, '');
    assert.deepEqual(missing, []);
  });

  it('REFERENCE_FIELDS lists exactly the block fields the schema marks with x-ref', () => {
    const fromSchema: string[] = [];
    for (const key of BLOCK_KEYS) {
      const entry = resolveRef(tacticSchema.properties![key].items)!;
      for (const [field, def] of Object.entries(entry.properties ?? {})) {
        const ref = def['x-ref'] ?? def.items?.['x-ref'];
        if (ref) fromSchema.push(`${key}.${field}→${ref}`);
      }
    }
    const fromModel = Object.entries(REFERENCE_FIELDS).flatMap(([block, fields]) =>
      Object.entries(fields).map(([field, spec]) => `${block}.${field}→${spec.kind}`));
    assert.deepEqual(fromModel.sort(), fromSchema.sort());
  });

  it('the pure service imports no vscode, no LSP runtime and no Node built-ins', () => {
    const dir = join(ROOT, 'server', 'src', 'service');
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const src = readFileSync(p, 'utf8');
          for (const m of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)) {
            const [, typeOnly, mod] = m;
            const banned = mod === 'vscode' || mod.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'url', 'worker_threads'].includes(mod)
              || (mod.startsWith('vscode-languageserver') && !typeOnly && mod !== 'vscode-languageserver-textdocument');
            if (banned) offenders.push(`${p.slice(dir.length + 1)}: ${mod}`);
          }
          if (/\bprocess\.|\brequire\(/.test(src.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) offenders.push(`${p.slice(dir.length + 1)}: process/require`);
        }
      }
    };
    walk(dir);
    assert.deepEqual(offenders, []);
  });
});

describe('the .tactic-lint.yaml schema', () => {
  it('lists exactly the rules of the registry', async () => {
    const { lintConfigSchema } = await import('../../server/src/service/validation/lintConfig');
    assert.deepEqual(Object.keys(lintConfigSchema.properties.rules.properties).sort(), RULES.map((r) => r.id).sort());
  });
});
