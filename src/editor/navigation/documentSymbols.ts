import * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/analysisIndex';
import { statementText } from '../../core/statements';
import type { ArticleRegistry } from '../articles/articleRegistry';

const SYMBOL_KIND: Record<string, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Object, ORG: vscode.SymbolKind.Class, GPE: vscode.SymbolKind.Namespace,
  LOC: vscode.SymbolKind.Namespace, NORP: vscode.SymbolKind.Enum, DATE: vscode.SymbolKind.Constant,
  EVENT: vscode.SymbolKind.Event, MISC: vscode.SymbolKind.Field,
};

/**
 * Caps that keep a very long article's Outline cheap: VS Code serialises every symbol to the workbench on each
 * request (a 1 MB article has ~20,000 mentions), and a list longer than this is not browsable anyway.
 */
const MAX_MENTIONS_PER_ACTOR = 10;
const MAX_SYMBOLS = 1000;

/** Outline, breadcrumbs and Go to Symbol: one symbol per actor (children: its mentions) and one per claim. */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  /** Outline, breadcrumbs and sticky scroll each ask after every change: build once per analysis. */
  private readonly _cache = new WeakMap<AnalysisIndex, Promise<vscode.DocumentSymbol[]>>();

  constructor(private readonly _registry: ArticleRegistry) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const index = (await this._registry.whenFresh(document))?.fresh;
    if (!index) return [];
    let symbols = this._cache.get(index);
    if (!symbols) this._cache.set(index, (symbols = buildSymbols(document, index)));
    return symbols;
  }
}

/** Symbols per slice of work: each slice is a short task, so building the Outline never blocks for long. */
const SLICE = 100;
const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class StaleDocument extends Error {}

async function buildSymbols(document: vscode.TextDocument, index: AnalysisIndex): Promise<vscode.DocumentSymbol[]> {
  try {
    return await buildSymbolsInSlices(document, index);
  } catch (e) {
    if (e instanceof StaleDocument) return []; // edited meanwhile: a newer analysis will be asked for
    throw e;
  }
}

async function buildSymbolsInSlices(document: vscode.TextDocument, index: AnalysisIndex): Promise<vscode.DocumentSymbol[]> {
  const version = document.version;
  const pause = async (): Promise<void> => {
    await nextTick();
    if (document.version !== version) throw new StaleDocument(); // offsets would no longer match the text
  };
  const range = (start: number, end: number): vscode.Range => new vscode.Range(document.positionAt(start), document.positionAt(end));
  const symbols: vscode.DocumentSymbol[] = [];
  let budget = MAX_SYMBOLS;
  for (const actor of index.analysis.actors) {
    const mentions = index.mentionsOf(actor.id);
    if (mentions.length === 0) continue;
    if (budget <= 0) break;
    const first = mentions[0];
    const last = mentions[mentions.length - 1];
    const symbol = new vscode.DocumentSymbol(actor.name, `${actor.type} · ${actor.mentions}×`, SYMBOL_KIND[actor.type] ?? vscode.SymbolKind.Field, range(first.start, last.end), range(first.start, first.end));
    symbol.children = mentions.slice(1, Math.min(MAX_MENTIONS_PER_ACTOR, budget)).map((m) => new vscode.DocumentSymbol(m.text, 'mention', vscode.SymbolKind.Key, range(m.start, m.end), range(m.start, m.end)));
    budget -= 1 + symbol.children.length;
    symbols.push(symbol);
    if (symbols.length % 10 === 0) await pause(); // an actor brings up to MAX_MENTIONS_PER_ACTOR symbols
  }
  for (const pieces of index.statements) {
    if (budget-- <= 0) break;
    if (budget % SLICE === 0) await pause();
    const claim = pieces[0];
    const speaker = index.speakersOf(pieces).map((a) => a.name).join(', ') || 'unattributed';
    const text = statementText(pieces);
    // The symbol spans the whole statement (cue and speaker between its pieces); selecting it selects the first piece.
    symbols.push(new vscode.DocumentSymbol(`“${text.length > 60 ? text.slice(0, 59) + '…' : text}”`, `claim · ${speaker}`, vscode.SymbolKind.String, range(claim.start, pieces[pieces.length - 1].end), range(claim.start, claim.end)));
  }
  return symbols;
}
