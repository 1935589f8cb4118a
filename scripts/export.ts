import type { Buffer } from 'node:buffer'
/**
 * The deck's exports, all written to exports/ (git ignores it). For the study deck (slides.md):
 *   pdf     vms-and-containers.pdf         every slide at its final click
 *   clicks  vms-and-containers-clicks.pdf  one page per click step
 *   print   vms-and-containers-print.pdf   like pdf, without the how-to and the reference slides
 *   notes   vms-and-containers-notes.pdf   the speaker notes, A4, page numbers
 *   pptx    vms-and-containers.pptx        one picture per slide, the notes as plain text
 * Another entry (`npm run export -- talk.md`) writes vms-and-containers-talk*.pdf and so on.
 * Options: --dark, --range 3-9 (slides to print), --force (re-bundle Vite's dependency cache).
 *
 * Slidev's own `slidev export` prints the page as soon as the network is quiet. On a fresh Vite
 * cache the dependency optimiser can reload the page after that (a dep found late), so the PDF
 * came out blank, or the outline step failed when the reloaded page had no slides yet. Here we
 * drive Slidev's print page ourselves: wait until every slide has rendered, its fonts loaded and
 * the page has stayed put; print (tagged, with the document language); refuse the result if the
 * page reloaded meanwhile; then add a nested outline and metadata, and read the file back
 * (scripts/pdf-check.ts): the right page count and text on every page, or the export fails.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from './deck-structure'
import type { ExportKind, ExportOptions } from './export-options'
import type { PdfMetadata } from './pdf-outline'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import process from 'node:process'
import { readableNotesText } from '../composables/handout'
import { CHROMIUM_ARGS, requireBrowser } from './browser'
import { deckAddress } from './deck-address'
import { loadDeck, useNoteRoles } from './deck-structure'
import { DEFAULT_ENTRY, EXPORT_DIR, exportPath, handoutFile, isHowToOrReference, parseArgs, toRange } from './export-options'
import { checkPdf, ExportCheckError, readPdf } from './pdf-check'
import { addOutline, sectionOutline, setMetadata, subjectLine } from './pdf-outline'
import { plainNotes } from './plain-notes'

/** The slide numbers Slidev prints for `range` (its own parser), all of them without one. */
async function slidesInRange(total: number, range?: string): Promise<number[]> {
  const { parseRangeString } = await import('@slidev/parser/core')
  return parseRangeString(total, range)
}

interface Deck {
  url: string
  config: { title: string, info?: string, author?: string, keywords?: string | string[], canvasWidth: number, aspectRatio: number, htmlAttrs?: Record<string, string> }
  close: () => Promise<void>
}

async function startDeck(entry: string, force: boolean): Promise<Deck> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  useNoteRoles()
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, {
    server: { host: '127.0.0.1', port: 0 },
    optimizeDeps: { force },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object')
    throw new Error('the Slidev server did not report its port')
  return { url: `http://127.0.0.1:${address.port}`, config: options.data.config as unknown as Deck['config'], close: () => server.close() }
}

const SETTLE_TIMEOUT_MS = 180_000
const QUIET_MS = 800

/**
 * Waits until `probe` (run in the page) gives the same non-null answer twice, QUIET_MS apart,
 * with the network idle and no navigation in between: the page has rendered and stayed put.
 * A reload (Vite's dependency optimiser) starts the wait over.
 */
async function settle<T>(page: Page, probe: () => T | null, what: string): Promise<T> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS
  while (Date.now() < deadline) {
    const first = await page.waitForFunction(probe, null, { timeout: Math.max(1, deadline - Date.now()), polling: 250 }).then(h => h.jsonValue() as Promise<T>).catch(() => null)
    if (first === null)
      break
    // A mark on window survives client-side route changes but not a reload.
    const mark = await setMark(page)
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
    await page.waitForTimeout(QUIET_MS)
    const second = await page.evaluate(probe).catch(() => null)
    if (await hasMark(page, mark) && JSON.stringify(first) === JSON.stringify(second))
      return first
    console.warn(`  the page changed while ${what} (a reload by Vite's dependency optimiser?): waiting again`)
  }
  throw new ExportCheckError(`${what} did not finish within ${SETTLE_TIMEOUT_MS / 1000} s: nothing was exported. Is the deck broken in the browser? Try npm run dev and look.`)
}

async function setMark(page: Page): Promise<number> {
  return page.evaluate(() => ((window as unknown as { exportMark: number }).exportMark = Math.random()))
}

async function hasMark(page: Page, mark: number): Promise<boolean> {
  return await page.evaluate(() => (window as unknown as { exportMark?: number }).exportMark).catch(() => undefined) === mark
}

