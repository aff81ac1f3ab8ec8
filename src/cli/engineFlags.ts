import { setFlagsFromString } from 'node:v8';

/**
 * A one-shot `analyze` spends much of its CPU in V8's compilers, so the bin tunes them for a run that starts cold
 * and ends soon (bench/ner-experiments.md, rows E2–E3 and H1):
 * - a smaller cumulative inlining budget (default 920 bytes of bytecode) makes TurboFan's compiles of big functions
 *   cheaper for the same output: −0.8 s CPU median on the 5 MB corpus;
 * - OSR (optimising a long-running loop while it runs) compiled synchronously: concurrent OSR lets the loop go on
 *   in slow code while a compile thread works, and on this 2-core machine the two compete;
 * - every function compiled to baseline (Sparkplug) code on its first call rather than interpreted until it warms:
 *   a document's few hundred hot functions are all called millions of times.
 * Together −9 to −13 % CPU of `analyze --entities-only`, same output. Process-wide, so only for processes we own
 * (the CLI, benchmarks), never the editor's extension host. Only flags V8 reads when it uses them: thread flags
 * fixed at start-up (`--single-threaded`, `--single-threaded-gc`, `--no-concurrent-marking`) crash V8 when set at
 * run time (rows E8, H1).
 */
export const ENGINE_FLAGS = ['--max-inlined-bytecode-size-cumulative=200', '--no-concurrent-osr', '--always-sparkplug'] as const;

/** Call before any heavy code runs: flags apply to compiles that start afterwards. */
export function applyEngineFlags(): void {
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}
