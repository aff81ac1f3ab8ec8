import * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/analysisIndex';
import type { Statement } from '../../core/statements';
import { statementNote, statementSource, statementStatus, statementTags, statementText } from '../../core/statements';
import type { Entity } from '../../core/types';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId, TRUSTED_HOVER_COMMANDS } from '../commandIds';
import { textSlice } from '../documentText';
import { commandLink, inlineCode } from './markdownSafe';

const TYPE_LABELS: Record<string, string> = {
  PERSON: 'Person', ORG: 'Organization', GPE: 'Country or city', LOC: 'Location', NORP: 'Nationality or group',
  DATE: 'Date', EVENT: 'Event', MISC: 'Other',
};
const MAX_CLAIMS_SHOWN = 5;

/**
 * Hover cards for entities and claims. Everything taken from the article goes into an untrusted
 * MarkdownString as inline code (no links, images, HTML or icons can come from it); the action links live in
 * a second string built only from constants, trusted for our own command ids and nothing else.
 */
export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly _registry: ArticleRegistry) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = await this._registry.whenFresh(document);
    const index = state?.fresh;
    if (!index) return undefined;
    const offset = document.offsetAt(position);
    const entity = index.entityAt(offset);
    const claim = index.claimAt(offset);
    if (!entity && !claim) return undefined;

    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    if (entity) {
      parts.push(entityCard(index, entity));
      range = new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end));
      if (entity.actor !== undefined) parts.push(actorActions(document.uri, entity.actor, offset));
    }
    if (claim) {
      const pieces = index.statementOf(claim);
      const source = statementSource(pieces, textSlice(document));
      parts.push(claimCard(index, pieces, source));
      range ??= new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
    }
    return new vscode.Hover(parts, range);
  }
}

function untrusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

function entityCard(index: AnalysisIndex, entity: Entity): vscode.MarkdownString {
  const md = untrusted();
  const actor = index.actor(entity.actor);
  const type = TYPE_LABELS[actor?.type ?? entity.type] ?? 'Entity';
  md.appendMarkdown(`**${type}** ${inlineCode(actor?.name ?? entity.text)}\n\n`);
  if (!actor) return md;
  const aliases = actor.aliases.filter((a) => a !== actor.name);
  if (aliases.length) md.appendMarkdown(`Also: ${aliases.slice(0, 8).map((a) => inlineCode(a, 60)).join(', ')}\n\n`);
  md.appendMarkdown(`${actor.mentions} mention${actor.mentions === 1 ? '' : 's'}`);
  const claims = index.statementsBy(actor.id);
  md.appendMarkdown(claims.length ? ` · ${claims.length} claim${claims.length === 1 ? '' : 's'}\n\n` : '\n\n');
  for (const st of claims.slice(0, MAX_CLAIMS_SHOWN)) {
    const cue = st[0].cue;
    md.appendMarkdown(`- ${cue ? inlineCode(cue.text, 30) + ' ' : ''}${inlineCode(statementText(st), 120)} · ${statementStatus(st) ?? 'unverified'}\n`);
  }
  if (actor.wikidataId) md.appendMarkdown(`\nWikidata: ${inlineCode(actor.wikidataId, 20)}\n`);
  if (actor.note) md.appendMarkdown(`\nNote: ${inlineCode(actor.note, 200)}\n`);
  if (claims.length > MAX_CLAIMS_SHOWN) md.appendMarkdown(`- … ${claims.length - MAX_CLAIMS_SHOWN} more\n`);
  return md;
}

/** A statement's card: all its pieces' words, whichever piece is hovered, and its source as the article words it. */
function claimCard(index: AnalysisIndex, pieces: Statement, source: string | undefined): vscode.MarkdownString {
  const md = untrusted();
  const claim = pieces[0];
  md.appendMarkdown(`**Claim** (${claim.kind === 'direct' ? 'direct quote' : 'reported speech'}) · status: **${statementStatus(pieces) ?? 'unverified'}**\n\n`);
  md.appendMarkdown(`${inlineCode(statementText(pieces), 240)}\n\n`);
  const speakers = index.speakersOf(pieces);
  md.appendMarkdown(`${speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${speakers.length ? speakers.slice(0, 5).map((a) => inlineCode(a.name, 80)).join(', ') : 'unattributed'}`);
  // The article's own words for the source: how the speaker was found, or who speaks when no actor is named.
  if (source) md.appendMarkdown(` · in the text: ${inlineCode(source, 60)}`);
  if (claim.cue) md.appendMarkdown(` · cue: ${inlineCode(claim.cue.text, 40)}`);
  md.appendMarkdown('\n');
  const tags = statementTags(pieces);
  const note = statementNote(pieces);
  if (tags.length) md.appendMarkdown(`\nTags: ${tags.slice(0, 10).map((t) => inlineCode(t, 40)).join(', ')}\n`);
  if (note) md.appendMarkdown(`\nNote: ${inlineCode(note, 200)}\n`);
  return md;
}

function actorActions(uri: vscode.Uri, actorId: string, offset: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [...TRUSTED_HOVER_COMMANDS] };
  const target = { uri: uri.toString(), actorId, offset };
  md.appendMarkdown([
    commandLink('Reveal in sidebar', CommandId.revealInSidebar, [target]),
    commandLink('Next mention', CommandId.nextMention, [target]),
    commandLink('Go to actor…', CommandId.goToActor, []),
  ].join(' · '));
  return md;
}
