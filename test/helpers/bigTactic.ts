/** A large, valid tactic generated from a seed count, for incremental-parsing tests. */
export function bigTactic(n: number): string {
  const dms = Array.from({ length: n }, (_, i) =>
    `  - id: dm${i}\n    title: Director ${i}\n    role: influencer\n    influence: medium\n    interests:\n      - Cost ${i}\n      - Speed ${i}\n`).join('');
  const found = Array.from({ length: n }, (_, i) => `  - source: linkedin\n    method: Search ${i}\n    finds: [dm${i}]\n`).join('');
  const positioned = Array.from({ length: n }, (_, i) => `  # entry ${i}\n  - for: dm${i}\n    as: expert ${i}\n    message: "Message ${i}"\n`).join('');
  const stages = Array.from({ length: 30 }, (_, i) => `    - id: s${i}\n      name: Stage ${i}\n      next: [${i < 29 ? `s${i + 1}` : 'won'}]\n`).join('');
  return `# A generated tactic\ntactic: Big\nreviewed: 2026-11-20\ndescription: >\n  Folded text\n  on two lines.\ndecision_makers:\n${dms}identification:\n${found}gatekeepers:\n  - technique: t\npositioning:\n${positioned}discovery_questions:\n  - question: q\nadvancement_actions:\n  - action: a\n    stage: s1\napproval_chains:\n  - id: c\n    steps: [dm1]\nobjections:\n  - objection: o\n    responses: [r]\nrisks:\n  - risk: r\n    mitigation: m\nsales_cycle:\n  start: s0\n  stages:\n${stages}    - id: won\n      name: Won\n      outcome: won\n`;
}
