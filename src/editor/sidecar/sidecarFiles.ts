import * as vscode from 'vscode';
import type { FileStamp, SaveOutcome } from '../../storage/atomicFile';
import { atomicSave, readWithStamp, SaveError } from '../../storage/atomicFile';

/** What was read: the bytes and, on local disk, the stamp used for compare-before-replace. */
export interface SidecarRead { readonly bytes: Uint8Array; readonly stamp?: FileStamp }

/**
 * Reading and writing a sidecar. Local files go through the atomic, locked, compare-before-replace path
 * (workspace.fs has no atomic replace); other file systems (remote, virtual) use workspace.fs.
 */
export async function readSidecar(uri: vscode.Uri): Promise<SidecarRead | undefined> {
  if (uri.scheme === 'file') return readWithStamp(uri.fsPath);
  try {
    return { bytes: await vscode.workspace.fs.readFile(uri) };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

export async function writeSidecar(uri: vscode.Uri, content: string, expected: FileStamp | null | undefined, verify: (bytes: Uint8Array) => void): Promise<SaveOutcome> {
  if (uri.scheme === 'file') return atomicSave(uri.fsPath, content, { expected, verify });
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  } catch (e) {
    throw new SaveError(e instanceof vscode.FileSystemError && e.code === 'NoPermissions' ? 'permission' : 'io', e instanceof Error ? e.message : String(e), e);
  }
  return { status: 'saved', stamp: { size: content.length, mtimeMs: Date.now(), sha256: '' } };
}

const SIDECAR_SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

/** The sidecar next to an article: `story.txt` → `story.txt.annotations.json`, paired by file name only. */
export function sidecarUriFor(article: vscode.Uri): vscode.Uri | undefined {
  // Real files only (local, remote, virtual workspaces): not untitled buffers, git diffs or other views of a file.
  if (!SIDECAR_SCHEMES.has(article.scheme)) return undefined;
  const name = article.path.slice(article.path.lastIndexOf('/') + 1);
  if (!name) return undefined;
  return article.with({ path: `${article.path}.annotations.json` });
}
