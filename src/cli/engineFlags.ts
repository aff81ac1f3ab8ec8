import { setFlagsFromString } from 'node:v8';

/**
 * A one-shot `analyze` spends much of its CPU in V8's optimising compiler: TurboFan compiles big functions with
 * everything they call inlined (~5 s of compile-thread time on a 5 MB text). A smaller cumulative inlining budget
 * (default 920 bytes of bytecode) makes those compiles cheaper for the same output: −0.8 s CPU median on the
 * 5 MB corpus (bench/ner-experiments.md, rows E2–E3). Process-wide, so only for processes we own (the CLI,
 * benchmarks), never the editor's extension host.
 */
export const ENGINE_FLAGS = ['--max-inlined-bytecode-size-cumulative=200'] as const;

/** Call before any heavy code runs: flags apply to compiles that start afterwards. */
export function applyEngineFlags(): void {
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}
