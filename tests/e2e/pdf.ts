/**
 * A report's print page turned into a PDF the way the app does it (the same PDF_OPTIONS as
 * Electron's printToPDF), then read back with poppler: page size, pages of text, fonts, and
 * the first page as a PNG under test-results/screenshots for a person to look at.
 */
import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PDF_OPTIONS, REPORT_READY_ATTR } from '../../src/shared/reports/params'
import { expect, SCREENSHOTS, type LedgerApp } from './fixtures'

export interface PdfDoc {
  file: string
  /** Width and height in points. */
  size: [number, number]
  /** Text of each page (pdftotext -layout). */
  pages: string[]
  fonts: { name: string; embedded: boolean }[]
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

/** Opens the print route of a report (`/print/...`) and waits for its sheets to be laid out. */
export async function openReport(app: LedgerApp, route: string): Promise<void> {
  // From a blank page: a second report in the same tab would otherwise be only a change of fragment.
  await app.page.goto('about:blank')
  await app.page.goto(app.bridge.url.replace('#', `#${route}&`))
  await expect(app.page.locator(`html[${REPORT_READY_ATTR}]`)).toBeAttached({ timeout: 60_000 })
}

export async function reportPdf(app: LedgerApp, route: string, name: string): Promise<PdfDoc> {
  await openReport(app, route)
  return savePdf(app.page, name)
}

export async function savePdf(page: Page, name: string): Promise<PdfDoc> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const file = join(SCREENSHOTS, `report-${name}.pdf`)
  await page.pdf({ path: file, ...PDF_OPTIONS, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
  const info = run('pdfinfo', [file])
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info)
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  const text = run('pdftotext', ['-layout', file, '-'])
  const pages = text.split('\f').slice(0, count)
  const fonts = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/)
      // name type [encoding...] emb sub uni object ID: emb is the 5th field from the end.
      return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' }
    })
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(SCREENSHOTS, `report-${name}`)])
  return { file, size: m ? [Number(m[1]), Number(m[2])] : [0, 0], pages, fonts }
}

export const A4 = { portrait: [595.28, 841.89], landscape: [841.89, 595.28] } as const

/** 2025年1月5日, today on the office's clock (the tests' browser runs in Asia/Shanghai). */
export function cnToday(): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date())
    .split('-')
    .map(Number)
  return `${y}年${m}月${d}日`
}

/** Every sheet has the header (街道名称, title, date) and 第 N 页 共 M 页; the size is A4 the right way up. */
export function expectSheets(doc: PdfDoc, o: { title: string; subdistrict?: string; orientation: keyof typeof A4 }) {
  // Within half a point (Chromium's 1/300 inch grid), and poppler itself names the size A4.
  expect(Math.abs(doc.size[0] - A4[o.orientation][0]), `width ${doc.size[0]} pt`).toBeLessThan(0.5)
  expect(Math.abs(doc.size[1] - A4[o.orientation][1]), `height ${doc.size[1]} pt`).toBeLessThan(0.5)
  expect(doc.pages.length).toBeGreaterThan(0)
  doc.pages.forEach((text, i) => {
    expect(text, `page ${i + 1} header`).toContain(o.subdistrict ?? '四平路街道')
    expect(text, `page ${i + 1} header`).toContain(o.title)
    expect(text, `page ${i + 1} header`).toMatch(new RegExp(`制表日期:\\s*${cnToday()}`))
    expect(text, `page ${i + 1} footer`).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${doc.pages.length}\\s*页`))
  })
  // Noto Sans SC from resources/fonts, embedded; nothing fell back to a font of this machine.
  expect(doc.fonts.length).toBeGreaterThan(0)
  for (const f of doc.fonts) {
    expect(f.name, 'every font is Noto Sans SC').toMatch(/NotoSansSC/)
    expect(f.embedded, `${f.name} is embedded`).toBe(true)
  }
}

/** 'label   value' on one line of the text, as the figures table prints it. */
export function expectFigure(doc: PdfDoc, label: string, value: string) {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  expect(doc.pages.join('\n'), `${label} ${value}`).toMatch(new RegExp(`${esc(label)}\\s+${esc(value)}`))
}
