/**
 * The full tactic template: used by the "whole tactic" completion snippet, the
 * `Sales Tactics: New Tactic` command and `tactic init`. Plain text (no snippet syntax) so every
 * front end can use it; completion turns the `<…>` placeholders into tab stops.
 */
export const TACTIC_TEMPLATE = `# Account-penetration tactic: fill in every block; the linter tells you what is missing.
tactic: <Title of the tactic>
account: <Client company or segment>
product: <What you sell>
owner: <Who keeps this tactic up to date>
reviewed: <YYYY-MM-DD>

decision_makers:
  - id: <decision_maker_id>
    title: <Job title>
    role: economic_buyer
    influence: high
    attitude: unknown          # supporter, neutral, opponent or unknown
    # reports_to: <id of their boss, for the account map's org lines>

identification:
  - source: website
    method: <How you find out who the decision makers are>
    finds: [<decision_maker_id>]

gatekeepers:
  - technique: <How to get past the secretary>
    for: [<decision_maker_id>]

positioning:
  - for: <decision_maker_id>
    as: <The role the manager plays, e.g. industry expert>

discovery_questions:
  - question: <A question that uncovers the client's needs>
    type: situation

advancement_actions:
  - action: <An action that moves the deal forward>
    stage: first_call
    for: [<decision_maker_id>]
    by: <Who on our side does it>

approval_chains:
  - id: standard
    stage: meeting
    # A step is one id, a list of ids who sign in parallel, or { body: <Board>, members: [<ids>] }.
    steps: [<decision_maker_id>]

objections:
  - objection: <What the client says>
    responses:
      - <How to neutralize it>

risks:
  - risk: <A risk tied to this client>
    mitigation: <How to prevent or soften it>

sales_cycle:
  start: first_call
  stages:
    - id: first_call
      name: First call
      next:
        - meeting
        - { to: lost, when: No interest }
    - id: meeting
      name: Meeting
      next:
        - { to: won, when: Contract agreed }
        - lost
    - id: won
      name: Contract signed
      outcome: won
    - id: lost
      name: Lost
      outcome: lost
`;

/** The template with today's date filled in, ready to save as a file. */
export function tacticTemplate(today: Date): string {
  return TACTIC_TEMPLATE.replace('<YYYY-MM-DD>', today.toISOString().slice(0, 10));
}
