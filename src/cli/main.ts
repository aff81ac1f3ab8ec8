import { analyzeEntities } from '../core/analyze';
import { ParallelAnalyzer } from '../core/parallel/parallelAnalyzer';
import { parseArgs, USAGE, UsageError } from './args';
import { readArticleFile, ArticleFileError } from './readArticleFile';

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
  const analyze = args.entitiesOnly ? analyzeEntities : (text: string) => parallel.analyze(text);
  const results: object[] = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      const result = { file, ...await analyze(readArticleFile(file)) };
      if (format === 'jsonl') io.out(JSON.stringify(result) + '\n');
      else results.push(result);
    } catch (e) {
      if (!(e instanceof ArticleFileError)) throw e;
      failed++;
      io.err(`news-annotator: ${JSON.stringify(file)} ${e.message}\n`);
    }
  }
  parallel.dispose();
  if (format === 'json' && results.length > 0) {
    io.out(JSON.stringify(args.files.length === 1 ? results[0] : results, null, 2) + '\n');
  }
  return failed > 0 ? 1 : 0;
}
