import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';

const SYMBOL_KIND: Record<string, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Object, ORG: vscode.SymbolKind.Class, GPE: vscode.SymbolKind.Namespace,
  LOC: vscode.SymbolKind.Namespace, NORP: vscode.SymbolKind.Enum, DATE: vscode.SymbolKind.Constant,
  EVENT: vscode.SymbolKind.Event, MISC: vscode.SymbolKind.Field,
};

/** Outline, breadcrumbs and Go to Symbol: one symbol per actor (children: its mentions) and one per claim. */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly _registry: ArticleRegistry) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const index = (await this._registry.whenFresh(document))?.fresh;
    if (!index) return [];
    const range = (start: number, end: number): vscode.Range => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const symbols: vscode.DocumentSymbol[] = [];
    for (const actor of index.analysis.actors) {
      const mentions = index.mentionsOf(actor.id);
      if (mentions.length === 0) continue;
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      const symbol = new vscode.DocumentSymbol(actor.name, `${actor.type} · ${actor.mentions}×`, SYMBOL_KIND[actor.type] ?? vscode.SymbolKind.Field, range(first.start, last.end), range(first.start, first.end));
      symbol.children = mentions.slice(1).map((m) => new vscode.DocumentSymbol(m.text, 'mention', vscode.SymbolKind.Key, range(m.start, m.end), range(m.start, m.end)));
      symbols.push(symbol);
    }
    for (const claim of index.claims) {
      const speaker = index.actor(claim.speaker)?.name ?? 'unattributed';
      const text = claim.text.replace(/\s+/g, ' ');
      symbols.push(new vscode.DocumentSymbol(`“${text.length > 60 ? text.slice(0, 59) + '…' : text}”`, `claim · ${speaker}`, vscode.SymbolKind.String, range(claim.start, claim.end), range(claim.start, claim.end)));
    }
    return symbols;
  }
}
