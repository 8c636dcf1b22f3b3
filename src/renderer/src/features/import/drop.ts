/**
 * A spreadsheet dropped anywhere on the window opens the import wizard with it. The drop is
 * held here until the wizard takes it, so it survives the page change; without this handler
 * the browser (or Electron's window) would navigate away to show the dropped file.
 */
import { useEffect } from 'react'
import { navigate } from '../../app/useHashRoute'

let pending: File | null = null
const listeners = new Set<() => void>()

/** The file dropped since the last call, once. */
export function takeDroppedFile(): File | null {
  const f = pending
  pending = null
  return f
}

/** Called when a file is dropped; the wizard listens while it is open. */
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
      const file = e.dataTransfer?.files[0]
      if (!file) return
      pending = file
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
