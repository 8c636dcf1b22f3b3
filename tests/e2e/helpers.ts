/** Shared steps for the e2e specs: finding records to work on and reading the screen. */
import type { Page } from '@playwright/test'
import type { Enterprise } from '../../src/shared/domain'
import type { Backend } from '../../src/main/app/backend'
import { expect } from './fixtures'

export function enterprises(backend: Backend): Enterprise[] {
  return backend.ledgers.enterprise.list() as unknown as Enterprise[]
}

export function enterprise(backend: Backend, id: number): Enterprise | undefined {
  return backend.ledgers.enterprise.find(id) as unknown as Enterprise | undefined
}

/**
 * A part of a firm's name that no other firm's name contains: the core between 上海 and the
 * legal-form suffix, which is what a user actually types.
 */
export function uniqueNamePart(all: Enterprise[], firm: Enterprise): string | null {
  const core = firm.name.replace(/^上海(市)?/, '').replace(/(集团)?(股份)?有限(责任)?公司$/, '')
  for (let len = 4; len <= core.length; len++) {
    for (let i = 0; i + len <= core.length; i++) {
      const part = core.slice(i, i + len)
      if (all.filter((e) => e.name.includes(part)).length === 1) return part
    }
  }
  return null
}

/** Firms the quick search can single out, so each test works on a row it can see. */
export function findableFirms(backend: Backend, where: (e: Enterprise) => boolean = () => true) {
  const all = enterprises(backend)
  const out: { firm: Enterprise; part: string }[] = []
  for (const firm of all) {
    if (!where(firm)) continue
    const part = uniqueNamePart(all, firm)
    if (part) out.push({ firm, part })
    if (out.length >= 5) break
  }
  return out
}

export async function quickSearch(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('quick-search')
  await box.fill(text)
  await expect(page.getByTestId('row-count')).toContainText('显示')
}

/** The firm count in the status bar: '企业 3,100 家'. */
export async function statusBarFirms(page: Page): Promise<number> {
  const text = (await page.getByTestId('status-bar').textContent()) ?? ''
  const m = /企业 ([\d,]+) 家/.exec(text)
  if (!m) throw new Error(`status bar has no firm count: ${text}`)
  return Number(m[1].replace(/,/g, ''))
}

/** The antd message toasts currently shown. */
export function toasts(page: Page) {
  return page.locator('.ant-message-notice')
}
