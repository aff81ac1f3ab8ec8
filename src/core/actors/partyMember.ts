// "The Wisconsin Republican said", "The Christian Democrat said", "The Green politician told reporters": one member of
// a party, as US and European news name a politician just named ("Opposition leader Friedrich Merz accused … The
// Christian Democrat said"). Not the party itself, which such a span had become or left unresolved.

/** "The [State] Republican [senator]": a determiner, up to two capitalised place words, a party member's noun. */
const PARTY_MEMBER_RE = /^[Tt]he\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}?(?:Republican|Democrat|Independent|Christian Democrat|Social Democrat|Free Democrat|Green|Conservative|Labour|Liberal Democrat|Tory|Socialist)(?:\s+(?:politician|lawmaker|legislator|senator|congressman|congresswoman|leader|candidate|governor|mayor|firebrand|veteran))?$/u;

/** Whether a speaker span names one member of a party, to be resolved as the person just named. */
export function namesPartyMember(raw: string): boolean {
  // Most spans are no "The …" at all: two character tests before the pattern (it runs for every speaker span).
  if (raw.length < 7 || raw.length >= 60 || (raw.charCodeAt(0) | 32) !== 116 || raw.charCodeAt(3) !== 32) return false;
  return PARTY_MEMBER_RE.test(raw);
}