/** Runs in the page: the ids of the print page's slide containers ("003-01": slide 3, click 0) once all have rendered. */
function printedSlides(): string[] | null {
  const containers = [...document.querySelectorAll('#print-content .print-slide-container')]
  if (containers.length === 0 || document.querySelector('.slidev-slide-loading') || document.fonts.status !== 'loaded')
    return null
  if (containers.some(c => !c.querySelector('[data-slidev-no]') || !c.textContent?.trim()))
    return null
  return containers.map(c => c.id)
}

/** Runs in the page: how many slides' notes the notes page shows, once rendered. */
function printedNotes(): number | null {
  const notes = document.querySelectorAll('.slidev-note')
  return notes.length > 0 && document.fonts.status === 'loaded' ? notes.length : null
}

/** Prints `page` with `print`, then checks that the page did not reload meanwhile (that PDF would be of a half-loaded page). */
async function printStable(page: Page, print: () => Promise<Buffer>): Promise<Buffer> {
  const mark = await setMark(page)
  const pdf = await print()
  if (!await hasMark(page, mark))
    throw new ExportCheckError('the page reloaded while it was being printed (Vite re-bundled its dependencies?): the PDF would be incomplete. Run the export again.')
  return pdf
}

/** A page one slide wide and `slides` slides tall (as Slidev's exporter has it: with a shorter one, 100vh adds a blank last page). */
async function newPage(browser: Browser, deck: Deck, dark: boolean, slides = 1, scale = 1): Promise<Page> {
  const width = deck.config.canvasWidth
  const height = Math.round(width / deck.config.aspectRatio) * slides
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale })
  await page.emulateMedia({ media: 'screen', colorScheme: dark ? 'dark' : 'light' })
  return page
}

/** The PDF metadata from an entry's headmatter: title, info's first sentence as the subject, keywords, author, language; and the deck's address (DECK_URL). */
export function metadataOf(config: Pick<Deck['config'], 'title' | 'info' | 'author' | 'keywords' | 'htmlAttrs'>): PdfMetadata {
  const { title, info = '', author = '', keywords = [], htmlAttrs = {} } = config
  return {
    title,
    // The first sentence of `info`, which may wrap over lines.
    subject: /\S.*?[.!?](?=\s|$)|\S.*/.exec(info.replace(/\s+/g, ' '))?.[0] ?? title,
    keywords: Array.isArray(keywords) ? keywords : keywords.split(','),
    author,
    lang: htmlAttrs.lang ?? 'en',
    url: deckAddress().url,
  }
}

async function finishPdf(raw: Uint8Array, file: string, deck: Deck, outline: Parameters<typeof addOutline>[1]): Promise<void> {
  const { PDFDocument } = await import('pdf-lib')
  const pdf = await PDFDocument.load(raw)
  setMetadata(pdf, metadataOf(deck.config))
  addOutline(pdf, outline)
  writeFileSync(file, await pdf.save())
}

/** The page (0-based) where each slide first appears, from the print page's container ids. */
function firstPages(ids: string[]): Map<number, number> {
  const first = new Map<number, number>()
  ids.forEach((id, page) => {
    const no = Number(id.split('-')[0])
    if (!first.has(no))
      first.set(no, page)
  })
  return first
}

export { EXPORT_BASENAME, EXPORT_DIR, EXPORT_FILES, exportPath } from './export-options'

/** The picture of each slide: JPEG at this quality and scale (980 × 552 px, the canvas at 1:1, as Slidev draws it; the study deck under 5 MB). */
export const PPTX_IMAGE = { scale: 1, quality: 60 } as const

