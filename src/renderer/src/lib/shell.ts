/**
 * The desktop shell's own file paths (src/shared/ipc/shell.ts): in Electron, main asks where
 * with the system dialog and writes the file itself, so large files (a backup, a big export)
 * never pass through the page. In a browser (the loopback bridge) these are absent and the
 * callers keep the download and the upload.
 */
import type { UploadedFile } from '../../../shared/ipc/files'
import type { OpenKind, SaveAnswer, SaveRequest } from '../../../shared/ipc/shell'
import { ApiError } from '../api'

export const inShell = (): boolean => typeof window.bizledger?.saveFile === 'function'

/** Saves through the system dialog; `saved: false` when the user closed it. */
export async function saveInShell(req: SaveRequest): Promise<SaveAnswer> {
  const r = await window.bizledger!.saveFile!(req)
  if (!r.ok) throw new ApiError(r.error)
  return r.value
}

/** Picks a file with the system open dialog; main takes it in as an upload. Null when cancelled. */
export async function openInShell(kind: OpenKind): Promise<UploadedFile | null> {
  const r = await window.bizledger!.openFile!(kind)
  if (!r.ok) throw new ApiError(r.error)
  return r.value
}
