import { Alert, App, Steps } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportKind } from '../../../../shared/domain/fields'
import type { ImportMode, ImportPreview, ImportProgress, ImportReport } from '../../../../shared/ipc/channels/import'
import type { UploadedFile } from '../../../../shared/ipc/files'
import { api, uploadFile } from '../../api'
import { Page } from '../../components/Page'
import { errorMessage } from '../../lib/errors'
import { useJob, type JobChannels } from '../../lib/useJob'
import { ChooseStep } from './ChooseStep'
import { onFileDropped, takeDroppedFiles } from './drop'
import { inShell, openInShell } from '../../lib/shell'
import { MappingStep, type PreviewChoice } from './MappingStep'
import { RecentImports } from './RecentImports'
import { RunStep } from './RunStep'
import { SummaryStep } from './SummaryStep'
import './import.css'

type Stage =
  | { step: 'choose' }
  | { step: 'map'; file: UploadedFile; preview: ImportPreview }
  | { step: 'run'; file: UploadedFile }
  /** Each file chosen together is its own batch, with its own summary and undo. */
  | { step: 'done'; reports: ImportReport[] }

/** Files chosen (or dropped) together, imported one after another. */
interface Queue {
  pending: File[]
  total: number
  done: ImportReport[]
  failed: { file: string; error: string }[]
  /** The ledger chosen before the files, for each of them (not the first file's guess). */
  kind: ImportKind | undefined
}

const emptyQueue = (kind?: ImportKind, files: File[] = []): Queue => ({
  pending: files.slice(),
  total: files.length,
  done: [],
  failed: [],
  kind,
})

const IMPORT_JOB: JobChannels<ImportProgress> = {
  progress: (jobId) => api.import.progress({ jobId }),
  cancel: (jobId) => api.import.cancel({ jobId }),
  pollMs: 250,
}

const STEP_INDEX: Record<Stage['step'], number> = { choose: 0, map: 1, run: 2, done: 3 }

/**
 * 导入: choose (or drop) a spreadsheet, check what was found and how columns map, run with
 * progress and cancel, then the summary with the problems workbook and 撤销本次导入. Every step
 * asks main, which reads the file with the same engine the CLI uses.
 */
