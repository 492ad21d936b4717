/** The shape of bench-results/latest.json. Times in ms (medians), memory in MB. */
import type { BudgetCheck } from './budgetCheck';
import type { FloorResult } from './floor';
import type { LintResult } from './lintBench';
import type { ExportResult } from './exportBench';
import type { ParseBenchRow } from './parseBench';
import type { ReadinessBenchResult } from './readinessBench';
import type { ServerSamples } from './serverBench';
import { median } from './stats';

export interface ServerFigures {
  startMs?: number;
  openMs?: number;
  editMs?: number;
  idleEditMs?: number;
  completionMs?: number;
  hoverMs?: number;
  pendingCompletionMs?: number;
  rssMb?: number;
  samples: ServerSamples;
}

export interface ServerRow {
  doc: string;
  lines: number;
  bytes: number;
  floor?: FloorResult;
  tactic?: ServerFigures;
  yaml?: ServerFigures;
  notes: string[];
}

export interface PreviewCycle {
  stages: number;
  /** Update message posted → the first animation frame after the new SVG is in the page. */
  redrawMs?: number;
  /** Update message posted → the page reports `rendered` (SVG mounted). */
  renderedMs?: number;
  samples: number[];
}

/** The account map or the approval chains, redrawn after a one-word edit. */
export interface PreviewView {
  kind: 'map' | 'chains';
  /** Decision makers (map) or approval chains (chains). */
  size: number;
  /** Nodes in the drawn SVG (people, gatekeepers, steps, legend …). */
  nodes?: number;
  /** Update message posted → the first animation frame after the new SVG is in the page. */
  redrawMs?: number;
  /** Update message posted → the page reports `rendered` (SVG mounted). */
  renderedMs?: number;
  samples: number[];
}

export interface PreviewResult {
  cycles: PreviewCycle[];
  views?: PreviewView[];
  note?: string;
}

export interface ExtensionResult {
  vsixBytes?: number;
  vsixNote?: string;
  /** require() of dist/extension.js with the stub `vscode` module. */
  loadMs?: number;
  /** activate() until its promise resolves, with the language server process faked (see extensionBench.ts). */
  activateMs?: number;
  /** From calling activate() until the language client runs (its start goes on after activate returns). */
  readyMs?: number;
  loadAndActivateMs?: number;
  /** Whether activate() started the language client (else the start is deferred). */
  serverStarted?: boolean;
  /** VS Code's own activation figure in a real extension host (bench/hostActivationBench.ts). */
  hostActivationMs?: number;
  hostActivationSamples?: number[];
  hostNote?: string;
  /** From package.json: `*` or onStartupFinished would cost every workspace. */
  activationEvents?: string[];
  note?: string;
}

export interface BenchResults {
  date: string;
  machine: { node: string; cpus: number; cpuModel: string; platform: string };
  quick: boolean;
  durationSec?: number;
  servers: ServerRow[];
  readiness?: ReadinessBenchResult;
  parse?: ParseBenchRow[];
  lint?: LintResult;
  export?: ExportResult;
  preview?: PreviewResult;
  extension?: ExtensionResult;
  budgets?: BudgetCheck[];
}

/** Medians of a server's samples; features the server does not advertise stay undefined (n/a). */
export function figures(s: ServerSamples): ServerFigures {
  return {
    startMs: median(s.startMs),
    openMs: median(s.openMs),
    editMs: median(s.editMs),
    idleEditMs: median(s.idleEditMs),
    completionMs: median(s.completionMs),
    hoverMs: median(s.hoverMs),
    pendingCompletionMs: median(s.pendingCompletionMs),
    rssMb: median(s.rssMb),
    samples: s,
  };
}
