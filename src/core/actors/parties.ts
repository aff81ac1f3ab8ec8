// Political parties that news names in several forms: "the Democratic Party", "Democrats", "a Democratic senator",
// "the GOP", "the Tories". Like a demonym and its country ("Iranian" → Iran), every form is one actor, named by the
// party's name. Only parties whose short forms are unambiguous in English news; a party named in one form only
// ("Likud") needs no entry. Committees (DNC, RNC) are organisations of their own.
import { fold, stripPossessive } from './fold';

/** Party name | other names of the party itself | names of its people ("Democrats", "a Republican senator"), folded. */
const PARTY_TABLE = `Democratic Party|dems,democrat party,democratic party of the united states|democrats,democrat,democratic
Republican Party|gop,grand old party,republican party of the united states|republicans,republican
Conservative Party|conservative and unionist party|tories,tory
Labour Party|labour|
Liberal Democrats|lib dems,lib dem party|liberal democrat,lib dem`;

interface PartyForm {
  readonly party: string;
  /** A name of its people or their adjective, which the text uses as a people's name is used ("Republican voters"). */
  readonly people: boolean;
}

let index: Map<string, PartyForm> | undefined;

function build(): Map<string, PartyForm> {
  const map = new Map<string, PartyForm>();
  for (const line of PARTY_TABLE.split('\n')) {
    const [party, names, people] = line.split('|');
    map.set(fold(party), { party, people: false });
    for (const f of names.split(',')) if (f) map.set(f, { party, people: false });
    for (const f of people.split(',')) if (f) map.set(f, { party, people: true });
  }
  return map;
}

/** The party a name of an organisation or group is a form of ("Democrats" → "Democratic Party"), or undefined. */
export function partyOf(text: string): string | undefined {
  index ??= build();
  return index.get(fold(text))?.party;
}

/** The party name of a key parseName gave a party's form ("democratic party" → "Democratic Party"), or undefined. */
export function partyNamed(key: string): string | undefined {
  index ??= build();
  const form = index.get(key);
  return form !== undefined && fold(form.party) === key ? form.party : undefined;
}

/** Whether a mention's text names a party's people ("Republicans", "Democratic"), not the party ("the GOP"). */
export function namesPartyPeople(text: string): boolean {
  index ??= build();
  return index.get(fold(stripPossessive(text)))?.people === true;
}
