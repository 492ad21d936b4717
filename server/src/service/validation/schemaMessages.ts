/**
 * The messages of the schema findings, one whole sentence per situation (see messages.ts).
 *
 * A sentence names the object a key belongs to ("a risk", "the sales cycle"), so there is one
 * per kind of object rather than a noun pasted into a shared sentence: a translator can then
 * inflect it as the language needs. The objects and required fields are those of
 * schemas/tactic.schema.json; test/unit/messages.test.ts fails when the schema gains one
 * that has no sentence here (the message would then fall back to naming the object by its key).
 */
import * as l10n from '@vscode/l10n';
import { didYouMean, codeList, sentences } from '../messages';
import { plural } from '../l10n';

/**
 * The object a finding is about: the tactic itself, an object titled in the schema (an entry of
 * a list, e.g. "a decision maker", or a single one, "the sales cycle"), or one with no title,
 * named by the key it hangs under.
 */
export type Owner =
  | { kind: 'tactic' }
  | { kind: 'titled'; title: string; entry: boolean; field: string }
  | { kind: 'named'; field: string };

/** After a key or id that holds characters the user cannot see (they look right but are not). */
const invisibleHint = (): string => l10n.t('It contains invisible characters (shown as ⟨U+…⟩): delete and retype it.');

const ownerKey = (o: Owner): string => (o.kind === 'titled' ? `${o.entry ? 'entry' : 'object'}:${o.title}` : o.kind);

// ——— unknown keys ———

const NOT_A_FIELD: Record<string, (key: string) => string> = {
  'tactic': (key) => l10n.t('`{0}` is not a field of the tactic.', key),
  'object:sales cycle': (key) => l10n.t('`{0}` is not a field of the sales cycle.', key),
  'entry:decision maker': (key) => l10n.t('`{0}` is not a field of a decision maker.', key),
  'entry:identification entry': (key) => l10n.t('`{0}` is not a field of an identification entry.', key),
  'entry:gatekeeper technique': (key) => l10n.t('`{0}` is not a field of a gatekeeper technique.', key),
  'entry:positioning': (key) => l10n.t('`{0}` is not a field of a positioning.', key),
  'entry:discovery question': (key) => l10n.t('`{0}` is not a field of a discovery question.', key),
  'entry:advancement action': (key) => l10n.t('`{0}` is not a field of an advancement action.', key),
  'entry:approval chain': (key) => l10n.t('`{0}` is not a field of an approval chain.', key),
  'entry:approval body': (key) => l10n.t('`{0}` is not a field of an approval body.', key),
  'entry:objection': (key) => l10n.t('`{0}` is not a field of an objection.', key),
  'entry:risk': (key) => l10n.t('`{0}` is not a field of a risk.', key),
  'entry:stage': (key) => l10n.t('`{0}` is not a field of a stage.', key),
  'entry:transition': (key) => l10n.t('`{0}` is not a field of a transition.', key),
};

/** `key` is not allowed in the owner's mapping; `suggestions` are close allowed keys. */
export function unknownKeyMessage(owner: Owner, key: string, suggestions: readonly string[], allowed: readonly string[], invisible: boolean): string {
  const first = NOT_A_FIELD[ownerKey(owner)]?.(key)
    ?? l10n.t('`{0}` is not a field of `{1}`.', key, owner.kind === 'tactic' ? '' : owner.field);
  const hint = key === '<<'
    ? l10n.t('Merge keys (`<<: *anchor`) are not supported in tactic files: write the fields out.')
    : suggestions.length
      ? didYouMean(suggestions[0])
      : l10n.t('Allowed keys: {0}.', codeList(allowed));
  return sentences(first, hint, invisible && invisibleHint());
}

// ——— missing required fields ———

