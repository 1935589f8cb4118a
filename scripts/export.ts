/**
 * The deck's exports, all written to exports/ (git ignores it):
 *   pdf     exports/vms-and-containers.pdf         every slide at its final click, with a PDF outline
 *   clicks  exports/vms-and-containers-clicks.pdf  one page per click step
 *   notes   exports/vms-and-containers-notes.pdf   the speaker notes, one section per slide
 * Slidev exports the slides itself, pointed at the Chromium our resolver finds. Its notes
 * export cannot be pointed at a browser, so the notes are printed here with Playwright.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { CHROMIUM_ARGS, requireBrowser } from './browser'

export const EXPORT_DIR = 'exports'
export const EXPORT_BASENAME = 'vms-and-containers'
export const EXPORT_FILES = {
  pdf: join(EXPORT_DIR, `${EXPORT_BASENAME}.pdf`),
  clicks: join(EXPORT_DIR, `${EXPORT_BASENAME}-clicks.pdf`),
  notes: join(EXPORT_DIR, `${EXPORT_BASENAME}-notes.pdf`),
} as const
export type ExportKind = keyof typeof EXPORT_FILES

const SLIDEV = join('node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')

function exportSlides(kind: 'pdf' | 'clicks', executablePath: string, extra: string[]): void {
  const args = [SLIDEV, 'export', 'slides.md', '--output', EXPORT_FILES[kind], '--executable-path', executablePath, '--with-toc', ...extra]
  if (kind === 'clicks')
    args.push('--with-clicks')
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (run.status !== 0)
    throw new Error(`slidev export (${kind}) failed with exit code ${run.status}`)
}

async function exportNotes(executablePath: string): Promise<void> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const { chromium } = await import('playwright-chromium')
  const options = await resolveOptions({ entry: 'slides.md' }, 'export')
  const server = await createServer(options, { server: { host: '127.0.0.1', port: 0 }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object')
    throw new Error('the Slidev server did not report its port')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${address.port}/presenter/print`, { waitUntil: 'networkidle', timeout: 60_000 })
    await page.locator('.slidev-note').first().waitFor()
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: EXPORT_FILES.notes, printBackground: true, preferCSSPageSize: true })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

export async function runExport(kind: ExportKind, extra: string[] = []): Promise<string> {
  const { path } = await requireBrowser()
  mkdirSync(EXPORT_DIR, { recursive: true })
  if (kind === 'notes')
    await exportNotes(path)
  else
    exportSlides(kind, path, extra)
  return EXPORT_FILES[kind]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind = 'pdf', ...extra] = process.argv.slice(2)
  if (!(kind in EXPORT_FILES)) {
    console.error(`Unknown export "${kind}". Use one of: ${Object.keys(EXPORT_FILES).join(', ')}.`)
    process.exit(2)
  }
  const file = await runExport(kind as ExportKind, extra)
  console.log(`Exported ${kind} to ${file}`)
  process.exit(0)
}
