/**
 * Files leave the app as a download: main builds the bytes (an .xlsx, a .csv, a PDF) and
 * returns them as base64; the page hands them to the browser's download. In Electron the
 * download asks where to save with the system dialog; in a browser it goes where downloads go.
 * The page never names a path on disk.
 */
export function saveBytes(fileName: string, bytes: BlobPart, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A file main returned as `{ fileName, base64 }`. */
export function saveBase64(file: { fileName: string; base64: string }, type?: string): void {
  const raw = atob(file.base64)
  const bytes = new Uint8Array(raw.length)
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i)
  saveBytes(file.fileName, bytes, type ?? mimeOf(file.fileName))
}

function mimeOf(name: string): string {
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  if (name.endsWith('.csv')) return 'text/csv'
  if (name.endsWith('.pdf')) return 'application/pdf'
  if (name.endsWith('.png')) return 'image/png'
  return 'application/octet-stream'
}