/** By owner and field: the sentence says what the field is (its schema description). */
const NEEDS: Record<string, (field: string) => string> = {
  'tactic|tactic': (f) => l10n.t('The tactic needs `{0}` (title of the tactic).', f),
  'object:sales cycle|stages': (f) => l10n.t('The sales cycle needs `{0}` (the stages of the cycle).', f),
  'entry:decision maker|id': (f) => l10n.t('A decision maker needs `{0}` (an id: lowercase letter first, then lowercase letters, digits, _ or -).', f),
  'entry:decision maker|title': (f) => l10n.t('A decision maker needs `{0}` (job title of the decision maker).', f),
  'entry:identification entry|source': (f) => l10n.t('An identification entry needs `{0}` (where the information comes from (website, linkedin, registry, press, referral, conference, cold_call, partner, crm or your own)).', f),
  'entry:identification entry|method': (f) => l10n.t('An identification entry needs `{0}` (how exactly the decision makers are identified).', f),
  'entry:gatekeeper technique|technique': (f) => l10n.t('A gatekeeper technique needs `{0}` (the technique for getting past the gatekeeper).', f),
  'entry:positioning|for': (f) => l10n.t('A positioning needs `{0}` (the decision maker this positioning is for).', f),
  'entry:positioning|as': (f) => l10n.t('A positioning needs `{0}` (the role the manager plays, e.g. industry expert).', f),
  'entry:discovery question|question': (f) => l10n.t('A discovery question needs `{0}` (the question to ask).', f),
  'entry:advancement action|action': (f) => l10n.t('An advancement action needs `{0}` (what to do).', f),
  'entry:approval chain|id': (f) => l10n.t('An approval chain needs `{0}` (an id: lowercase letter first, then lowercase letters, digits, _ or -).', f),
  'entry:approval chain|steps': (f) => l10n.t('An approval chain needs `{0}` (the approval steps, in order: a decision maker, a list of decision makers who sign in parallel, or a body with its members).', f),
  'entry:approval body|body': (f) => l10n.t('An approval body needs `{0}` (name of the body, e.g. Board of directors).', f),
  'entry:objection|objection': (f) => l10n.t('An objection needs `{0}` (what the client says).', f),
  'entry:risk|risk': (f) => l10n.t('A risk needs `{0}` (the risk).', f),
  'entry:stage|id': (f) => l10n.t('A stage needs `{0}` (an id: lowercase letter first, then lowercase letters, digits, _ or -).', f),
  'entry:stage|name': (f) => l10n.t('A stage needs `{0}` (name shown in the flowchart).', f),
  'entry:transition|to': (f) => l10n.t('A transition needs `{0}` (the stage this transition leads to).', f),
};

/** The owner's mapping lacks the required `field`. */
export function missingFieldMessage(owner: Owner, field: string): string {
  return NEEDS[`${ownerKey(owner)}|${field}`]?.(field)
    ?? l10n.t('`{1}` needs `{0}`.', field, owner.kind === 'tactic' ? '' : owner.field);
}

// ——— values ———

/** What a value is, as far as a message about its type says. */
export type ValueShape = 'empty' | 'list' | 'mapping' | 'text' | 'scalar';

export function shapeOf(v: unknown): ValueShape {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  return typeof v === 'string' ? 'text' : 'scalar';
}

/** A text (shortened) or a number or boolean, as quoted in a message. */
export function shownValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? v.slice(0, 37) + '…' : v;
  return typeof v === 'object' && v !== null ? '' : String(v);
}

type ByShape = Partial<Record<ValueShape, (name: string, value: string) => string>>;

/** A field's value: by the type expected (a JSON Schema type) and the shape of the value written. */
const FIELD_MUST_BE: Record<string, ByShape> = {
  array: {
    empty: (n) => l10n.t('`{0}` must be a list, not empty.', n),
    mapping: (n) => l10n.t('`{0}` must be a list, not a mapping.', n),
    text: (n, v) => l10n.t('`{0}` must be a list, not the text `{1}`.', n, v),
    scalar: (n, v) => l10n.t('`{0}` must be a list, not `{1}`.', n, v),
  },
  object: {
    empty: (n) => l10n.t('`{0}` must be a mapping of fields, not empty.', n),
    list: (n) => l10n.t('`{0}` must be a mapping of fields, not a list.', n),
    text: (n, v) => l10n.t('`{0}` must be a mapping of fields, not the text `{1}`.', n, v),
    scalar: (n, v) => l10n.t('`{0}` must be a mapping of fields, not `{1}`.', n, v),
  },
  string: {
    empty: (n) => l10n.t('`{0}` must be text, not empty.', n),
    list: (n) => l10n.t('`{0}` must be text, not a list.', n),
    mapping: (n) => l10n.t('`{0}` must be text, not a mapping.', n),
    // a number or true/false, which YAML reads as such unless quoted
    scalar: (n, v) => l10n.t('`{0}` must be text, not `{1}`. Put it in quotes to keep it as text.', n, v),
  },
};

/** The same for an entry of a list, named by the list's key. */
const ENTRY_MUST_BE: Record<string, ByShape> = {
  array: {
    empty: (n) => l10n.t('This entry of `{0}` must be a list, not empty.', n),
    mapping: (n) => l10n.t('This entry of `{0}` must be a list, not a mapping.', n),
    text: (n, v) => l10n.t('This entry of `{0}` must be a list, not the text `{1}`.', n, v),
    scalar: (n, v) => l10n.t('This entry of `{0}` must be a list, not `{1}`.', n, v),
  },
  object: {
    empty: (n) => l10n.t('This entry of `{0}` must be a mapping of fields, not empty.', n),
    list: (n) => l10n.t('This entry of `{0}` must be a mapping of fields, not a list.', n),
    text: (n, v) => l10n.t('This entry of `{0}` must be a mapping of fields, not the text `{1}`.', n, v),
    scalar: (n, v) => l10n.t('This entry of `{0}` must be a mapping of fields, not `{1}`.', n, v),
  },
  string: {
    empty: (n) => l10n.t('This entry of `{0}` must be text, not empty.', n),
    list: (n) => l10n.t('This entry of `{0}` must be text, not a list.', n),
    mapping: (n) => l10n.t('This entry of `{0}` must be text, not a mapping.', n),
    scalar: (n, v) => l10n.t('This entry of `{0}` must be text, not `{1}`. Put it in quotes to keep it as text.', n, v),
  },
};