export function ImportPage() {
  const { message } = App.useApp()
  const [stage, setStage] = useState<Stage>({ step: 'choose' })
  const [kind, setKind] = useState<ImportKind | undefined>(undefined)
  const [choice, setChoice] = useState<PreviewChoice>({})
  const [mode, setMode] = useState<ImportMode>('upsert')
  const [flagBadCodes, setFlagBadCodes] = useState(false)
  const [busy, setBusy] = useState(false)
  const [recentVersion, setRecentVersion] = useState(0)
  const job = useJob(IMPORT_JOB)
  const queue = useRef<Queue>(emptyQueue())
  /** What the page shows of the queue: which file of how many, and those not imported (unreadable or skipped). */
  const [files, setFiles] = useState<{ at: number; total: number; failed: Queue['failed'] }>({
    at: 0,
    total: 0,
    failed: [],
  })

  /** Reads the file for its mapping step; says why it cannot, and returns that (null when it could). */
  const preview = useCallback(
    async (file: UploadedFile, next: PreviewChoice): Promise<string | null> => {
      setBusy(true)
      try {
        const p = await api.import.preview({ file: file.id, ...next })
        // Read as 无表头 (chosen, or offered because no header was found): the run reads it so too.
        setChoice(p.noHeader ? { ...next, noHeader: true } : next)
        setKind(p.kind)
        setStage({ step: 'map', file, preview: p })
        return null
      } catch (e) {
        message.error(`无法读取“${file.name}”: ${errorMessage(e)}`, 8)
        return errorMessage(e)
      } finally {
        setBusy(false)
      }
    },
    [message],
  )

  /** The next file of the queue to its mapping step, or the summaries when none is left. */
  const next = useCallback(async () => {
    const q = queue.current
    for (let f = q.pending.shift(); f; f = q.pending.shift()) {
      setFiles({ at: q.total - q.pending.length, total: q.total, failed: q.failed.slice() })
      setBusy(true)
      try {
        const file = await uploadFile(f)
        const failed = await preview(file, q.kind ? { kind: q.kind } : {})
        if (failed === null) return
        q.failed.push({ file: f.name, error: failed })
      } catch (e) {
        message.error(`无法读取“${f.name}”: ${errorMessage(e)}`, 8)
        q.failed.push({ file: f.name, error: errorMessage(e) })
      } finally {
        setBusy(false)
      }
    }
    setFiles({ at: q.total, total: q.total, failed: q.failed.slice() })
    if (q.done.length > 0) setStage({ step: 'done', reports: q.done.slice() })
    else {
      // Not one file could be read (each said why): back to choosing.
      queue.current = emptyQueue()
      setStage({ step: 'choose' })
    }
  }, [preview, message])

  const choose = useCallback(
    (files: File[]) => {
      queue.current = emptyQueue(kind, files)
      void next()
    },
    [kind, next],
  )

  // The desktop app: a file picked in the system open dialog, taken in by main.
  const pick = useCallback(async () => {
    try {
      const file = await openInShell('import')
      queue.current = emptyQueue(kind)
      if (file) await preview(file, kind ? { kind } : {})
    } catch (e) {
      message.error(errorMessage(e), 8)
    }
  }, [kind, preview, message])

  // A file dropped on the window, before this page opened or while it is open.
  useEffect(() => {
    const take = () => {
      const files = takeDroppedFiles()
      if (files.length > 0) choose(files)
    }
    take()
    return onFileDropped(take)
  }, [choose])

  const run = async (file: UploadedFile, shown: ImportPreview) => {
    setStage({ step: 'run', file })
    // A headerless file runs with the columns as the user confirmed them in the preview.
    const mapping = choice.mapping ?? (choice.noHeader ? mappingOf(shown) : undefined)
    try {
      const report = await job.run((jobId) =>
        api.import.run({
          file: file.id,
          kind: kind!,
          ...(choice.sheet ? { sheet: choice.sheet } : {}),
          ...(choice.headerRow ? { headerRow: choice.headerRow } : {}),
          ...(mapping ? { mapping } : {}),
          ...(choice.noHeader ? { noHeader: true } : {}),
          mode,
          flagBadCodes,
          jobId,
        }),
      )
      queue.current.done.push(report)
      setChoice({})
      await next()
    } catch (e) {
      message.error(errorMessage(e), 8)
      // Back to the mapping: nothing was written, the user may change something and run again.
      await preview(file, choice)
    } finally {
      setRecentVersion((v) => v + 1)
    }
  }

  const skip = (file: UploadedFile) => {
    queue.current.failed.push({ file: file.name, error: '已跳过' })
    setChoice({})
    void next()
  }

  function restart() {
    queue.current = emptyQueue()
    setFiles({ at: 0, total: 0, failed: [] })
    setStage({ step: 'choose' })
    setChoice({})
  }

  return (
    <Page title="导入" subtitle="从 Excel / WPS 表格或 CSV 文件导入台账" scroll>
      <div className="import-page">
        <Steps
          size="small"
          current={STEP_INDEX[stage.step]}
          items={[{ title: '选择文件' }, { title: '核对映射与预览' }, { title: '导入' }, { title: '结果' }]}
        />
        {files.total > 1 && (stage.step === 'map' || stage.step === 'run') && (
          <Alert
            type="info"
            data-testid="import-queue"
            title={`共 ${files.total} 个文件,正在导入第 ${files.at} 个:“${stage.file.name}”。每个文件单独导入为一批,可分别撤销。`}
          />
        )}
        {stage.step === 'choose' && (
          <ChooseStep
            kind={kind}
            onKind={setKind}
            onFiles={choose}
            onPick={inShell() ? () => void pick() : undefined}
            busy={busy}
          />
        )}
        {stage.step === 'map' && (
          <MappingStep
            preview={stage.preview}
            choice={choice}
            busy={busy}
            mode={mode}
            onMode={setMode}
            flagBadCodes={flagBadCodes}
            onFlagBadCodes={setFlagBadCodes}
            onChange={(next) => void preview(stage.file, next)}
            onBack={restart}
            onRun={() => void run(stage.file, stage.preview)}
            onSkip={files.total > 1 ? () => skip(stage.file) : undefined}
          />
        )}
        {stage.step === 'run' && <RunStep file={stage.file.name} progress={job.progress} onCancel={job.cancel} />}
        {stage.step === 'done' && stage.reports.length + files.failed.length > 1 && (
          <Alert
            type={files.failed.length > 0 ? 'warning' : 'info'}
            data-testid="import-files-done"
            title={`共 ${files.total} 个文件:导入 ${stage.reports.length} 个${files.failed.length > 0 ? `,未导入 ${files.failed.length} 个` : ''};每个文件是单独的一批,下面分别列出结果,可分别撤销。`}
            description={
              files.failed.length > 0 ? files.failed.map((f) => `${f.file}:${f.error}`).join(';') : undefined
            }
          />
        )}
        {stage.step === 'done' &&
          stage.reports.map((report) => (
            <SummaryStep
              key={report.batchId ?? report.file}
              report={report}
              onAgain={restart}
              onUndone={() => setRecentVersion((v) => v + 1)}
            />
          ))}
        {stage.step !== 'run' && <RecentImports version={recentVersion} />}
      </div>
    </Page>
  )
}

/** The field of each column as the preview shows it (guessed or chosen). */
function mappingOf(p: ImportPreview): (string | null)[] {
  const out: (string | null)[] = []
  for (const c of p.columns) out[c.index] = c.field
  return Array.from(out, (v) => v ?? null)
}
