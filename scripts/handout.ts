/**
 * npm run export:handout [-- talk.md] [-- --range 3-30] [-- --preset meetup|class]
 *
 * Prints the deck's /handout page (components/HandoutPage.vue) to an A4 PDF: each slide at its
 * final click above its notes, the references, answers and glossary as two-column lists, 16–18 mm
 * margins, a footer "slide N · title · page X of Y", a contents page that gives each section's
 * slides and page, tagged, with the document language, an outline by section, clickable links and
 * the entry's metadata (title, subject, keywords, author, the deck's address). The entry defaults to
 * slides.md (the study deck); name another (talk.md) to print that one. --range prints some slides
 * (Slidev's syntax); --preset a handout chosen in data/handout-presets.ts (by title and section).
 * Output: exports/vms-and-containers-handout.pdf; …-<entry>-handout.pdf for another entry,
 * …-<preset>-handout.pdf for a preset, …-handout-slides-3-30.pdf for a range.
 * The page numbers on the contents page come from the PDF itself: it is printed, read back, the
 * numbers filled in, and printed again (and checked to have kept its pages).
 */
import type { Buffer } from 'node:buffer'
import type { HandoutOptions } from './export-options'
import type { PdfMetadata } from './pdf-outline'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fitWidth, PRINT_BOX_PX } from '../composables/handout'
import { findPreset } from '../composables/handout-presets'
import { CHROMIUM_ARGS, requireBrowser } from './browser'
import { useNoteRoles } from './deck-structure'
import { EXPORT_DIR, metadataOf } from './export'
import { DEFAULT_ENTRY, handoutFile } from './export-options'
import { setMetadata } from './pdf-outline'

export { DEFAULT_ENTRY, handoutFile, type HandoutOptions } from './export-options'

export const HANDOUT_USAGE = 'Usage: npm run export:handout [-- talk.md] [-- --range 3-30] [-- --preset meetup|class]'

export function parseHandoutArgs(argv: string[]): { entry: string, options: HandoutOptions } {
  let entry: string | undefined
  const options: HandoutOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.split(/=(.*)/s, 2)
    if (flag === '--range' || flag === '--preset') {
      const value = inline ?? argv[++i]
      if (!value)
        throw new Error(`${flag} needs a value. ${HANDOUT_USAGE}`)
      options[flag === '--range' ? 'range' : 'preset'] = value
    }
    else if (arg.endsWith('.md') && !entry) {
      entry = arg
    }
    else {
      throw new Error(`Unknown option "${arg}". ${HANDOUT_USAGE}`)
    }
  }
  if (options.range && options.preset)
    throw new Error(`Give --range or --preset, not both. ${HANDOUT_USAGE}`)
  if (options.range && !/^\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$/.test(options.range))
    throw new Error(`--range "${options.range}" is not a list of slides: write it as 3-30 or 1,3-12,20.`)
  if (options.preset)
    findPreset(options.preset) // an unknown preset stops here, listing the ones there are
  return { entry: entry ?? DEFAULT_ENTRY, options }
}

