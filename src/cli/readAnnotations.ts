// `analyze --annotations`: the user's annotation file next to an article (story.txt → story.txt.annotations.json),
// read as the editor reads it, so that a script or a report gets the claims with their statuses, corrected speakers,
// tags and notes, and the entities and actors as the user left them.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { collectAnchors, applyAnchors } from '../core/annotations/sidecarOps';
import { decodeSidecarBytes, parseSidecar, SidecarError, sidecarNameFor } from '../core/annotations';
import type { Sidecar } from '../core/annotations';
import { articleMatches } from '../core/annotations/fingerprint';
import { reanchor } from '../core/annotations/reanchor';
import { ArticleFileError } from './readArticleFile';

export interface ArticleAnnotations {
  /** Undefined when the article has no annotation file. */
  readonly sidecar: Sidecar | undefined;
  /** What the reader should know (a newer schema read as is, records set aside, the article changed since). */
  readonly warnings: readonly string[];
}

/**
 * The annotation file of `articlePath`, its anchors placed in `text`. An article changed since the file was saved is
 * re-anchored by quote and context, as the editor does without the old text; what cannot be placed comes back as an
 * orphan. A file that cannot be read as annotations is an error: its annotations are never silently left out.
 */
export function readAnnotations(articlePath: string, text: string): ArticleAnnotations {
  const path = join(dirname(articlePath), sidecarNameFor(basename(articlePath)));
  if (!existsSync(path)) return { sidecar: undefined, warnings: [] };
  let parsed;
  try {
    parsed = parseSidecar(decodeSidecarBytes(readFileSync(path)), { articleName: basename(articlePath) });
  } catch (e) {
    if (e instanceof SidecarError) throw new ArticleFileError(`has an annotation file that cannot be read (${basename(path)}: ${e.message})`);
    throw new ArticleFileError(`has an annotation file that cannot be read (${basename(path)}: ${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const warnings = [...parsed.warnings];
  if (parsed.quarantined.length > 0) warnings.push(`${parsed.quarantined.length} record(s) of ${basename(path)} could not be read and are left out`);
  let sidecar = parsed.sidecar;
  if (!articleMatches(sidecar.article, text)) {
    const { refs, anchors } = collectAnchors(sidecar);
    sidecar = applyAnchors(sidecar, refs, reanchor(undefined, text, anchors).anchors);
    warnings.push(`the article changed since ${basename(path)} was saved: its annotations were placed by their quoted text`);
  }
  return { sidecar, warnings };
}
