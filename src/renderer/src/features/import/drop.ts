/**
 * A spreadsheet dropped anywhere on the window opens the import wizard with it. The drop is
 * held here until the wizard takes it, so it survives the page change; without this handler
 * the browser (or Electron's window) would navigate away to show the dropped file.
 */
import { useEffect } from 'react'
import { navigate } from '../../app/useHashRoute'

let pending: File[] = []
const listeners = new Set<() => void>()

/** The files dropped since the last call, once (several dropped together: each its own import). */
export function takeDroppedFiles(): File[] {
  const f = pending
  pending = []
  return f
}

/** Called when files are dropped; the wizard listens while it is open. */
export function onFileDropped(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false

/** Mounted once by the shell. */
export function useWindowFileDrop(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      const files = Array.from(e.dataTransfer?.files ?? [])
      if (files.length === 0) return
      pending = files
      if (listeners.size > 0) for (const l of listeners) l()
      else navigate('import')
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])
}
