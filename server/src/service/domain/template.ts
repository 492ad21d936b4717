/**
 * The full tactic template: used by the "whole tactic" completion snippet, the
 * `Sales Tactics: New Tactic` command and `tactic init`. Plain text (no snippet syntax) so every
 * front end can use it; completion turns the `<…>` placeholders into tab stops. Keys, enum values
 * and ids stay English (they are the format); the comments, the `<…>` placeholders and the example
 * names are in the language spoken when it is asked for, so it is built on each call.
 */
import * as l10n from '@vscode/l10n';

/**
 * The placeholders the template and the entry templates (entryTemplates.ts) share: the same text
 * is the same tab stop. Id placeholders (`decision_maker_id`) are ids, so they stay as they are.
 * A translation must stay a plain YAML scalar inside `<…>`: no `: `, ` #`, `<`, `>` or line break.
 */
export const PLACEHOLDER = {
  get title() { return l10n.t('Title of the tactic'); },
  get account() { return l10n.t('Client company or segment'); },
  get product() { return l10n.t('What you sell'); },
  get owner() { return l10n.t('Who keeps this tactic up to date'); },
  get jobTitle() { return l10n.t('Job title'); },
  get boss() { return l10n.t("id of their boss, for the account map's org lines"); },
  get method() { return l10n.t('How you find out who the decision makers are'); },
  get technique() { return l10n.t('How to get past the secretary'); },
  get positioningAs() { return l10n.t('The role the manager plays, e.g. industry expert'); },
  get question() { return l10n.t("A question that uncovers the client's needs"); },
  get action() { return l10n.t('An action that moves the deal forward'); },
  get by() { return l10n.t('Who on our side does it'); },
  get body() { return l10n.t('Board'); },
  get ids() { return l10n.t('ids'); },
  get objection() { return l10n.t('What the client says'); },
  get response() { return l10n.t('How to neutralize it'); },
  get risk() { return l10n.t('A risk tied to this client'); },
  get mitigation() { return l10n.t('How to prevent or soften it'); },
  get stageName() { return l10n.t('Stage name'); },
};

/**
 * The example stages' names and transition labels (values a user keeps or edits). Used inside
 * `{ to: …, when: … }` too, so a translation must not contain `,`, `{`, `}`, `[`, `]` or `: `.
 */
export const EXAMPLE = {
  get firstCall() { return l10n.t('First call'); },
  get meeting() { return l10n.t('Meeting'); },
  get contractSigned() { return l10n.t('Contract signed'); },
  get lost() { return l10n.t('Lost'); },
  get noInterest() { return l10n.t('No interest'); },
  get contractAgreed() { return l10n.t('Contract agreed'); },
  get dealAgreed() { return l10n.t('Deal agreed'); },
};

/** The template, in the language spoken now, with `<YYYY-MM-DD>` for the review date. */
export function tacticTemplateText(): string {
  const p = PLACEHOLDER;
  const x = EXAMPLE;
  return `# ${l10n.t('Account-penetration tactic: fill in every block; the linter tells you what is missing.')}
tactic: <${p.title}>
account: <${p.account}>
product: <${p.product}>
owner: <${p.owner}>
reviewed: <YYYY-MM-DD>

decision_makers:
  - id: <decision_maker_id>
    title: <${p.jobTitle}>
    role: economic_buyer
    influence: high
    attitude: unknown          # ${l10n.t('supporter, neutral, opponent or unknown')}
    # reports_to: <${p.boss}>

identification:
  - source: website
    method: <${p.method}>
    finds: [<decision_maker_id>]

gatekeepers:
  - technique: <${p.technique}>
    for: [<decision_maker_id>]

positioning:
  - for: <decision_maker_id>
    as: <${p.positioningAs}>

discovery_questions:
  - question: <${p.question}>
    type: situation

advancement_actions:
  - action: <${p.action}>
    stage: first_call
    for: [<decision_maker_id>]
    by: <${p.by}>

approval_chains:
  - id: standard
    stage: meeting
    # ${l10n.t('A step is one id, a list of ids who sign in parallel, or {0}.', `{ body: <${p.body}>, members: [<${p.ids}>] }`)}
    steps: [<decision_maker_id>]

objections:
  - objection: <${p.objection}>
    responses:
      - <${p.response}>

risks:
  - risk: <${p.risk}>
    mitigation: <${p.mitigation}>

sales_cycle:
  start: first_call
  stages:
    - id: first_call
      name: ${x.firstCall}
      next:
        - meeting
        - { to: lost, when: ${x.noInterest} }
    - id: meeting
      name: ${x.meeting}
      next:
        - { to: won, when: ${x.contractAgreed} }
        - lost
    - id: won
      name: ${x.contractSigned}
      outcome: won
    - id: lost
      name: ${x.lost}
      outcome: lost
`;
}

/** The template with today's date filled in, ready to save as a file. */
export function tacticTemplate(today: Date): string {
  return tacticTemplateText().replace('<YYYY-MM-DD>', today.toISOString().slice(0, 10));
}
