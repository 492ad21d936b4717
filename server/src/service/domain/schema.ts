/**
 * The tactic JSON Schema and its validator, plus look-ups into the schema that completion, hover
 * and the validator share (descriptions, allowed keys, enums). The validator is compiled ahead of
 * time (scripts/generate-validator.mjs), so no schema compiler runs or stays in memory.
 */
import * as l10n from '@vscode/l10n';
import type { ValidateFunction } from 'ajv';
import schemaJson from '../../../../schemas/tactic.schema.json';
import compiledValidator from '../generated/tacticValidator.js';

export interface SchemaNode {
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: string[];
  examples?: string[];
  pattern?: string;
  oneOf?: SchemaNode[];
  $ref?: string;
  'x-ref'?: string;
  additionalProperties?: boolean;
  minItems?: number;
}

export const tacticSchema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

/** The compiled validator of the tactic schema. */
export function schemaValidator(): ValidateFunction {
  return compiledValidator;
}

/** Follows a local `$ref` (only `#/definitions/x` is used). */
export function resolveRef(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n && n.$ref && i < 10; i++) {
    const name = n.$ref.replace('#/definitions/', '');
    n = tacticSchema.definitions[name];
  }
  return n;
}

/**
 * The schema of the value found by following `path` (keys and list indices) from the root, or
 * undefined when the path leaves the schema. A `oneOf` at the end is returned as it is.
 */
export function schemaAt(path: Array<string | number>): SchemaNode | undefined {
  let node: SchemaNode | undefined = tacticSchema;
  for (const seg of path) {
    node = resolveRef(node);
    if (!node) return undefined;
    if (node.oneOf) node = pickBranch(node, typeof seg === 'number' ? 'array' : 'object') ?? node;
    if (typeof seg === 'number') node = node.items;
    else node = node.properties?.[seg];
  }
  return resolveRef(node);
}

function pickBranch(node: SchemaNode, type: string): SchemaNode | undefined {
  return node.oneOf?.map(resolveRef).find((b) => b && (b.type === type || (Array.isArray(b.type) && b.type.includes(type))));
}

/** Human label for a field path segment: `decision_makers` → "`decision_makers`". */
export function typeLabel(type: string | string[] | undefined): string {
  const t = Array.isArray(type) ? type.filter((x) => x !== 'null')[0] : type;
  switch (t) {
    case 'array': return l10n.t('a list');
    case 'object': return l10n.t('a mapping of fields');
    case 'string': return l10n.t('text');
    case 'number': case 'integer': return l10n.t('a number');
    case 'boolean': return l10n.t('true or false');
    default: return t ?? l10n.t('another kind of value');
  }
}
