/**
 * Messages between the extension and the preview webview, as discriminated unions imported by both
 * sides. Neither side trusts the other's data: every message goes through a `read…` guard below,
 * which returns undefined for anything malformed. No DOM and no `vscode` here.
 */
import { DiagramKind, isDiagramKind, MERMAID_NODE_ID } from '../../server/src/service/light';

export interface PreviewProblem {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line for the banner, when the problem has a place. */
  line?: number;
}

/** Extension → webview. */
export type HostMessage =
  | {
      type: 'update';
      /** The document drawn (kept in the webview state so a reload restores the same preview). */
      uri: string;
      /** Document version the diagram was drawn from (older updates are ignored). */
      version: number;
      /** Short name of the document, for the title and empty states. */
      title: string;
      /** Which view of the tactic this is (absent: the sales cycle). */
      kind?: DiagramKind;
      mermaid: string;
      /** False: the text cannot be drawn as it is; keep the last good diagram, show `problems`. */
      ok: boolean;
      problems: PreviewProblem[];
    }
  /** Outline the node the editor's cursor is in (null: none). */
  | { type: 'highlight'; mermaidId: string | null }
  /** Ask for the current diagram as a standalone SVG document, or as a PNG at `scale` (base64). */
  | { type: 'requestSvg'; requestId: number; format?: ImageFormat }
  /** The document is gone or the server cannot answer: say so, keep the diagram. */
  | { type: 'notice'; message: string };

/** Webview → extension. */
export type WebviewMessage =
  | { type: 'ready' }
  /** The user picked another view of the tactic (a tab). */
  | { type: 'selectView'; kind: DiagramKind }
  /** A node was clicked (or activated with the keyboard). */
  | { type: 'reveal'; mermaidId: string }
  | { type: 'svg'; requestId: number; svg: string | null }
  /** The diagram as a PNG file, base64 (null: nothing drawn, or the browser could not paint it). */
  | { type: 'png'; requestId: number; png: string | null }
  /** What the webview drew last: lets the extension (and tests) know a render finished. */
  | { type: 'rendered'; version: number; ok: boolean };

export type ImageFormat = 'svg' | 'png';

/** Base64 of a PNG file (its signature encodes as `iVBORw0KGgo`), up to 64 MB of text. */
const PNG_BASE64 = /^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/;
const MAX_PNG = 64 * 1024 * 1024;

/** Generated Mermaid node ids (the service's diagram/mermaid.ts): n0, m0, a0, o0 … */
export const MERMAID_ID = MERMAID_NODE_ID;
const MAX_TEXT = 5_000_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

function readProblem(v: unknown): PreviewProblem | undefined {
  if (!isObj(v) || (v.severity !== 'error' && v.severity !== 'warning') || !isStr(v.message, 10_000)) return undefined;
  if (v.line !== undefined && !(isInt(v.line) && v.line > 0)) return undefined;
  return { severity: v.severity, message: v.message, ...(v.line !== undefined ? { line: v.line as number } : {}) };
}

export function readHostMessage(v: unknown): HostMessage | undefined {
  if (!isObj(v)) return undefined;
  switch (v.type) {
    case 'update': {
      if (!isStr(v.uri, 10_000) || !isInt(v.version) || !isStr(v.title, 1000) || (v.kind !== undefined && !isDiagramKind(v.kind)) || !isStr(v.mermaid) || typeof v.ok !== 'boolean' || !Array.isArray(v.problems)) return undefined;
      const problems = v.problems.slice(0, 100).map(readProblem);
      if (problems.some((p) => !p)) return undefined;
      return { type: 'update', uri: v.uri, version: v.version, title: v.title, kind: isDiagramKind(v.kind) ? v.kind : 'cycle', mermaid: v.mermaid, ok: v.ok, problems: problems as PreviewProblem[] };
    }
    case 'highlight':
      if (v.mermaidId !== null && !(isStr(v.mermaidId) && MERMAID_ID.test(v.mermaidId))) return undefined;
      return { type: 'highlight', mermaidId: v.mermaidId as string | null };
    case 'requestSvg':
      if (!isInt(v.requestId) || !(v.format === undefined || v.format === 'svg' || v.format === 'png')) return undefined;
      return { type: 'requestSvg', requestId: v.requestId, format: v.format ?? 'svg' };
    case 'notice':
      return isStr(v.message, 10_000) ? { type: 'notice', message: v.message } : undefined;
    default:
      return undefined;
  }
}

export function readWebviewMessage(v: unknown): WebviewMessage | undefined {
  if (!isObj(v)) return undefined;
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'selectView':
      return isDiagramKind(v.kind) ? { type: 'selectView', kind: v.kind } : undefined;
    case 'reveal':
      return isStr(v.mermaidId) && MERMAID_ID.test(v.mermaidId) ? { type: 'reveal', mermaidId: v.mermaidId } : undefined;
    case 'svg':
      if (!isInt(v.requestId) || !(v.svg === null || isStr(v.svg))) return undefined;
      return { type: 'svg', requestId: v.requestId, svg: v.svg as string | null };
    case 'png':
      if (!isInt(v.requestId) || !(v.png === null || (isStr(v.png, MAX_PNG) && PNG_BASE64.test(v.png)))) return undefined;
      return { type: 'png', requestId: v.requestId, png: v.png as string | null };
    case 'rendered':
      return isInt(v.version) && typeof v.ok === 'boolean' ? { type: 'rendered', version: v.version, ok: v.ok } : undefined;
    default:
      return undefined;
  }
}

/** What the webview keeps across reloads (vscode.setState) and the serializer hands back. */
export interface PreviewState {
  uri: string;
  view?: { scale: number; x: number; y: number };
}

export function readPreviewState(v: unknown): PreviewState | undefined {
  if (!isObj(v) || !isStr(v.uri, 10_000)) return undefined;
  const view = v.view;
  if (isObj(view) && [view.scale, view.x, view.y].every((n) => typeof n === 'number' && Number.isFinite(n)) && (view.scale as number) > 0) {
    return { uri: v.uri, view: { scale: view.scale as number, x: view.x as number, y: view.y as number } };
  }
  return { uri: v.uri };
}
