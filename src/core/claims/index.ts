// Claims: quotes and reported speech with cue and speaker mention (see DESIGN "Claims").
export { extractClaims } from './extract';
export type { ExtractOptions } from './extract';
export { speakerMentionKind } from './kind';
export type { ClaimCandidate, SpeakerMentionKind } from './types';
