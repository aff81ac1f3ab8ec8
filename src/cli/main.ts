import { analyzeEntities } from '../core/analyze';
import { applyUserAnnotations } from '../core/overlay/applyUserAnnotations';
import { ParallelAnalyzer } from '../core/parallel/parallelAnalyzer';
import { MARKDOWN_FILE_RE } from '../core/text/markdown';
import type { Analysis } from '../core/types';
import { parseArgs, USAGE, UsageError } from './args';
import { readAnnotations } from './readAnnotations';
import { readArticleFile, ArticleFileError } from './readArticleFile';
import { resultHead, resultTail } from './resultJson';
import type { Indent } from './resultJson';

export interface CliIo {
  out(s: string): void;
  err(s: string): void;
}

export { applyEngineFlags } from './engineFlags';

const VERSION = '0.1.0';

/** Runs the CLI and resolves to its exit code; every file is attempted even when an earlier one fails. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`news-annotator: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') { io.out(USAGE + '\n'); return 0; }
  if (args.command === 'version') { io.out(VERSION + '\n'); return 0; }

  const format = args.format ?? (args.files.length === 1 ? 'json' : 'jsonl');
  const parallel = new ParallelAnalyzer(args.singleThread ? { minChars: Infinity } : {});
  // Each file's object is written as soon as it is known, its head (file, entities, actors) before its claims are
  // (see resultJson.ts); only several files in json are one array, written at the end.
  const oneByOne = format === 'jsonl' || args.files.length === 1;
  const indent: Indent = format === 'json' ? 2 : 0;
  const results: object[] = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      const text = readArticleFile(file);
      const textFormat = MARKDOWN_FILE_RE.test(file) ? 'markdown' : 'plain'; // a .md article is read as its prose
      if (args.annotations) {
        // Read before the analysis: a file that cannot be read fails this article at once.
        const { sidecar, warnings } = readAnnotations(file, text);
        for (const w of warnings) io.err(`news-annotator: ${JSON.stringify(file)}: ${w}\n`);
        const annotated = { file, ...applyUserAnnotations(await parallel.analyze(text, undefined, textFormat), sidecar, text) };
        if (oneByOne) io.out(JSON.stringify(annotated, null, indent) + '\n'); else results.push(annotated);
        continue;
      }
      let headWritten = false;
      const write = (pieces: readonly string[]): void => { for (const s of pieces) io.out(s); };
      const writeHead = (a: Pick<Analysis, 'entities' | 'actors'>): void => { write(resultHead(file, a.entities, a.actors, indent)); headWritten = true; };
      const analysis = args.entitiesOnly ? analyzeEntities(text, textFormat) :
        await parallel.analyze(text, oneByOne ? writeHead : undefined, textFormat);
      if (!oneByOne) { results.push({ file, ...analysis }); continue; }
      if (!headWritten) writeHead(analysis);
      write(resultTail(analysis.claims, indent));
      io.out('\n');
    } catch (e) {
      if (!(e instanceof ArticleFileError)) throw e;
      failed++;
      io.err(`news-annotator: ${JSON.stringify(file)} ${e.message}\n`);
    }
  }
  parallel.dispose();
  if (results.length > 0) io.out(JSON.stringify(results, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}
