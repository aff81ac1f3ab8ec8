/**
 * Editor benchmark, run inside a real VS Code extension host by bench/editor/run.ts (not part of npm test):
 * activation time, time from opening a 1 MB article to its decorations, the longest extension-host stall
 * while typing into it, a 20 MB article (stalls while it is analysed) and a 60 MB one (status, not silence).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/editor/extension';
import type { CpuProfile } from './longTasks';
import { longestOwnTaskMs } from './longTasks';

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

/**
 * Times opening an article: VS Code's own part (openTextDocument: in code-server the workbench reads the file and
 * sends it to the extension host) and ours, from the document-opened event to the first decorations (a preview
 * of the visible part for long articles) and to the decorations of the whole analysis.
 */
async function openAndTimeDecorations(api: NewsAnnotatorApi, file: vscode.Uri): Promise<Record<string, number>> {
  const monitor = new StallMonitor();
  let openedAt = 0;
  const listener = vscode.workspace.onDidOpenTextDocument((d) => { if (d.uri.toString() === file.toString()) openedAt = performance.now(); });
  const t0 = performance.now();
  const doc = await vscode.workspace.openTextDocument(file);
  listener.dispose();
  if (!openedAt) openedAt = performance.now();
  const editor = await vscode.window.showTextDocument(doc);
  const shownAt = performance.now();
  const first = await waitFor(() => { const s = api.decorationsFor(editor); return s && s.version === doc.version && performance.now(); }, 600_000);
  const whole = await waitFor(() => { const s = api.decorationsFor(editor); return s && s.version === doc.version && !s.partial && performance.now(); }, 600_000);
  const analysis = await api.analysisFor(doc.uri);
  const ms = (t?: number | false): number => (t ? Math.round(t - openedAt) : -1);
  return {
    vscodeOpenMs: Math.round(openedAt - t0),
    vscodeShowMs: Math.round(shownAt - openedAt),
    /** What the user waits for once the editor shows the text (0: the highlights were ready before it). */
    afterEditorShownMs: first ? Math.max(0, Math.round(first - shownAt)) : -1,
    firstDecorationsMs: ms(first),
    wholeDecorationsMs: ms(whole),
    entities: analysis?.entities.length ?? -1,
    stall: monitor.stop(),
  };
}

/** With NEWS_ANNOTATOR_BENCH_PROFILE=<dir> set, a CPU profile of the extension host goes to that folder. */
async function startProfiler(): Promise<{ stop(name: string): Promise<number> } | undefined> {
  const outDir = process.env.NEWS_ANNOTATOR_BENCH_PROFILE;
  if (!outDir) return undefined;
  fs.mkdirSync(outDir, { recursive: true });
  const inspector = await import('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stop(name) {
      const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
      fs.writeFileSync(path.join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
      return longestOwnTaskMs(profile);
    },
  };
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
  const profiler = await startProfiler();
  note('oneMbCold', await openAndTimeDecorations(api, oneMb));
  const openTask = await profiler?.stop('oneMbCold');
  if (openTask !== undefined) note('oneMbColdLongestOwnTaskMs', openTask);
  note('oneMbWarm', await openAndTimeDecorations(api, oneMbB));

  // Typing: 150 single-character edits, 20 ms apart, at the top of the 1 MB article.
  const editor = vscode.window.activeTextEditor!;
  const typingProfiler = await startProfiler();
  const monitor = new StallMonitor();
  const editTimes: number[] = [];
  for (let i = 0; i < 150; i++) {
    const t = performance.now();
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'x'), { undoStopBefore: false, undoStopAfter: false });
    editTimes.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  await api.analysisFor(editor.document.uri);
  const typingTask = await typingProfiler?.stop('typing');
  note('typing', { maxStallMs: monitor.stop(), longestOwnTaskMs: typingTask ?? 'profile with NEWS_ANNOTATOR_BENCH_PROFILE=<dir>', edits: editTimes.length, medianEditMs: Math.round(editTimes.sort((a, b) => a - b)[75] * 10) / 10 });
  await vscode.commands.executeCommand('workbench.action.files.revert');

  const bigProfiler = await startProfiler();
  note('twentyMb', await openAndTimeDecorations(api, twentyMb));
  const bigTask = await bigProfiler?.stop('twentyMb');
  if (bigTask !== undefined) note('twentyMbLongestOwnTaskMs', bigTask);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');

  await vscode.commands.executeCommand('vscode.open', sixtyMb);
  const status = await waitFor(() => /too large/.test(api.statusBarText()) && api.statusBarText(), 30_000);
  note('sixtyMbStatus', status ?? `no status (${api.statusBarText()})`);

  const out = process.env.NEWS_ANNOTATOR_BENCH_OUT;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}