/** The handout's metadata: the entry's, its title and subject saying it is the handout (the preset's, if one). */
export function handoutMetadata(config: Parameters<typeof metadataOf>[0], options: HandoutOptions = {}): PdfMetadata {
  const meta = metadataOf(config)
  const preset = options.preset ? findPreset(options.preset) : undefined
  return {
    ...meta,
    title: `${meta.title}: ${preset?.name ?? 'handout'}${options.range ? ` (slides ${options.range})` : ''}`,
    subject: `${preset ? `${preset.description} ` : ''}Handout: each slide above its notes. ${meta.subject}`,
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

/** The footer of a handout page: "[preset handout · ]slide N · title · page X of Y" (or "slides N–M · list"). */
export const HANDOUT_FOOTER = /slides? (\d+)(?:–(\d+))? · (.+?) · page (\d+) of (\d+)/

/** Each page's text, from a PDF. */
export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise
  try {
    const pages: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const { items } = await (await doc.getPage(i)).getTextContent()
      pages.push(items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
    }
    return pages
  }
  finally {
    await doc.destroy()
  }
}

/** The page (1-based) each block starts on, by the slide its footer names first, from each page's text. */
export function blockStarts(pages: string[]): Map<number, number> {
  const first = new Map<number, number>()
  pages.forEach((text, i) => {
    const footer = HANDOUT_FOOTER.exec(text)
    if (!footer)
      throw new Error(`page ${i + 1} of the handout has no footer "slide N · title · page X of Y": the print CSS did not apply.`)
    const no = Number(footer[1])
    if (!first.has(no))
      first.set(no, i + 1)
  })
  return first
}

export async function exportHandout(entry = DEFAULT_ENTRY, executablePath?: string, handout: HandoutOptions = {}): Promise<string> {
  if (!existsSync(entry))
    throw new Error(`No deck entry "${entry}". Name a markdown file in the project root, e.g. \`npm run export:handout -- talk.md\`.`)
  const browserPath = executablePath ?? (await requireBrowser()).path
  const file = handoutFile(entry, handout)
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
    const query = ['print', ...Object.entries(handout).map(([key, value]) => `${key}=${encodeURIComponent(value)}`)].join('&')
    await page.goto(`http://127.0.0.1:${address.port}/handout?${query}`, { waitUntil: 'networkidle', timeout: 180_000 })
    await page.locator('.handout-slide').first().waitFor({ timeout: 60_000 }).catch(() => {
      throw new Error(`/handout showed no slide within a minute${errors.length ? `:\n${errors.join('\n')}` : ''}`)
    })
    // Every slide's layout has rendered, and the fonts have loaded.
    await page.waitForFunction(() => {
      const frames = [...document.querySelectorAll('.handout-frame')]
      return frames.every(frame => frame.querySelector('.slidev-layout'))
    }, undefined, { timeout: 120_000 }).catch(async () => {
      const missing = await page.$$eval('.handout-frame', frames => frames
        .filter(frame => !frame.querySelector('.slidev-layout'))
        .map(frame => (frame.closest('.handout-slide') as HTMLElement).dataset.slideNo))
      throw new Error(`these slides did not render on /handout within 2 minutes: ${missing.join(', ') || 'none was found'}${errors.length ? `\n${errors.join('\n')}` : ''}`)
    })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForLoadState('networkidle')
    if (errors.length)
      throw new Error(`the handout page reported errors:\n${errors.join('\n')}`)

    // The contents' page numbers: printed with room for them, read back, filled in, printed again.
    const fill = (starts: Record<number, number> | null, pages: number | null): Promise<void> => page.evaluate(({ starts, pages }) => {
      for (const item of document.querySelectorAll<HTMLElement>('[data-toc-slide]')) {
        const at = starts?.[Number(item.dataset.tocSlide)]
        item.querySelector('[data-toc-page]')!.textContent = starts ? (at ? `, page\u00A0${at}` : '') : ', page\u00A000'
      }
      document.querySelector('[data-handout-pages]')!.textContent = pages ? `, ${pages} pages` : ', 00 pages'
    }, { starts, pages })
    await fill(null, null)

    // A slide whose notes spill a few lines onto another page gets a smaller picture, so both fit one page.
    await page.setViewportSize(PRINT_BOX_PX)
    await page.emulateMedia({ media: 'print' })
    // The first block shares its page with the title and contents.
    const heights = await page.$$eval('.handout-slide:not(.handout-list-block)', blocks => blocks.map((block, i) => ({
      no: Number((block as HTMLElement).dataset.slideNo),
      block: block.getBoundingClientRect().height + (i === 0 ? document.querySelector('.handout-head')!.getBoundingClientRect().height : 0),
      frame: block.querySelector('.handout-frame')?.getBoundingClientRect().height ?? 0,
    })))
    const scales = heights.map(h => ({ no: h.no, scale: h.frame ? fitWidth(h.block, h.frame) : 1 })).filter(s => s.scale < 1)
    await page.evaluate((scales) => {
      for (const { no, scale } of scales) {
        const frame = document.querySelector<HTMLElement>(`.handout-slide[data-slide-no="${no}"] .handout-frame`)!
        frame.style.width = `${scale * 100}%`
        frame.style.marginInline = 'auto'
      }
    }, scales)
    const fitted = scales.length
    await page.emulateMedia({ media: null })
    if (fitted > 0)
      console.log(`  ${fitted} slides print with a smaller picture, so that their notes fit on their page`)

    const print = (): Promise<Buffer> => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
    const firstPass = await pdfPageTexts(await print())
    const starts = blockStarts(firstPass)
    await fill(Object.fromEntries(starts), firstPass.length)
    const raw = await print()
    const secondPass = await pdfPageTexts(raw)
    if (JSON.stringify([...blockStarts(secondPass)]) !== JSON.stringify([...starts]))
      throw new Error('the handout\'s pages moved when the contents got their page numbers: nothing was written. Run the export again; if it happens again, the contents page is too full.')

    const { PDFDocument } = await import('pdf-lib')
    const pdf = await PDFDocument.load(raw)
    setMetadata(pdf, handoutMetadata(options.data.config as unknown as Parameters<typeof metadataOf>[0], handout))
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
  try {
    const { entry, options } = parseHandoutArgs(process.argv.slice(2))
    const file = await exportHandout(entry, undefined, options)
    console.log(`Exported the ${options.preset ? `${options.preset} handout` : 'handout'} of ${entry}${options.range ? ` (slides ${options.range})` : ''} to ${file} (${await assertHandoutPdf(file)} pages)`)
    process.exit(0)
  }
  catch (error) {
    console.error(`\nEXPORT FAILED: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
