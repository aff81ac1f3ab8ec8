// Actors: grouping entity mentions into actors, and resolving who speaks each claim.
export { groupActors } from './group';
export { resolveSpeakers } from './resolve';
export type { ActorGrouping, ActorMention, ActorProfile, MentionPosition } from './types';
export { lookupCountry } from './countries';
export type { Country, CountryHit } from './countries';
export { searchActors } from './search';
export type { ActorMatch } from './search';
