import { App } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { SavedView, ViewState } from '../../../../shared/ipc/channels/views'
import type { FilterModel } from '../../../../shared/ipc/grid'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'
import type { References } from './references'
import type { LedgerConfig, ReadyView } from './types'
import type { ServerGrid } from './useServerGrid'
import { drillFromHash, forgetDrill } from './drill'
import { applyView, captureView } from './viewState'

export type ActiveView =
  | { kind: 'default'; name: string }
  | { kind: 'ready'; key: string; name: string }
  | { kind: 'saved'; id: number; name: string }

const DEFAULT: ActiveView = { kind: 'default', name: '默认视图' }

/** 本楼宇企业:紫荆广场 → 紫荆广场: the chip already says 范围. */
function scopeLabel(viewName: string): string {
  return viewName.replace(/^.*?:/, '')
}

/** The working view of each grid lives for the session, so leaving for a record's page and coming back keeps it. */
const sessionKey = (ledger: string) => `bizledger.grid.${ledger}`

interface Remembered {
  state: ViewState
  active: ActiveView
  modified?: boolean
}

function recall(ledger: string): Remembered | null {
  try {
    const raw = sessionStorage.getItem(sessionKey(ledger))
    return raw ? (JSON.parse(raw) as Remembered) : null
  } catch {
    return null
  }
}

/**
 * Named views of one grid: the ones that ship (ready), the user's own (saved, in the database,
 * so they survive restarts) and the default. Applying one puts its filters, sort, search, scope
 * and columns on the grid; saving takes them from it.
 */
export function useViews(config: LedgerConfig, refs: References, refsVersion: number, grid: ServerGrid) {
  const { message } = App.useApp()
  const [saved, setSaved] = useState<SavedView[]>([])
  const [active, setActive] = useState<ActiveView>(DEFAULT)
  const activeRef = useRef<ActiveView>(DEFAULT)
  /** Changed by the user since the view was applied or saved: the menu says 已修改. */
  const [modified, setModifiedState] = useState(false)
  const modifiedRef = useRef(false)
  const ledger = config.name
  const hidden = config.hiddenByDefault
  // refsVersion: the building list may have changed, and with it the 本楼宇企业 views.
  const ready = useMemo<ReadyView[]>(
    () => (refsVersion >= 0 ? (config.readyViews?.(refs) ?? []) : []),
    [config, refs, refsVersion],
  )

  useEffect(() => {
    let live = true
    api.view.list({ ledger }).then(
      (v) => live && setSaved(v),
      (e: unknown) => live && void message.error(`读取已保存的视图失败:${errorMessage(e)}`),
    )
    return () => {
      live = false
    }
  }, [ledger, message])

  const capture = useCallback((): ViewState | null => {
    const g = grid.gridApi()
    if (!g) return null
    return captureView(g.getColumnState(), g.getFilterModel() as FilterModel, grid.where(), hidden)
  }, [grid, hidden])

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const pending = useRef<Remembered | null>(null)
  const write = useCallback(() => {
    clearTimeout(timer.current)
    if (pending.current) sessionStorage.setItem(sessionKey(ledger), JSON.stringify(pending.current))
    pending.current = null
  }, [ledger])
  /**
   * Keeps the working view for the session. Read from the grid at once (it is cheap), written a
   * moment later (a column drag fires many events), and written at once when the page goes
   * (the user opened a record's page right after a change).
   */
  const remember = useCallback(() => {
    const state = capture()
    if (!state) return
    pending.current = { state, active: activeRef.current, modified: modifiedRef.current }
    clearTimeout(timer.current)
    timer.current = setTimeout(write, 200)
  }, [capture, write])
  useEffect(() => write, [write])

  const setModified = useCallback((m: boolean) => {
    modifiedRef.current = m
    setModifiedState(m)
  }, [])

  const select = useCallback(
    (view: ActiveView, isModified = false) => {
      activeRef.current = view
      setActive(view)
      setModified(isModified)
    },
    [setModified],
  )

  /** Something about the view changed; `byUser` when the user did it (not a view being applied). */
  const changed = useCallback(
    (byUser: boolean) => {
      if (byUser && !modifiedRef.current) setModified(true)
      remember()
    },
    [remember, setModified],
  )

  const put = useCallback(
    (state: ViewState, view: ActiveView, first = false, isModified = false) => {
      const g = grid.gridApi()
      if (!g) return
      const { search, scope } = applyView(g, state, hidden)
      grid.setWhere(search, { scope, label: scope ? scopeLabel(view.name) : undefined }, first)
      grid.syncFilter()
      select(view, isModified)
      remember()
    },
    [grid, hidden, select, remember],
  )

  const applyDefault = useCallback(() => {
    grid.gridApi()?.resetColumnState()
    put(config.defaultView ?? {}, DEFAULT)
  }, [grid, put, config])

  /** On grid ready: a drill-down in the URL, else the session's working view, else the default. */
  const initialise = useCallback(() => {
    const drill = drillFromHash(window.location.hash)
    if (drill) {
      forgetDrill()
      put(drill.state, { kind: 'ready', key: 'drill', name: drill.name }, true)
      return
    }
    const r = recall(ledger)
    if (r) put(r.state, r.active, true, r.modified)
    else put(config.defaultView ?? {}, DEFAULT, true)
  }, [ledger, put, config])

  const applyReady = useCallback(
    (key: string) => {
      const v = ready.find((x) => x.key === key)
      if (v) put(v.state, { kind: 'ready', key: v.key, name: v.name })
    },
    [ready, put],
  )

  const applySaved = useCallback(
    (id: number) => {
      const v = saved.find((x) => x.id === id)
      if (v) put(v.state, { kind: 'saved', id: v.id, name: v.name })
    },
    [saved, put],
  )

  const store = useCallback(
    async (name: string, id?: number) => {
      const state = capture()
      if (!state) return
      const view = await api.view.save({ id, ledger, name, state })
      setSaved((list) => (id ? list.map((v) => (v.id === id ? view : v)) : [...list, view]))
      select({ kind: 'saved', id: view.id, name: view.name })
      remember()
      void message.success(`已保存视图“${view.name}”`)
    },
    [capture, ledger, select, remember, message],
  )

  /** 保存当前视图: overwrites the saved view in use. */
  const saveCurrent = useCallback(async () => {
    const a = activeRef.current
    if (a.kind !== 'saved') return
    try {
      await store(a.name, a.id)
    } catch (e) {
      void message.error(errorMessage(e))
    }
  }, [store, message])

  /** 另存为: a new saved view; a taken name is refused by main and thrown to the dialog. */
  const saveAs = useCallback((name: string) => store(name), [store])

  const removeCurrent = useCallback(async () => {
    const a = activeRef.current
    if (a.kind !== 'saved') return
    try {
      await api.view.delete({ id: a.id })
      setSaved((list) => list.filter((v) => v.id !== a.id))
      void message.success(`已删除视图“${a.name}”`)
      applyDefault()
    } catch (e) {
      void message.error(errorMessage(e))
    }
  }, [applyDefault, message])

  return {
    ready,
    saved,
    active,
    modified,
    changed,
    initialise,
    applyDefault,
    applyReady,
    applySaved,
    saveCurrent,
    saveAs,
    removeCurrent,
    remember,
  }
}

export type Views = ReturnType<typeof useViews>
