/** What the commands need from the process, injected so they stay testable and never call exit. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  /**
   * While stdout holds more than its reader has taken (a slow pipe): a promise that resolves once
   * it has drained, for the commands that write as they go. Undefined: write on.
   */
  stdoutBackpressure?(): Promise<void> | undefined;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours). */
  isTty: boolean;
  now(): Date;
  /** The environment the language is read from (LC_ALL, LC_MESSAGES, LANG); none: English. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The script a worker thread runs to check files in parallel (the bundle, dist/cli.js); without
   * it every file is checked in this thread.
   */
  workerScript?: string;
}
