/** Parsed command line of `news-annotator`. */
export interface CliArgs {
  readonly command: 'analyze' | 'help' | 'version';
  readonly format: 'json' | 'jsonl' | undefined;
  /** Entities only: `actors` and `claims` stay empty (faster). */
  readonly entitiesOnly: boolean;
  /** No second thread for the claims stage (for batch runs that already use every core). */
  readonly singleThread: boolean;
  /** Apply each article's annotation file (the user's decisions) to its analysis; orphans are listed. */
  readonly annotations: boolean;
  readonly files: readonly string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: news-annotator analyze [--format json|jsonl] [--entities-only] [--single-thread] [--annotations] FILE...

Finds entities, actors and claims in news articles (UTF-8 text) and prints the analysis as JSON.
Offsets are UTF-16 code units, end exclusive (as in JavaScript and VS Code). A .md or .markdown file is read
as the prose it renders to (link targets, emphasis marks and other markup left out); offsets stay the file's.

  --format json    one pretty-printed object (an array of them for several files); default for one file
  --format jsonl   one compact object per line; default for several files
  --entities-only  entities alone, faster: actors and claims are left empty
  --single-thread  use one thread (texts of 500,000 characters or more otherwise find claims on a second
                   thread, in parallel with entities: faster, a little more CPU); the output is the same
  --annotations    apply the annotation file next to each article (FILE.annotations.json, as the editor saves it):
                   claims with their status, tags, note and corrected speaker, entities and actors as the user
                   left them, and "orphans" (annotations whose text is no longer in the article); a file that
                   cannot be read is an error for that article
  -h, --help       show this help
  --version        show the version

Exit status: 0 when every file was analysed, 1 when any file failed, 2 on a usage error.`;

const NO_OPTIONS: CliArgs = { command: 'help', format: undefined, entitiesOnly: false, singleThread: false, annotations: false, files: [] };

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { ...NO_OPTIONS, command: 'help' };
  if (argv[0] === '--version') return { ...NO_OPTIONS, command: 'version' };
  if (argv[0] !== 'analyze') throw new UsageError(`unknown command "${argv[0]}"`);
  let format: CliArgs['format'];
  let entitiesOnly = false;
  let singleThread = false;
  let annotations = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && (arg === '--format' || arg.startsWith('--format='))) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value !== 'json' && value !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not "${value ?? ''}"`);
      format = value;
    } else if (!onlyFiles && arg === '--entities-only') entitiesOnly = true;
    else if (!onlyFiles && arg === '--single-thread') singleThread = true;
    else if (!onlyFiles && arg === '--annotations') annotations = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('analyze needs at least one FILE');
  if (annotations && entitiesOnly) throw new UsageError('--annotations needs the claims and actors: not with --entities-only');
  return { command: 'analyze', format, entitiesOnly, singleThread, annotations, files };
}
