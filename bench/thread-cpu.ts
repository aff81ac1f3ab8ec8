// CPU time of the calling (main) thread alone, from Linux schedstat: V8's compiler and GC threads excluded, so it is
// the one core the code under test runs on.
import { readFileSync } from 'node:fs';

/** CPU nanoseconds of this thread so far; NaN where /proc/thread-self is missing (not Linux). */
export function threadNs(): number {
  try { return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]); } catch { return NaN; }
}
