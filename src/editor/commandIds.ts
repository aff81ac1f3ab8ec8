/** Every command id we contribute; hovers may only link to ids listed in TRUSTED_HOVER_COMMANDS. */
export const CommandId = {
  showAnalysisSummary: 'newsAnnotator.showAnalysisSummary',
  toggleAnnotation: 'newsAnnotator.toggleAnnotation',
  nextMention: 'newsAnnotator.nextMention',
  previousMention: 'newsAnnotator.previousMention',
  goToActor: 'newsAnnotator.goToActor',
  revealInSidebar: 'newsAnnotator.revealInSidebar',
  showSidebar: 'newsAnnotator.showSidebar',
  claimsGroupByStatus: 'newsAnnotator.claimsGroupByStatus',
  claimsGroupBySpeaker: 'newsAnnotator.claimsGroupBySpeaker',
  revealRange: '_newsAnnotator.revealRange',
} as const;

export type CommandIdValue = (typeof CommandId)[keyof typeof CommandId];

export const TRUSTED_HOVER_COMMANDS: readonly CommandIdValue[] = [
  CommandId.revealInSidebar,
  CommandId.nextMention,
  CommandId.goToActor,
];
