import { pathToFileURL } from 'node:url'

/**
 * Which page may call the API: the app's own renderer (its index.html on disk, or the dev
 * server during `npm run dev`) and nothing else, not even another file:// page.
 */
export function isTrustedRendererUrl(url: string, rendererFile: string, devServerUrl?: string): boolean {
  if (!url) return false
  try {
    const u = new URL(url)
    if (devServerUrl) {
      const dev = new URL(devServerUrl)
      if (u.origin === dev.origin) return true
    }
    return u.protocol === 'file:' && u.pathname === pathToFileURL(rendererFile).pathname
  } catch {
    return false
  }
}
