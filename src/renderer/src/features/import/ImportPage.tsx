import { App, Steps } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import type { ImportKind } from '../../../../shared/domain/fields'
import type { ImportMode, ImportPreview, ImportProgress, ImportReport } from '../../../../shared/ipc/channels/import'
import type { UploadedFile } from '../../../../shared/ipc/files'
import { api, uploadFile } from '../../api'
import { Page } from '../../components/Page'
import { errorMessage } from '../../lib/errors'
import { useJob, type JobChannels } from '../../lib/useJob'
import { ChooseStep } from './ChooseStep'
import { onFileDropped, takeDroppedFile } from './drop'
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
  | { step: 'done'; report: ImportReport }

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

  const preview = useCallback(
    async (file: UploadedFile, next: PreviewChoice) => {
      setBusy(true)
      try {
        const p = await api.import.preview({ file: file.id, ...next })
        setChoice(next)
        setKind(p.kind)
        setStage({ step: 'map', file, preview: p })
      } catch (e) {
        message.error(`无法读取“${file.name}”: ${errorMessage(e)}`, 8)
      } finally {
        setBusy(false)
      }
    },
    [message],
  )

  const choose = useCallback(
    async (f: File) => {
      setBusy(true)
      try {
        const file = await uploadFile(f)
        await preview(file, kind ? { kind } : {})
      } catch (e) {
        message.error(`无法读取“${f.name}”: ${errorMessage(e)}`, 8)
      } finally {
        setBusy(false)
      }
    },
    [kind, preview, message],
  )

  // The desktop app: a file picked in the system open dialog, taken in by main.
  const pick = useCallback(async () => {
    try {
      const file = await openInShell('import')
      if (file) await preview(file, kind ? { kind } : {})
    } catch (e) {
      message.error(errorMessage(e), 8)
    }
  }, [kind, preview, message])

  // A file dropped on the window, before this page opened or while it is open.
  useEffect(() => {
    const take = () => {
      const f = takeDroppedFile()
      if (f) void choose(f)
    }
    take()
    return onFileDropped(take)
  }, [choose])

  const run = async (file: UploadedFile) => {
    setStage({ step: 'run', file })
    try {
      const report = await job.run((jobId) =>
        api.import.run({
          file: file.id,
          kind: kind!,
          ...(choice.sheet ? { sheet: choice.sheet } : {}),
          ...(choice.headerRow ? { headerRow: choice.headerRow } : {}),
          ...(choice.mapping ? { mapping: choice.mapping } : {}),
          mode,
          flagBadCodes,
          jobId,
        }),
      )
      setStage({ step: 'done', report })
    } catch (e) {
      message.error(errorMessage(e), 8)
      // Back to the mapping: nothing was written, the user may change something and run again.
      await preview(file, choice)
    } finally {
      setRecentVersion((v) => v + 1)
    }
  }

  const restart = () => {
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
        {stage.step === 'choose' && (
          <ChooseStep
            kind={kind}
            onKind={setKind}
            onFile={choose}
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
            onRun={() => void run(stage.file)}
          />
        )}
        {stage.step === 'run' && <RunStep file={stage.file.name} progress={job.progress} onCancel={job.cancel} />}
        {stage.step === 'done' && (
          <SummaryStep report={stage.report} onAgain={restart} onUndone={() => setRecentVersion((v) => v + 1)} />
        )}
        {stage.step !== 'run' && <RecentImports version={recentVersion} />}
      </div>
    </Page>
  )
}
