/**
 * Editor benchmark, run inside a real VS Code extension host by bench/editor/run.ts (not part of npm test):
 * activation time, time from opening a 1 MB article to its decorations, the longest extension-host stall
 * while typing into it, a 20 MB article (stalls while it is analysed) and a 60 MB one (status, not silence).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/editor/extension';

const EXTENSION_ID = 'news-annotator.news-annotator';

/** Records the longest gap between timer ticks: how long the extension host's main thread was blocked. */
class StallMonitor {
  private _last = performance.now();
  private _max = 0;
  private readonly _timer = setInterval(() => {
    const now = performance.now();
    this._max = Math.max(this._max, now - this._last - 5);
    this._last = now;
  }, 5);
  stop(): number {
    clearInterval(this._timer);
    return Math.round(this._max);
  }
}

function makeArticle(base: string, bytes: number): string {
  const paragraphs = base.split('\n').filter(Boolean);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    size += p.length + 1;
  }
  return out.join('\n') + '\n';
}

async function waitFor<T>(check: () => T | undefined | false, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function openAndTimeDecorations(api: NewsAnnotatorApi, file: vscode.Uri): Promise<{ ms: number; entities: number; stall: number }> {
  const monitor = new StallMonitor();
  const t0 = performance.now();
  const doc = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(doc);
  const snap = await waitFor(() => { const s = api.decorationsFor(editor); return s && s.version === doc.version && s; }, 600_000);
  const ms = performance.now() - t0;
  const analysis = await api.analysisFor(doc.uri);
  return { ms: Math.round(ms), entities: analysis?.entities.length ?? (snap ? -1 : -2), stall: monitor.stop() };
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const base = fs.readFileSync(path.join(folder, 'iran-iraq-security-cooperation.txt'), 'utf8');
  const results: Record<string, unknown> = { vscode: vscode.version };
  const note = (key: string, value: unknown): void => { results[key] = value; console.log(`[bench] ${key}: ${JSON.stringify(value)}`); };
  const write = (name: string, bytes: number): vscode.Uri => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, makeArticle(base, bytes));
    return vscode.Uri.file(file);
  };
  const small = vscode.Uri.file(path.join(folder, 'iran-iraq-security-cooperation.news'));
  const oneMb = write('bench-1mb.news', 1 << 20);
  const oneMbB = write('bench-1mb-b.news', (1 << 20) + 1000);
  const twentyMb = write('bench-20mb.news', 20 << 20);
  const sixtyMb = write('bench-60mb.news', 60 << 20);

  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID)!;
  const api = await ext.activate();
  note('activationMs', Math.round(api.activationMs * 10) / 10);

  // Cold: the first article starts the worker and loads the model; warm: a second 1 MB article.
  note('smallArticleCold', await openAndTimeDecorations(api, small));
  note('oneMbCold', await openAndTimeDecorations(api, oneMb));
  note('oneMbWarm', await openAndTimeDecorations(api, oneMbB));

  // Typing: 150 single-character edits, 20 ms apart, at the top of the 1 MB article.
  const editor = vscode.window.activeTextEditor!;
  const monitor = new StallMonitor();
  const editTimes: number[] = [];
  for (let i = 0; i < 150; i++) {
    const t = performance.now();
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'x'), { undoStopBefore: false, undoStopAfter: false });
    editTimes.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  await api.analysisFor(editor.document.uri);
  note('typing', { maxStallMs: monitor.stop(), edits: editTimes.length, medianEditMs: Math.round(editTimes.sort((a, b) => a - b)[75] * 10) / 10 });
  await vscode.commands.executeCommand('workbench.action.files.revert');

  note('twentyMb', await openAndTimeDecorations(api, twentyMb));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');

  await vscode.commands.executeCommand('vscode.open', sixtyMb);
  const status = await waitFor(() => /too large/.test(api.statusBarText()) && api.statusBarText(), 30_000);
  note('sixtyMbStatus', status ?? `no status (${api.statusBarText()})`);

  const out = process.env.NEWS_ANNOTATOR_BENCH_OUT;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}
