/**
 * Reads a V8 CPU profile of the extension host and finds the longest stretch of main-thread time spent in our
 * bundle (with the garbage collection it triggers): the stall a user could blame on this extension, as opposed
 * to VS Code's own work on the same thread (link detection, document sync) that the stall monitor also sees.
 */
interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export function longestOwnTaskMs(profile: CpuProfile, bundle = '/dist/extension.js'): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const p = parent.get(id);
    const value = node.callFrame.url.endsWith(bundle) || (p !== undefined && isOurs(p));
    ours.set(id, value);
    return value;
  };
  let longest = 0, current = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const gc = byId.get(id)?.callFrame.functionName === '(garbage collector)';
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time runs until the next sample
    if (isOurs(id) || (gc && current > 0)) current += dt;
    else current = 0;
    longest = Math.max(longest, current);
  }
  return Math.round(longest / 1000);
}
