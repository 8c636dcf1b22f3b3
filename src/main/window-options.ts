/**
 * The main window's web preferences, kept apart from the electron import so tests can assert
 * them under plain Node: the page is sandboxed, isolated from the preload, and has no Node.
 */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // A middle click would open a link in a new window (denied anyway by setWindowOpenHandler).
    disableBlinkFeatures: 'Auxclick',
  } as const
}
