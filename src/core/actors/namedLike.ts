// Generic nouns that take only an organisation named like one: "the newspaper" a name like "The Washington Post",
// "the commission" a Commission or Committee. Salience alone took whatever organisation was last named (the NSA, the
// Electoral College, a party before "the election commission").

const BOARD_NAME_RE = /\b(?:Commission|Committee|Council|Board|Panel|Authority)\b/;
const NEWSPAPER_NAME_RE = /\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Daily|Observer|Guardian|Telegraph|Chronicle|Globe|Sun|Press|Inquirer|Examiner|Dispatch|Courier|Register|Star|Mail|Express|Independent)\b/;

const NAMED_LIKE: ReadonlyMap<string, RegExp> = new Map([
  ['newspaper', NEWSPAPER_NAME_RE],
  ['paper', NEWSPAPER_NAME_RE],
  // "The party" is no news agency or country named last ("The party … AP", "the president's party").
  ['party', /\b(?:Party|GOP|DNC|RNC|Democrats|Republicans|Labour|Likud|Congress|League|Front)\b/],
  ['court', /\b(?:Court|Tribunal)\b/],
  // "A ministry statement", "The health ministry", "the city's finance office": a ministry, department or office, not
  // the organisation named last ("H.I.V.", "National Assembly", a teachers' union).
  ['ministry', /\b(?:Ministry|Department)\b/],
  ['department', /\b(?:Ministry|Department)\b/],
  ['office', /\b(?:Office|Ministry|Department|Bureau)\b/],
  // "the election commission" is no party named last ("Tomorrow ( Ghad ) Party").
  // "according to the union" is a union of workers, not the company the story is about ("Patriot").
  ['union', /\b(?:Unions?|Teamsters|Federation|Guild|Brotherhood|AFL-CIO|UAW|SEIU|AFSCME)\b|workers\b/i],
  // "the institute" a research institute or institution, not whichever organisation was named last.
  ['institute', /\b(?:Institute|Institution)\b/],
  ['commission', BOARD_NAME_RE],
  ['committee', BOARD_NAME_RE],
  ['council', BOARD_NAME_RE],
]);

/** The pattern an organisation's name must match for `noun` to stand for it, or undefined for any organisation. */
export function namedLike(noun: string): RegExp | undefined {
  return NAMED_LIKE.get(noun);
}
