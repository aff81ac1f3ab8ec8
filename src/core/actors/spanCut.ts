// Where a speaker span's own words end, when what follows them in the span names no speaker: who passed the words on
// ("documents obtained by the Herald"), or a relative clause on a description ("The 34-year-old actress, who plays
// barmaid Shannon Price,": the character she plays does not speak).

/**
 * "documents obtained by the Herald", "a memo viewed by The Verge", "The complaint, filed in U.S. District Court," (the
 * court it was filed in), "Residents contacted by AFP", "A statement …, received
 * by the Iraqi News Agency (INA),": who passed the words
 * on or asked for them, not who said them. Not "released by" or "written by" (documentAuthor.ts: the author).
 */
const CONDUIT_RE = /,?\s+(?:(?:obtained|seen|viewed|reviewed|received|contacted|interviewed|reached|quoted|cited|shared|provided|leaked|given|shown)\s+(?:by|to|with)|(?:filed|lodged|submitted)\s+(?:in|with|at|to|before))\s+\S/u;

/** A description's relative clause: "The actress, who plays …", "the retiree, whose …". */
const DESCRIPTION_RELATIVE_RE = /^(?:[Tt]he|[Aa]n?)\s[^,]*?(?=,\s+(?:who|whose|whom)\s)/u;

/** Where the span's text stops naming its speaker (CONDUIT_RE, or before a description's relative clause), or -1. */
export function speakerWordsEnd(raw: string): number {
  const m = CONDUIT_RE.exec(raw);
  if (m) return m.index;
  const d = DESCRIPTION_RELATIVE_RE.exec(raw);
  return d ? d[0].length : -1;
}