/**
 * The value of `name` (a field, or an entry of the list `name`) is not of the `expected` type.
 * Only the first type other than null counts (a block may also be empty).
 */
export function wrongTypeMessage(entry: boolean, name: string, expected: readonly string[], value: unknown): string {
  const type = expected.find((t) => t !== 'null') ?? expected[0];
  const message = (entry ? ENTRY_MUST_BE : FIELD_MUST_BE)[type]?.[shapeOf(value)]?.(name, shownValue(value));
  // The tactic schema only has the three types above; a new one needs its sentences here.
  return message ?? l10n.t('`{0}` does not have the type the schema expects (`{1}`).', name, type ?? '');
}

/** An entry of `next` that is neither a stage id nor a `{ to, when }` mapping. */
export function badTransitionMessage(value: unknown): string {
  const v = shownValue(value);
  switch (shapeOf(value)) {
    case 'empty': return l10n.t('This transition must be a stage id or `{ to: <stage id>, when: <condition> }`, not empty.');
    case 'list': return l10n.t('This transition must be a stage id or `{ to: <stage id>, when: <condition> }`, not a list.');
    case 'mapping': return l10n.t('This transition must be a stage id or `{ to: <stage id>, when: <condition> }`, not a mapping.');
    case 'text': return l10n.t('This transition must be a stage id or `{ to: <stage id>, when: <condition> }`, not the text `{0}`.', v);
    case 'scalar': return l10n.t('This transition must be a stage id or `{ to: <stage id>, when: <condition> }`, not `{0}`.', v);
  }
}

/** A chain step that is none of an id, a list of ids, or a body. */
export function badStepMessage(value: unknown): string {
  const v = shownValue(value);
  switch (shapeOf(value)) {
    case 'empty': return l10n.t('This approval step must be a decision maker id, a list of ids who sign in parallel, or `{ body: <name>, members: [<ids>] }`, not empty.');
    case 'list': return l10n.t('This approval step must be a decision maker id, a list of ids who sign in parallel, or `{ body: <name>, members: [<ids>] }`; this list holds something else than ids.');
    case 'mapping': return l10n.t('This approval step must be a decision maker id, a list of ids who sign in parallel, or `{ body: <name>, members: [<ids>] }`; this mapping is not such a body.');
    case 'text': return l10n.t('This approval step must be a decision maker id, a list of ids who sign in parallel, or `{ body: <name>, members: [<ids>] }`, not the text `{0}`.', v);
    case 'scalar': return l10n.t('This approval step must be a decision maker id, a list of ids who sign in parallel, or `{ body: <name>, members: [<ids>] }`, not `{0}`.', v);
  }
}

export function badEnumMessage(value: string, field: string, allowed: readonly string[]): string {
  return l10n.t('`{0}` is not a valid `{1}`. Use one of: {2}.', value, field, codeList(allowed));
}

export function badDateMessage(value: string): string {
  return l10n.t('`{0}` is not a date: write `reviewed` as YYYY-MM-DD, e.g. 2026-01-31.', value);
}

export function badIdMessage(value: string, invisible: boolean): string {
  return sentences(l10n.t('`{0}` is not a valid id: an id starts with a lowercase letter and uses only a-z, 0-9, `_` and `-`.', value), invisible && invisibleHint());
}

export function tooFewEntriesMessage(field: string, min: number): string {
  return plural(min, {
    one: () => l10n.t({ message: '`{0}` needs at least {1} entry.', args: [field, min], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '`{0}` needs at least {1} entries.', args: [field, min], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '`{0}` needs at least {1} entries.', args: [field, min], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '`{0}` needs at least {1} entries.', args: [field, min], comment: ['plural: other'] }),
  });
}

export const nextWithOutcomeMessage = (): string => l10n.t('A stage with an `outcome` ends the cycle, so it cannot have `next`. Remove `next` or the `outcome`.');
export const emptyDocumentMessage = (): string => l10n.t('The tactic is empty. Start with `tactic: <title>` and the nine blocks (decision_makers, identification, …).');
export const notAMappingMessage = (): string => l10n.t('A tactic file is a mapping of keys (`tactic:`, `decision_makers:`, …), not a list or a single value.');

/**
 * A schema keyword the tactic schema does not use today: ajv's own (English) `description` of
 * the problem, quoted as it is, like the YAML parser's in syntax findings.
 */
export function otherProblemMessage(field: string, description: string): string {
  return field
    ? l10n.t({ message: '`{0}` {1}.', args: [field, description], comment: ['{0} is a field; {1} is the schema validator\'s own English words, e.g. "must be <= 5"'] })
    : l10n.t({ message: '`the tactic` {0}.', args: [description], comment: ['{0} is the schema validator\'s own English words, e.g. "must have property x"'] });
}
