import * as vscode from 'vscode';

/** Our settings, typed. In an untrusted workspace, workspace-level values are ignored (VS Code does that for
 *  settings listed under `restrictedConfigurations`; we read through the same API so defaults/user values apply). */
export interface NewsAnnotatorConfig {
  /** Annotate .txt files (plaintext) without a per-file toggle. */
  readonly enablePlainText: boolean;
  /** Annotate Markdown files without a per-file toggle. */
  readonly enableMarkdown: boolean;
  /** Entity types to highlight. */
  readonly highlightTypes: readonly string[];
  /** Delay after typing before re-analysis, in ms. */
  readonly debounceMs: number;
  /** Articles longer than this (characters) are not analysed; a status says so. */
  readonly maxArticleLength: number;
  readonly showClaims: boolean;
  /** Keep a private copy of each annotated article's text so annotations re-attach by diff after outside edits. */
  readonly keepArticleTexts: boolean;
}

export const SECTION = 'newsAnnotator';

export function readConfig(): NewsAnnotatorConfig {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    enablePlainText: c.get<boolean>('enablePlainText', false),
    enableMarkdown: c.get<boolean>('enableMarkdown', false),
    highlightTypes: c.get<string[]>('highlight.entityTypes', ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'EVENT', 'MISC']),
    debounceMs: clamp(c.get<number>('analysis.debounceMs', 300), 50, 5000),
    maxArticleLength: clamp(c.get<number>('analysis.maxArticleLength', 50_000_000), 1000, 50_000_000),
    showClaims: c.get<boolean>('highlight.claims', true),
    keepArticleTexts: c.get<boolean>('annotations.keepArticleTexts', true),
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
