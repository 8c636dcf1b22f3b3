/** `npm run prepare:electron` (and before `npm start` / `npm run dev`): see scripts/electron-driver.ts. */
import { join } from 'node:path'
import { prepareElectronDriver, PrepareError, realDeps } from './electron-driver'

prepareElectronDriver(realDeps(join(__dirname, '..')))
  .then((r) => {
    if (r.how !== 'present') console.log(`数据库驱动已准备好:${r.file}`)
  })
  .catch((e: unknown) => {
    console.error(e instanceof PrepareError ? e.message : `准备数据库驱动失败:${(e as Error).message}`)
    process.exit(1)
  })