async function exportSlides(kind: 'pdf' | 'clicks' | 'print' | 'pptx', browser: Browser, deck: Deck, slides: DeckSlide[], options: ExportOptions): Promise<number> {
  const file = exportPath(kind, options.entry)
  const range = kind === 'print' ? toRange(slides.filter(s => !isHowToOrReference(s)).map(s => s.no)) : options.range
  const expected = await slidesInRange(slides.length, range)
  // Slidev's print page reads ?range= before its router has the query (52.20): it prints every
  // slide, and the ones out of range are hidden here instead.
  const query = new URLSearchParams({ print: kind === 'clicks' ? 'clicks' : 'true' })
  const page = await newPage(browser, deck, !!options.dark, slides.length, kind === 'pptx' ? PPTX_IMAGE.scale : 1)
  await page.goto(`${deck.url}/print?${query}`, { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS })
  const all = await settle(page, printedSlides, 'the slides were rendering')
  const ids = all.filter(id => expected.includes(Number(id.split('-')[0])))
  const shown = [...firstPages(ids).keys()]
  if (shown.join() !== expected.join() || (kind !== 'clicks' && ids.length !== expected.length))
    throw new ExportCheckError(`the print page shows slides ${toRange(shown)} (${ids.length} pages), expected ${toRange(expected)}: nothing was exported.`)
  await page.evaluate((kept) => {
    const containers = [...document.querySelectorAll('#print-content .print-slide-container')]
    for (const container of containers) {
      if (!kept.includes(container.id))
        container.setAttribute('data-export-skip', '')
    }
    containers.filter(c => kept.includes(c.id)).at(-1)?.setAttribute('data-export-last', '')
  }, ids)
  // Out-of-range slides hidden; no page break after the last slide (Chromium adds a blank page for it).
  await page.addStyleTag({ content: '[data-export-skip] { display: none !important; } [data-export-last] { break-after: auto !important; }' })

  if (kind === 'pptx')
    return exportPptx(page, ids, slides, deck, file, options.entry ?? DEFAULT_ENTRY)

  // The page is exactly one slide container (Slidev rounds its height: 980 / (16 / 9) becomes 552).
  const { width, height } = await page.locator('.print-slide-container').first().evaluate(el => el.getBoundingClientRect())
  const raw = await printStable(page, () => page.pdf({
    width: `${width}px`,
    height: `${height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
  }))
  await finishPdf(raw, file, deck, sectionOutline(slides, firstPages(ids)))
  await checkPdf(file, { pages: ids.length, unit: kind === 'clicks' ? 'click step' : 'slide' })
  return ids.length
}

/** Notes longer than this run past PowerPoint's printed notes page (12 pt in its body box): they say so, and where to print them. */
export const PPTX_NOTES_FIT = 1800

/** A slide's notes as the PPTX carries them: as the handout prints them, in plain text; a long one opens by pointing to the handout. */
export function pptxNotes(note: string, slideNo: number, handout: string): string {
  const notes = plainNotes(readableNotesText(note))
  if (notes.length <= PPTX_NOTES_FIT)
    return notes
  return `(Long notes: printed, PowerPoint's notes page cuts them off. The handout, ${handout}, prints them in full under slide ${slideNo}.)\n\n${notes}`
}

async function exportPptx(page: Page, ids: string[], slides: DeckSlide[], deck: Deck, file: string, entry: string): Promise<number> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  const width = deck.config.canvasWidth / 96
  const height = Math.round(deck.config.canvasWidth / deck.config.aspectRatio) / 96
  pptx.defineLayout({ name: 'deck', width, height })
  pptx.layout = 'deck'
  const meta = metadataOf(deck.config)
  pptx.title = meta.title
  pptx.subject = subjectLine(meta)
  pptx.author = meta.author
  pptx.company = 'VMs and Containers deck'
  // A title placeholder under each picture: PowerPoint's outline, navigation and screen readers read the slide's real title.
  pptx.defineSlideMaster({
    title: 'DECK_SLIDE',
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.3, y: 0.2, w: width - 0.6, h: 0.8 }, text: '' } }],
  })
  const handout = basename(handoutFile(entry))
  for (const id of ids) {
    const slide = slides[Number(id.split('-')[0]) - 1]
    const container = page.locator(`[id="${id}"]`)
    const jpeg = await container.screenshot({ type: 'jpeg', quality: PPTX_IMAGE.quality, scale: 'device' })
    const pptSlide = pptx.addSlide({ masterName: 'DECK_SLIDE' })
    pptSlide.addText(slide.title, { placeholder: 'title' })
    pptSlide.addImage({ data: `data:image/jpeg;base64,${jpeg.toString('base64')}`, x: 0, y: 0, w: width, h: height, altText: slide.title })
    // Every link on the slide (a citation, a reference's title) stays a link: a clear shape over it.
    const links = await container.evaluate((el) => {
      const box = el.getBoundingClientRect()
      return [...el.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].map((a) => {
        const r = a.getBoundingClientRect()
        return { url: a.href, title: a.title || a.textContent?.trim() || a.href, x: (r.left - box.left) / box.width, y: (r.top - box.top) / box.height, w: r.width / box.width, h: r.height / box.height }
      }).filter(l => l.w > 0 && l.h > 0)
    })
    for (const link of links)
      pptSlide.addShape('rect', { x: link.x * width, y: link.y * height, w: link.w * width, h: link.h * height, fill: { color: 'FFFFFF', transparency: 100 }, line: { type: 'none' }, hyperlink: { url: link.url, tooltip: link.title } })
    const notes = pptxNotes(slide.note, slide.no, handout)
    if (notes)
      pptSlide.addNotes(notes)
  }
  // stream() is the call that honours compression (write() drops it for a Node buffer, pptxgenjs 4.0): the notes' XML deflated.
  writeFileSync(file, await pptx.stream({ compression: true }) as Buffer)
  const slidesWritten = await pptxSlideCount(file)
  if (slidesWritten !== ids.length)
    throw new ExportCheckError(`${file} has ${slidesWritten} slides, expected ${ids.length} (one per slide). Do not send it; run the export again.`)
  return slidesWritten
}

