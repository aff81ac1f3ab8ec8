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
  copyClaimsReport: 'newsAnnotator.copyClaimsReport',
  revealRange: '_newsAnnotator.revealRange',
  tagClaim: 'newsAnnotator.tagClaim',
  setClaimStatus: 'newsAnnotator.setClaimStatus',
  editClaim: 'newsAnnotator.editClaim',
  setCoSpeakers: 'newsAnnotator.setCoSpeakers',
  deleteClaim: 'newsAnnotator.deleteClaim',
  addEntity: 'newsAnnotator.addEntity',
  retypeEntity: 'newsAnnotator.retypeEntity',
  rejectEntity: 'newsAnnotator.rejectEntity',
  renameActor: 'newsAnnotator.renameActor',
  setWikidataId: 'newsAnnotator.setWikidataId',
  mergeActors: 'newsAnnotator.mergeActors',
  splitActor: 'newsAnnotator.splitActor',
  undoAnnotation: 'newsAnnotator.undoAnnotation',
  redoAnnotation: 'newsAnnotator.redoAnnotation',
  saveAnnotations: 'newsAnnotator.saveAnnotations',
  moveBrokenAside: 'newsAnnotator.moveBrokenAnnotationFileAside',
  setBadRecordsAside: 'newsAnnotator.setBadRecordsAside',
  reattachOrphan: 'newsAnnotator.reattachOrphan',
  deleteOrphan: 'newsAnnotator.deleteOrphan',
  forgetArticleTexts: 'newsAnnotator.forgetArticleTexts',
} as const;

export type CommandIdValue = (typeof CommandId)[keyof typeof CommandId];

export const TRUSTED_HOVER_COMMANDS: readonly CommandIdValue[] = [
  CommandId.revealInSidebar,
  CommandId.nextMention,
  CommandId.goToActor,
  CommandId.setClaimStatus,
  CommandId.editClaim,
];
