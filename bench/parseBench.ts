/**
 * The parse alone, in-process and warm (like the floor): `yaml`'s parseDocument with the service's
 * options, the fast block-YAML reader on the same text, and the service's whole parse
 * (`service.parse`: guards, the chunks of a first open, the plain value) with the fast path on and
 * off. On the realistic tactic and the 20,000-line one.
 */
import { parseDocument } from 'yaml';
import { createTacticService, readBlockYaml, setFastYaml, YAML_OPTIONS } from '../server/src/service';
import { generateTactic, lineCount, REALISTIC_SHAPE, tacticOfLines } from './docs';
import { median, timeSync } from './stats';

export interface ParseBenchRow {
  doc: string;
  lines: number;
  yamlMs: number;
  fastMs: number;
  serviceMs: number;
  serviceYamlOnlyMs: number;
}

export function benchParse(quick: boolean): ParseBenchRow[] {
  const service = createTacticService();
  const docs = [
    { doc: 'realistic', text: generateTactic(REALISTIC_SHAPE, 1), reps: quick ? 30 : 300 },
    { doc: '20k lines', text: tacticOfLines(20_000, 3), reps: quick ? 3 : 15 },
  ];
  return docs.map(({ doc, text, reps }) => {
    if (!readBlockYaml(text, YAML_OPTIONS)) throw new Error(`the fast reader does not accept the ${doc} tactic`);
    const ms = (fn: () => void) => median(timeSync(reps, fn))!;
    const yamlMs = ms(() => parseDocument(text, YAML_OPTIONS));
    const fastMs = ms(() => readBlockYaml(text, YAML_OPTIONS));
    const serviceMs = ms(() => service.parse(text));
    setFastYaml(false);
    try {
      return { doc, lines: lineCount(text), yamlMs, fastMs, serviceMs, serviceYamlOnlyMs: ms(() => service.parse(text)) };
    } finally {
      setFastYaml(true);
    }
  });
}
