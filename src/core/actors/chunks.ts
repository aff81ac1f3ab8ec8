// Long passes run in chunks. A pass over every mention (or actor, or claim) written as one loop in one call runs as
// one long loop, which V8 optimises while it runs (on-stack replacement, OSR) — on the main thread, as the bin sets
// `--no-concurrent-osr`, and the loop waits for the compile (5–12 ms each for the grouping's passes on a 5 MB text).
// A pass whose loop body is a function called once per chunk of CHUNK items is optimised like any other hot
// function instead, on a compile thread, while the next chunks run in baseline code. Only the grouping's long passes
// with large OSR compiles are chunked (numberNames, placeFullNames, linkParenAcronyms, placeDeferred, newActors): for
// passes whose OSR compile takes a millisecond or two (name parsing, acronym keys, ids, token maps) and for the
// speakers' loops, running in baseline code until the concurrent compile arrived cost as much as it saved.

/**
 * Items per call of a pass's chunk function. V8 asks for OSR at an interrupt tick (every ~66 KB of a function's
 * bytecode run) that finds the function marked for optimisation, or its optimised code ready, while a call is still
 * in the loop; a chunk must run far less than a tick's worth. With 256 the chunk functions themselves were still
 * OSR-compiled in some runs; with 32 in none of five traced runs (bench/actors-experiments.md, session 18).
 */
export const CHUNK = 32;
