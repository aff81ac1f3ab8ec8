// Generic nouns that take only an organisation named like one: "the newspaper" a name like "The Washington Post",
// "the commission" a Commission or Committee. Salience alone took whatever organisation was last named (the NSA, the
// Electoral College, a party before "the election commission").
import { lastMentionBefore } from './salience';
import type { ActorGrouping } from './types';

const BOARD_NAME_RE = /\b(?:Commission|Committee|Council|Board|Panel|Authority)\b/;
const NEWSPAPER_NAME_RE = /\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Daily|Observer|Guardian|Telegraph|Chronicle|Globe|Sun|Press|Inquirer|Examiner|Dispatch|Courier|Register|Star|Mail|Express|Independent)\b/;

/** A business, by what it is not: "the company said" is no regulator, ministry or court named after it ("Acme Corp said …
 * The U.S. Securities and Exchange Commission opened a probe. The company said …"). */
const BUSINESS_NAME_RE = /^(?!.*\b(?:Commission|Committee|Council|Ministry|Department|Agency|Court|Tribunal|Administration|Authority|Bureau|Office|Parliament|Congress|Senate|Assembly|Police|Army|Party|University|Association|Federation|Board|Reserve|Institute|Foundation|Government|Nations|Unions?|Labou?r)\b)/;

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
  // "according to the union" is a union of workers, not the company the story is about ("Patriot").
  ['union', /\b(?:Unions?|Teamsters|Federation|Confederation|Guild|Brotherhood|Association|Alliance|AFL-CIO|UAW|SEIU|AFSCME)\b|workers\b/i],
  // "the institute" a research institute or institution, not whichever organisation was named last.
  ['institute', /\b(?:Institute|Institution)\b/],
  // "the airline said" after "with EgyptAir": no other company named last ("Facebook").
  ['airline', /Air|Aero|Jet|\bAviation\b/],
  // "the election commission" is no party named last ("Tomorrow ( Ghad ) Party").
  ['commission', BOARD_NAME_RE],
  ['committee', BOARD_NAME_RE],
  ['council', BOARD_NAME_RE],
  // "the weather service" is a Service ("National Weather Service"), a forecaster a weather agency.
  ['service', /\bService\b/],
  ['forecaster', /Weather|Meteorolog|Met Office|Hurricane Center/],
  ...['company', 'firm', 'carmaker', 'automaker', 'retailer', 'insurer', 'chipmaker', 'lender', 'manufacturer', 'conglomerate',
    'studio'].map((n): [string, RegExp] => [n, BUSINESS_NAME_RE]),
  // Each by its own name: "the center" a Center, "the university" a University or College.
  ['center', /\b(?:Center|Centre)\b/],
  ['centre', /\b(?:Center|Centre)\b/],
  ['association', /\bAssociation\b/],
  ['foundation', /\bFoundation\b/],
  ['university', /\b(?:University|College)\b/],
  ['hospital', /\b(?:Hospital|Medical Center|Clinic|Infirmary)\b/],
  ['authority', /\bAuthority\b/],
  // "according to the force" after West Yorkshire Police: a police force, not whichever body was named last.
  ['force', /\b(?:Police|Constabulary|Gardaí|Garda)\b/],
  // "the fund" after the International Monetary Fund (or "the IMF"), not the country it lends to.
  ['fund', /\bFund\b|^IMF$/],
  ['bureau', /\bBureau\b/],
  ['division', /\bDivision\b/],
  ['trust', /\bTrust\b/],
  ['federation', /\bFederation\b/],
  ['chamber', /\bChamber\b/],
  ['district', /\bDistrict\b/],
  ['club', /\b(?:Club|FC|United|City)\b/],
  ['church', /\b(?:Church|Cathedral|Diocese|Parish)\b/],
  ['league', /\bLeague\b/],
  ['diocese', /\bDiocese\b/],
  ['museum', /\b(?:Museum|Museo|Musée)\b/],
  ['gallery', /\bGallery\b/],
  ['collection', /\bCollection\b/],
  ['synod', /\bSynod\b/],
]);

/** "the central bank" is a central bank ("Central Bank of Kenya", "the Federal Reserve"), not a news agency named last;
 * "the bank" alone may be any company ("Wells Fargo … The bank said"). */