/** The number of slides in a .pptx (ppt/slides/slideN.xml entries). */
export async function pptxSlideCount(file: string): Promise<number> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(readFileSync(file))
  return Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length
}

/**
 * The notes page: A4 with 16 mm margins, each page numbered, the notes flowing on from slide to
 * slide. Grey by colour, not opacity: text under opacity is drawn out of reading order.
 */
const NOTES_PAGE_CSS = `
@page {
  size: A4;
  margin: 16mm 16mm 18mm 16mm;
  @bottom-center { content: "page " counter(page) " of " counter(pages); font: 9pt Inter, sans-serif; color: #4b5563; }
}
#page-root > .m-4 { margin: 0 !important; }
#page-root .break-inside-avoid-page { break-inside: auto !important; }
#page-root h2 { break-after: avoid; }
#page-root .opacity-50 { opacity: 1 !important; color: #4b5563; }
`

async function exportNotes(browser: Browser, deck: Deck, slides: DeckSlide[], options: ExportOptions): Promise<number> {
  const file = exportPath('notes', options.entry)
  const page = await newPage(browser, deck, false)
  await page.goto(`${deck.url}/presenter/print`, { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS })
  const count = await settle(page, printedNotes, 'the notes were rendering')
  const withNotes = slides.filter(s => s.note)
  if (count !== withNotes.length)
    throw new ExportCheckError(`the notes page shows ${count} slides' notes, but ${withNotes.length} slides have notes: nothing was exported.`)
  await page.addStyleTag({ content: NOTES_PAGE_CSS })
  const raw = await printStable(page, () => page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true }))
  writeFileSync(file, raw)
  // Each slide's notes start on the page whose text first shows its heading ("3/37 Title").
  const { pages } = await readPdf(file)
  const key = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '')
  const first = new Map<number, number>()
  let at = 0
  for (const slide of withNotes) {
    const heading = key(`${slide.no}/${slides.length}${slide.title}`)
    while (at < pages.length && !key(pages[at]).includes(heading))
      at++
    if (at === pages.length)
      throw new ExportCheckError(`${file}: the notes of slide ${slide.no} ("${slide.title}") are not in it. Do not send it; run the export again.`)
    first.set(slide.no, at)
  }
  await finishPdf(raw, file, deck, sectionOutline(withNotes, first))
  await checkPdf(file, { pages: pages.length, unit: 'page of notes' })
  return pages.length
}

/** Runs one export and checks what it wrote; returns the file and its page (or slide) count. */
export async function runExport(kind: ExportKind, options: ExportOptions = {}): Promise<{ file: string, pages: number }> {
  return (await runExports([kind], options))[0]
}

/**
 * Runs several exports of one entry on one Slidev server and one browser (starting them is most
 * of a small export's time), each checked as it is written; returns each file and its count.
 */
export async function runExports(kinds: ExportKind[], options: ExportOptions = {}): Promise<{ kind: ExportKind, file: string, pages: number, seconds: number }[]> {
  const entry = options.entry ?? DEFAULT_ENTRY
  const { path } = await requireBrowser()
  mkdirSync(EXPORT_DIR, { recursive: true })
  const { slides, parseErrors } = await loadDeck(process.cwd(), entry)
  if (parseErrors.length > 0)
    throw new Error(`${entry} does not parse:\n${parseErrors.join('\n')}`)
  const deck = await startDeck(entry, !!options.force)
  const { chromium } = await import('playwright-chromium')
  const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })
  const done: { kind: ExportKind, file: string, pages: number, seconds: number }[] = []
  try {
    for (const kind of kinds) {
      const started = Date.now()
      const pages = kind === 'notes'
        ? await exportNotes(browser, deck, slides, { ...options, entry })
        : await exportSlides(kind, browser, deck, slides, { ...options, entry })
      done.push({ kind, file: exportPath(kind, entry), pages, seconds: (Date.now() - started) / 1000 })
    }
    return done
  }
  finally {
    await browser.close()
    await deck.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { kinds, options } = parseArgs(process.argv.slice(2))
    const started = Date.now()
    for (const { kind, file, pages, seconds } of await runExports(kinds, options))
      console.log(`Exported ${kind} to ${file}: ${pages} ${kind === 'pptx' ? 'slides' : 'pages'}, checked, in ${seconds.toFixed(1)} s`)
    if (kinds.length > 1)
      console.log(`${kinds.length} exports in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    process.exit(0)
  }
  catch (error) {
    console.error(`\nEXPORT FAILED: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
