import type { PdfContent } from '../../scripts/pdf-check'
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { EXPORT_FILES } from '../../scripts/export'
import { readPdf } from '../../scripts/pdf-check'
import { childEnv } from './child-env'

/**
 * Exports the study deck's final-state PDF as `npm run export` does (the script waits for every
 * slide and fails unless every page is there with text) and reads it back.
 */
export async function exportFinalPdf(browserPath: string): Promise<PdfContent> {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', 'pdf'], {
    encoding: 'utf8',
    env: childEnv({ CHROMIUM_PATH: browserPath }),
  })
  if (run.status !== 0)
    throw new Error(`npm run export failed:\n${run.stdout}\n${run.stderr}`)
  return readPdf(EXPORT_FILES.pdf)
}
