import type { PdfMetadata } from './pdf-outline'
/**
 * npm run export:handout [-- talk.md]
 *
 * Prints the deck's /handout page (components/HandoutPage.vue) to an A4 PDF: each slide at its
 * final click above its notes, 16–18 mm margins, a footer "slide N · title · page X of Y",
 * tagged, with the document language, an outline by section, clickable links and the entry's
 * metadata (title, subject, keywords, author, as the slide exports have them). The entry
 * defaults to slides.md (the study deck); name another (talk.md) to print that one.
 * Output: exports/vms-and-containers-handout.pdf, or …-<entry>-handout.pdf for another entry.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'
import { CHROMIUM_ARGS, requireBrowser } from './browser'
import { useNoteRoles } from './deck-structure'
import { EXPORT_BASENAME, EXPORT_DIR, metadataOf } from './export'
import { setMetadata } from './pdf-outline'

export const DEFAULT_ENTRY = 'slides.md'

/** Where the handout of an entry is written. */
export function handoutFile(entry = DEFAULT_ENTRY): string {
  const name = basename(entry, '.md')
  return join(EXPORT_DIR, name === 'slides' ? `${EXPORT_BASENAME}-handout.pdf` : `${EXPORT_BASENAME}-${name}-handout.pdf`)
}

/** The handout's metadata: the entry's, its title and subject saying it is the handout. */
export function handoutMetadata(config: Parameters<typeof metadataOf>[0]): PdfMetadata {
  const meta = metadataOf(config)
  return {
    ...meta,
    title: `${meta.title}: handout`,
    subject: `Handout: each slide above its notes. ${meta.subject}`,
    keywords: [...meta.keywords, 'handout'],
    author: meta.author || 'The VMs and Containers deck contributors',
    creator: 'VMs and Containers deck (scripts/handout.ts, Slidev and Chromium)',
  }
}

/** Reads the PDF back and throws unless it has pages and text on every one of them. */
export async function assertHandoutPdf(file: string): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise
  try {
    if (doc.numPages === 0)
      throw new Error(`${file} has no pages.`)
    for (let i = 1; i <= doc.numPages; i++) {
      const { items } = await (await doc.getPage(i)).getTextContent()
      if (!items.some(item => 'str' in item && item.str.trim() !== ''))
        throw new Error(`${file}: page ${i} of ${doc.numPages} has no text (a slide that did not render?).`)
    }
    return doc.numPages
  }
  finally {
    await doc.destroy()
  }
}

export async function exportHandout(entry = DEFAULT_ENTRY, executablePath?: string): Promise<string> {
  if (!existsSync(entry))
    throw new Error(`No deck entry "${entry}". Name a markdown file in the project root, e.g. \`npm run export:handout -- talk.md\`.`)
  const browserPath = executablePath ?? (await requireBrowser()).path
  const file = handoutFile(entry)
  mkdirSync(EXPORT_DIR, { recursive: true })

  const { createServer, resolveOptions } = await import('@slidev/cli')
  useNoteRoles()
  const { chromium } = await import('playwright-chromium')
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, { server: { host: '127.0.0.1', port: 0 }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object')
    throw new Error('the Slidev server did not report its port')
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ colorScheme: 'light' })
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    await page.goto(`http://127.0.0.1:${address.port}/handout?print`, { waitUntil: 'networkidle', timeout: 180_000 })
    await page.locator('.handout-slide').first().waitFor({ timeout: 60_000 })
    // Every slide's layout has rendered, and the fonts have loaded.
    await page.waitForFunction(() => {
      const frames = [...document.querySelectorAll('.handout-frame')]
      return frames.length > 0 && frames.every(frame => frame.querySelector('.slidev-layout'))
    }, undefined, { timeout: 120_000 }).catch(async () => {
      const missing = await page.$$eval('.handout-slide', slides => slides
        .filter(slide => !slide.querySelector('.slidev-layout'))
        .map(slide => (slide as HTMLElement).dataset.slideNo))
      throw new Error(`these slides did not render on /handout within 2 minutes: ${missing.join(', ') || 'none was found'}${errors.length ? `\n${errors.join('\n')}` : ''}`)
    })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForLoadState('networkidle')
    if (errors.length)
      throw new Error(`the handout page reported errors:\n${errors.join('\n')}`)
    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
    const { PDFDocument } = await import('pdf-lib')
    const pdf = await PDFDocument.load(raw)
    setMetadata(pdf, handoutMetadata(options.data.config as unknown as Parameters<typeof metadataOf>[0]))
    writeFileSync(file, await pdf.save())
  }
  finally {
    await browser.close()
    await server.close()
  }
  await assertHandoutPdf(file)
  return file
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [entry = DEFAULT_ENTRY] = process.argv.slice(2)
  const file = await exportHandout(entry)
  console.log(`Exported the handout of ${entry} to ${file} (${await assertHandoutPdf(file)} pages)`)
  process.exit(0)
}
