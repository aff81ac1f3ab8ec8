import type { Prose } from './text/markdown';
import type { Analysis, Claim, Entity, Span } from './types';

/**
 * An analysis of a Markdown file's prose (text/markdown.ts) in the file's own terms: every span mapped back to source
 * offsets, every entity, claim and cue text the source's characters there (so a text always equals the file at its
 * offsets, markup inside it included). A claim whose content starts in a table is left out: a table's cells are data
 * (a column of quotes would take its speaker from the prose after the table, not from its row).
 */
export function inSource<A extends Partial<Analysis>>(source: string, prose: Prose, analysis: A): A {
  const at = (s: Span): Span => ({ start: prose.toSource[s.start], end: s.end > s.start ? prose.toSourceEnd[s.end - 1] : prose.toSource[s.start] });
  const out: { -readonly [K in keyof Analysis]?: Analysis[K] } = { ...analysis };
  if (analysis.entities) {
    out.entities = analysis.entities.map((e): Entity => {
      const s = at(e);
      return { ...e, ...s, text: source.slice(s.start, s.end) };
    });
  }
  if (analysis.claims) {
    const inTable = (c: Claim): boolean => prose.tables.some((t) => t.start <= prose.toSource[c.start] && prose.toSource[c.start] < t.end);
    out.claims = analysis.claims.filter((c) => !inTable(c)).map((c): Claim => {
      const s = at(c);
      const cue = c.cue && at(c.cue);
      return { ...c, ...s, text: source.slice(s.start, s.end), cue: cue && { ...cue, text: source.slice(cue.start, cue.end) },
        speakerSpan: c.speakerSpan && at(c.speakerSpan) };
    });
  }
  return out as A;
}