const CENTRAL_BANK_RE = /\b(?:Bank|Reserve|Fed|Bundesbank|Banque|Banco)\b/;
const CENTRAL_RE = /\bcentral\s+bank$/i;

/** The pattern an organisation's name must match for `noun` (last word of the description `raw`) to stand for it, or
 * undefined for any organisation. */
export function namedLike(noun: string, raw: string): RegExp | undefined {
  if (noun === 'bank' && CENTRAL_RE.test(raw)) return CENTRAL_BANK_RE;
  return NAMED_LIKE.get(noun);
}

/** Bodies an article seldom names two of: "the ministry", not "the newspaper" (a paper quoting another). */
const UNIQUE_BODIES = new Set(['ministry', 'department', 'office', 'court', 'institute', 'union', 'service', 'forecaster']);

/** How far back (in mentions) an article reaches: a long text of many stories is not one article. */
const ARTICLE_MENTIONS = 1500;

/**
 * "… according to the territory's Health Ministry. … The ministry, which is part of the Hamas-run government, has
 * said …": beyond salience's window, the one organisation named before `pos` that `accept`s (named like the noun), or
 * null when there are none or several within ARTICLE_MENTIONS mentions.
 */
export function onlyNamedBefore(g: ActorGrouping, noun: string, pos: number, accept: (a: number) => boolean): number | null {
  if (!UNIQUE_BODIES.has(noun)) return null;
  let only = -1;
  const last = lastMentionBefore(g.mentions, pos);
  for (let k = last; k >= 0 && last - k < ARTICLE_MENTIONS; k--) {
    const a = g.mentions.actor[k];
    if (a === only || !accept(a)) continue;
    if (only >= 0) return null;
    only = a;
  }
  return only >= 0 ? only : null;
}

/** Nouns for a business, which an article about one company calls it again and again. */
const BUSINESS_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'retailer', 'insurer', 'chipmaker', 'lender',
  'manufacturer', 'conglomerate', 'group']);

/**
 * "Kaizora Motors will cut 4,000 jobs … (four paragraphs on) … according to the company": beyond salience's window, the
 * business named before `pos` (by mentions `mention` keeps) at least twice and more than twice as often as any other
 * `accept`ed one, or null.
 */
export function dominantNamedBefore(g: ActorGrouping, noun: string, pos: number, accept: (a: number) => boolean,
  mention: (k: number) => boolean): number | null {
  if (!BUSINESS_NOUNS.has(noun)) return null;
  const counts = new Map<number, number>();
  const last = lastMentionBefore(g.mentions, pos);
  for (let k = last; k >= 0 && last - k < ARTICLE_MENTIONS; k--) {
    const a = g.mentions.actor[k];
    if (accept(a) && mention(k)) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  let best = -1;
  let first = 0;
  let second = 0;
  for (const [a, n] of counts) {
    if (n > first) { second = first; first = n; best = a; } else if (n > second) second = n;
  }
  return first >= 2 && first > 2 * second ? best : null;
}

/**
 * Salience bonus of organisation `a` for "the <noun>": named with the noun ("the Labor Department" for "the
 * department"), and named often — "the company" is likelier the one the article keeps naming ("Exxon Mobil … the New
 * York attorney general … the company wrote").
 */
export function genericNounBonus(g: ActorGrouping, noun: string, a: number): number {
  return (g.formKeys[a][0].split(' ').includes(noun) ? 1.5 : 0) + Math.min(1.5, g.actors[a].mentions / 5);
}

/** How many mentions back describedBefore looks for a descriptor. */
const DESCRIPTOR_REACH = 400;

/**
 * "Business association Concordia welcomed … The association said": whether a mention of actor `a` before `pos` comes
 * right after `noun` as its descriptor (lower-case, as a descriptor is written), for a body not named like one.
 */
export function describedBefore(g: ActorGrouping, text: string, a: number, noun: string, pos: number): boolean {
  const last = lastMentionBefore(g.mentions, pos);
  for (let k = last; k >= 0 && last - k < DESCRIPTOR_REACH; k--) {
    if (g.mentions.actor[k] !== a) continue;
    const at = g.mentions.start[k];
    const before = text.slice(Math.max(0, at - noun.length - 2), at);
    if (before.endsWith(`${noun} `)) return true;
  }
  return false;
}
