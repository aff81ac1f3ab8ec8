import * as vscode from 'vscode';
import { searchActors } from '../../core/actorSearch';
import { CLAIM_STATUSES, ENTITY_TYPES } from '../../core/annotations/model';
import type { ClaimStatus, EntityType } from '../../core/annotations/model';
import type { Actor } from '../../core/types';

const SPEAKER_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

type SpeakerChoice = { kind: 'actor'; id: string } | { kind: 'none' } | { kind: 'new'; name: string };
interface SpeakerPick extends vscode.QuickPickItem { readonly choice: SpeakerChoice }

/** Speaker from a fuzzy (fuse.js) quick pick over the article's actors, "no speaker", or a new actor. */
export async function pickSpeaker(actors: readonly Actor[], preselect?: string | null): Promise<SpeakerChoice | undefined> {
  const pick = vscode.window.createQuickPick<SpeakerPick>();
  pick.title = 'Who makes this claim?';
  pick.placeholder = 'Type a name (fuzzy), or a new name to create an actor';
  const build = (value: string): SpeakerPick[] => {
    const found = searchActors(actors.filter((a) => SPEAKER_TYPES.has(a.type)), value);
    const items: SpeakerPick[] = found.map((a) => ({ label: a.name, description: a.id === preselect ? `${a.type} · current` : a.type, alwaysShow: true, choice: { kind: 'actor', id: a.id } }));
    if (value.trim()) items.push({ label: `$(add) New actor "${value.trim()}"`, alwaysShow: true, choice: { kind: 'new', name: value.trim() } });
    items.push({ label: '$(circle-slash) No speaker (unattributed)', alwaysShow: true, choice: { kind: 'none' } });
    return items;
  };
  pick.items = build('');
  pick.onDidChangeValue((v) => { pick.items = build(v); });
  const result = await new Promise<SpeakerChoice | undefined>((resolve) => {
    pick.onDidAccept(() => { resolve(pick.selectedItems[0]?.choice); pick.hide(); });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  return result;
}

/** Who else makes the claim: a multi-select of the article's actors (not the speaker), those chosen now ticked. */
export async function pickCoSpeakers(actors: readonly Actor[], speaker: Actor, current: readonly string[]): Promise<string[] | undefined> {
  const candidates = actors.filter((a) => a.id !== speaker.id && SPEAKER_TYPES.has(a.type));
  const items = candidates.map((a) => ({ label: a.name, description: a.type, id: a.id, picked: current.includes(a.id), mentions: a.mentions }));
  // Those ticked now first, then by how often the article names them: the likely ones at the top.
  items.sort((x, y) => Number(y.picked) - Number(x.picked) || y.mentions - x.mentions);
  const chosen = await vscode.window.showQuickPick(items, {
    title: `Who makes this claim together with ${speaker.name}?`,
    placeHolder: 'Tick everyone who says it with the speaker; none: the speaker alone',
    canPickMany: true,
  });
  return chosen?.map((c) => c.id);
}

export async function pickStatus(current?: ClaimStatus): Promise<ClaimStatus | undefined> {
  const items = CLAIM_STATUSES.map((s) => ({ label: s, description: s === current ? 'current' : undefined }));
  return (await vscode.window.showQuickPick(items, { title: 'Claim status', placeHolder: 'unverified, verified, disputed, false or misleading' }))?.label as ClaimStatus | undefined;
}

export async function pickType(current?: EntityType): Promise<EntityType | undefined> {
  const items = ENTITY_TYPES.map((t) => ({ label: t, description: t === current ? 'current' : undefined }));
  return (await vscode.window.showQuickPick(items, { title: 'Entity type' }))?.label as EntityType | undefined;
}

/** "This mention only" or "all N identical mentions". */
export async function pickScope(count: number): Promise<'one' | 'all' | undefined> {
  if (count <= 1) return 'one';
  const choice = await vscode.window.showQuickPick([
    { label: 'This mention only', scope: 'one' as const },
    { label: `All ${count} identical mentions in this article`, scope: 'all' as const },
  ], { title: 'Apply to' });
  return choice?.scope;
}

export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= 60))].slice(0, 50);
}
