import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import { ArticleSymbolProvider } from './documentSymbols';
import { goToActor } from './goToActor';
import { goToAdjacentMention } from './mentionNavigation';

/** Next/previous mention, Go to actor…, and document symbols. */
export function registerNavigation(context: vscode.ExtensionContext, registry: ArticleRegistry, selector: vscode.DocumentSelector): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.nextMention, (arg?: unknown) => goToAdjacentMention(registry, 1, arg)),
    vscode.commands.registerCommand(CommandId.previousMention, (arg?: unknown) => goToAdjacentMention(registry, -1, arg)),
    vscode.commands.registerCommand(CommandId.goToActor, (arg?: unknown) => goToActor(registry, arg)),
    vscode.languages.registerDocumentSymbolProvider(selector, new ArticleSymbolProvider(registry), { label: 'News Annotator' }),
  );
}
