/**
 * What a ledger page is made of, declared once per ledger (features/<entity>/ledger.ts) and
 * turned by the generic machinery into grid columns, form items, bulk-edit choices and views.
 */
import type { App } from 'antd'
import type { z } from 'zod'
import type { LayoutName } from '../../../../shared/ipc/channels/export'
import type { LEDGER_NAMES, ViewState } from '../../../../shared/ipc/channels/views'
import type { FieldKind } from '../../lib/convert'
import type { References, RefSource } from './references'
import type { Rules } from './validate'

export type LedgerName = (typeof LEDGER_NAMES)[number]

/** A record as the grid holds it. */
export type Row = { id: number } & Record<string, unknown>

/** One value of a list: an enum word, a flag, a dictionary kind. */
export interface Choice {
  value: string | number | boolean | null
  label: string
}

export interface ColumnOptions {
  width?: number
  minWidth?: number
  flex?: number
  pinned?: 'left'
  /** Hidden until the user shows it with the column chooser. */
  hide?: boolean
  /** How the cell reads when the value alone does not say it (a capital in 美元). */
  valueFormatter?: (p: { value: unknown; data?: Row }) => string
}

export interface FieldSpec {
  /** A key of the ledger's schema (what create and update take), or of the record for read-only columns. */
  key: string
  label: string
  kind: FieldKind
  /** enum and tags: the words allowed. */
  choices?: readonly Choice[]
  /** ref and refs: the ledger the choices come from. */
  source?: RefSource
  /**
   * ref and enterprise: the record field holding the linked record's name. The grid column is
   * that field (shown, sorted and filtered by name on the server); an edit patches `key`.
   */
  nameKey?: string
  /** Shown, never edited: counts, names joined from elsewhere. */
  readOnly?: boolean
  /** Grid column options, or false for a form-only field (a list of ids). */
  column?: ColumnOptions | false
  /** Form layout (24 columns to a row), or false for a grid-only field. */
  form?: { span?: number; placeholder?: string } | false
  /** Offered in 批量修改; by default every editable single-value field that need not be unique. */
  bulk?: boolean
}

/** Where a record's own page is: 一企一档 and the building, partner and staff pages. */
export interface DetailTarget {
  path: 'enterprise' | 'building' | 'partner' | 'staff'
  id: number
  /** Tooltip of the 详情 link: 打开一企一档. */
  title: string
}

/**
 * Records hidden unless asked for (迁出/注销/吊销 firms): a column filter the user can see and one
 * switch that lifts it.
 */
export interface HiddenByDefault {
  colId: string
  /** Values shown by default. */
  shown: readonly string[]
  /** Every value: what a saved view that shows everything stores. */
  all: readonly string[]
  /** The switch: 显示非在营企业. */
  label: string
}

/** A view that ships with the app. */
export interface ReadyView {
  key: string
  name: string
  state: ViewState
  /** Menu group: 本楼宇企业. */
  group?: string
}

/** antd's modal API, as App.useApp() gives it. */
export type ModalApi = ReturnType<typeof App.useApp>['modal']

export interface LedgerConfig {
  name: LedgerName
  /** 企业: 新增企业, 删除企业“…”. */
  noun: string
  /** Counting word: 共 3,102 家. */
  unit: string
  /** What follows a number in a sentence: 50 家企业 (default unit + noun), 3 人 for staff. */
  measure?: string
  schema: z.ZodObject<z.ZodRawShape>
  fields: readonly FieldSpec[]
  searchPlaceholder: string
  titleOf: (row: Row) => string
  detail?: (row: Row) => DetailTarget | null
  /** What the grid shows first and 默认视图 returns to. */
  defaultView?: ViewState
  hiddenByDefault?: HiddenByDefault
  /** Initial values of the add form (status 在营, today's date ...). */
  newRecord?: () => Record<string, unknown>
  /**
   * Asked before a new record is sent (企业: likely already in the ledger?); false keeps the
   * form open. `modal` is the page's antd modal API.
   */
  confirmCreate?: (input: Record<string, unknown>, modal: ModalApi) => Promise<boolean>
  formWidth?: number
  /** Field keys in the order of the form, when it differs from the grid's. */
  formOrder?: readonly string[]
  /** Rules beyond the schema, checked in the page before a cell or the form is sent. */
  rules?: Rules
  /** Records cannot be deleted while anything uses them (dictionary entries). */
  deleteRestricted?: boolean
  readyViews?: (refs: References) => ReadyView[]
  /** Official layouts offered in 导出 (官方格式): 企业名录 on the directory … */
  exportLayouts?: readonly LayoutName[]
  /** What an exported view is called in its default title row: 企业名录 (default: noun + 台账). */
  exportTitle?: string
}
