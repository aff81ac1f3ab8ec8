// How a speaker mention refers to its actor, for the resolver in src/core/actors: a pronoun ("he", "who"),
// a description ("the top Iranian diplomat", "officials") or a name ("Amir-Abdollahian", "Iran’s IRGC").
import type { SpeakerMentionKind } from './types';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'him', 'them', 'us', 'me', 'one', 'whom']);
const DESCRIPTION_START = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'some', 'many',
  'most', 'several', 'both', 'each', 'every', 'other', 'two', 'three', 'four', 'five', 'few', 'one']);
const TITLES = /^(mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|minister|secretary|chairman|chairwoman|governor|judge|general|prime|foreign|vice|former|pope|king|queen|prince|sheikh|ayatollah|speaker|mayor)\.?$/i;

/** Classifies the text of a speaker mention span. */
export function speakerMentionKind(mention: string): SpeakerMentionKind {
  const words = mention.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 'description';
  const first = words[0].toLowerCase().replace(/[’']s$/, '');
  if (words.length === 1 && PRONOUNS.has(first)) return 'pronoun';
  if (DESCRIPTION_START.has(first)) return 'description';
  // A name has a capitalised word that is not a title: "Hussein Amir-Abdollahian", "al-Araji", "Sen. Graham".
  const head = words.filter((w) => !TITLES.test(w));
  if (head.some((w) => /^(\p{Lu}|al-|el-|de-|van-|von-)/u.test(w))) return 'name';
  return 'description';
}
