import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import { OrphanDiagnostics } from '../views/orphanDiagnostics';
import { mergeActorsCommand, renameActorCommand, setWikidataIdCommand, splitActorCommand } from './actorCommands';
import { deleteClaimCommand, editClaimCommand, setClaimStatusCommand, setCoSpeakersCommand, tagClaimCommand } from './claimCommands';
import { OrphanQuickFixes } from './orphanQuickFixes';
import { copyClaimsReportCommand } from './reportCommand';
import { addEntityCommand, rejectEntityCommand, retypeEntityCommand } from './entityCommands';
import {
  deleteOrphanCommand, moveBrokenAsideCommand, reattachOrphanCommand, redoAnnotationCommand, saveAnnotationsCommand, setBadRecordsAsideCommand,
  undoAnnotationCommand,
} from './sidecarCommands';

/** Tagging and correcting commands, orphan diagnostics and quick fixes, and the watcher that merges sidecars changed on disk. */
export function registerAnnotationCommands(context: vscode.ExtensionContext, registry: ArticleRegistry, selector: vscode.DocumentSelector): void {
  const handlers: [string, (arg?: unknown) => unknown][] = [
    [CommandId.tagClaim, (a) => tagClaimCommand(registry, a)],
    [CommandId.setClaimStatus, (a) => setClaimStatusCommand(registry, a)],
    [CommandId.editClaim, (a) => editClaimCommand(registry, a)],
    [CommandId.setCoSpeakers, (a) => setCoSpeakersCommand(registry, a)],
    [CommandId.deleteClaim, (a) => deleteClaimCommand(registry, a)],
    [CommandId.copyClaimsReport, () => copyClaimsReportCommand(registry)],
    [CommandId.addEntity, (a) => addEntityCommand(registry, a)],
    [CommandId.retypeEntity, (a) => retypeEntityCommand(registry, a)],
    [CommandId.rejectEntity, (a) => rejectEntityCommand(registry, a)],
    [CommandId.renameActor, (a) => renameActorCommand(registry, a)],
    [CommandId.setWikidataId, (a) => setWikidataIdCommand(registry, a)],
    [CommandId.mergeActors, (a) => mergeActorsCommand(registry, a)],
    [CommandId.splitActor, (a) => splitActorCommand(registry, a)],
    [CommandId.undoAnnotation, () => undoAnnotationCommand(registry)],
    [CommandId.redoAnnotation, () => redoAnnotationCommand(registry)],
    [CommandId.saveAnnotations, () => saveAnnotationsCommand(registry)],
    [CommandId.moveBrokenAside, (a) => moveBrokenAsideCommand(registry, a)],
    [CommandId.setBadRecordsAside, (a) => setBadRecordsAsideCommand(registry, a)],
    [CommandId.reattachOrphan, (a) => reattachOrphanCommand(registry, a)],
    [CommandId.deleteOrphan, (a) => deleteOrphanCommand(registry, a)],
  ];
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
  const reload = (uri: vscode.Uri): void => { void registry.bySidecar(uri)?.session?.reload(); };
  context.subscriptions.push(
    ...handlers.map(([id, run]) => vscode.commands.registerCommand(id, run)),
    new OrphanDiagnostics(registry),
    vscode.languages.registerCodeActionsProvider(selector, new OrphanQuickFixes(registry), OrphanQuickFixes.metadata),
    watcher,
    watcher.onDidChange(reload),
    watcher.onDidCreate(reload),
    watcher.onDidDelete(reload),
  );
}
