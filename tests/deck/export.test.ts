import type { PdfContent } from './pdf'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { PDFDocument, PDFName } from 'pdf-lib'
import { beforeAll, expect, it } from 'vitest'
import { buildStackModel, handoutFigures } from '../../composables/stack'
import { isolationGoals } from '../../data/goals'
import { stacks } from '../../data/stacks'
import { loadDeck } from '../../scripts/deck-structure'
import { PPTX_NOTES_FIT, pptxNotes } from '../../scripts/export'
import { EXPORT_FILES, isHowToOrReference } from '../../scripts/export-options'
import { runTitle } from '../../scripts/pdf-outline'
import { describeWithBrowser } from './gate'
import { plain, readPdf, squash } from './pdf'
import { requireExports } from './results'

const deck = await loadDeck()
const goalsSlide = deck.slides.find(s => s.title === 'What we want: four goals')!
const sections = new Set(deck.slides.map(s => s.file)).size

/** poppler's command-line output (CI installs poppler-utils). */
function poppler(tool: 'pdffonts' | 'pdfinfo', file: string): string {
  const run = spawnSync(tool, [file], { encoding: 'utf8' })
  if (run.error || run.status !== 0)
    throw new Error(`${tool} ${file} failed (${run.error?.message ?? run.stderr}). Install poppler (Debian: apt-get install poppler-utils).`)
  return run.stdout
}

/** Fonts that are not the deck's own (a Type 3 font, or a system fallback such as DejaVu). */
function foreignFonts(file: string): string[] {
  return poppler('pdffonts', file).split('\n').slice(2).filter(Boolean).filter(line => / Type 3 /.test(line) || !/^[A-Z]{6}\+(?:Inter|JetBrainsMono)-\S+\s/.test(line))
}

/** A page's text ends with its slide's number (slide-top.vue, drawn last; "Slide" is for screen readers only). */
function numbered(no: number): RegExp {
  return new RegExp(`(?:^|\\D)${no}\\s*$`)
}

/** The slide each page shows: the one whose title opens the page's text (a kicker may come first; the longest title wins). */
function slideOfPage(text: string): number {
  const matches = deck.slides.filter(slide => plain(text).slice(0, plain(slide.title).length + 12).includes(plain(slide.title)))
  return matches.sort((a, b) => b.title.length - a.title.length)[0]?.no ?? 0
}

/**
 * The study deck's exports, as `npm run export…` writes them (each script fails unless every page
 * is there with text). Global setup runs them once (tests/deck/runs.ts): pdf, clicks, notes and
 * pptx on one server on a fresh Vite dependency cache (what a clean clone has: Vite re-bundles
 * and may reload the page meanwhile), then print on a fresh cache again.
 */
describeWithBrowser('the PDF exports', () => {
  let slides: PdfContent
  let clicks: PdfContent
  let notes: PdfContent
  let print: PdfContent

  beforeAll(async () => {
    requireExports('export-slides', 'export-print')
    slides = await readPdf(EXPORT_FILES.pdf)
    clicks = await readPdf(EXPORT_FILES.clicks)
    notes = await readPdf(EXPORT_FILES.notes)
    print = await readPdf(EXPORT_FILES.print)
  })

  it('two exports, each on a fresh cache, agree: every print page is the final-state page of its slide, text for text', () => {
    const kept = deck.slides.filter(s => !isHowToOrReference(s))
    expect(print.pages).toEqual(kept.map(slide => slides.pages[slide.no - 1]))
  })

  it('npm run export: one page per slide, each with its slide\'s title and number', () => {
    expect(slides.pages.length).toBe(deck.slides.length)
    for (const slide of deck.slides) {
      expect(plain(slides.pages[slide.no - 1]), `page ${slide.no}`).toContain(plain(slide.title))
      if (slide.no > 1)
        expect(slides.pages[slide.no - 1], `page ${slide.no} carries its number`).toMatch(numbered(slide.no))
    }
  })

  it('npm run export: every page shows its slide\'s final click step', () => {
    const page = plain(slides.pages[goalsSlide.no - 1])
    for (const goal of isolationGoals)
      expect(page).toContain(plain(goal.title))
    expect(plain(slides.pages[2])).toContain(plain('What could go wrong?'))
  })

  it('npm run export: every layer stack is complete, each of its layers labelled', () => {
    for (const spec of Object.values(stacks)) {
      const slide = deck.slides.find(s => s.content.includes(`<LayerStack stack="${spec.id}"`))
      expect(slide, `a slide showing the stack "${spec.id}"`).toBeDefined()
      const page = slides.pages[slide!.no - 1]
      for (const layer of handoutFigures(spec).flatMap(figure => figure.rows.flat())) // paper has no clicks: what the handout page draws
        expect(squash(page), `${spec.id}: "${layer.label}" on page ${slide!.no}`).toContain(squash(layer.label))
    }
  })

  it('npm run export and export:clicks: an outline by section, each slide in it, the references one entry', () => {
    for (const pdf of [slides, clicks]) {
      expect(pdf.outlineTree.length, 'one top-level entry per section (file)').toBe(sections)
      for (const slide of deck.slides)
        expect(pdf.outline).toContain(runTitle(slide.title))
      expect(pdf.outline.filter(title => title.startsWith('References'))).toEqual(['References'])
    }
  })

  it('npm run export: tagged, in the deck\'s language, a one-line subject and comma-separated keywords', async () => {
    for (const file of [EXPORT_FILES.pdf, EXPORT_FILES.clicks, EXPORT_FILES.notes])
      expect(poppler('pdfinfo', file), file).toMatch(/^Tagged:\s+yes$/m)
    const pdf = await PDFDocument.load(readFileSync(EXPORT_FILES.pdf), { updateMetadata: false })
    expect(pdf.getSubject()).toMatch(/^[^\n]{20,}$/)
    expect(pdf.getKeywords()).toMatch(/^[^,]+(?:, [^,]+){2,}$/)
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toBe('(en)')
  })

  it('every PDF embeds the deck\'s own fonts: no Type 3 font, no system fallback', () => {
    for (const file of [EXPORT_FILES.pdf, EXPORT_FILES.clicks, EXPORT_FILES.notes, EXPORT_FILES.print])
      expect(foreignFonts(file), file).toEqual([])
  })

  it('npm run export:clicks: one page per click step, in slide order, each with its slide number', () => {
    const order = clicks.pages.map(slideOfPage)
    expect(order.every(no => no > 0), 'every page shows a slide title').toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect([...new Set(order)]).toEqual(deck.slides.map(s => s.no))
    expect(clicks.pages.length).toBeGreaterThan(deck.slides.length)
    clicks.pages.forEach((page, i) => {
      if (order[i] > 1)
        expect(page, `page ${i + 1}`).toMatch(numbered(order[i]))
    })
  })

  it('npm run export:clicks: the goals arrive one page at a time', () => {
    const pages = clicks.pages.filter(text => slideOfPage(text) === goalsSlide.no).map(plain)
    expect(pages.length).toBe(isolationGoals.length + 1)
    pages.forEach((page, step) => {
      const shown = isolationGoals.filter(goal => page.includes(plain(goal.body)))
      expect(shown.length, `page for click ${step}`).toBe(step)
    })
  })

  it('npm run export:clicks: the VM stack arrives bottom-up, one layer per page', () => {
    const vmSlide = deck.slides.find(s => s.file === 'pages/02-virtual-machines.md')!
    const labels = buildStackModel(stacks['vm-hosted']).rows.map(row => row[0].label)
    const pages = clicks.pages.filter(text => slideOfPage(text) === vmSlide.no)
    expect(pages.length).toBe(buildStackModel(stacks['vm-hosted']).clicks + 1)
    labels.forEach((_, k) => {
      const shown = labels.filter(label => squash(pages[k]).includes(squash(label)))
      expect(shown, `page for click ${k}`).toEqual(labels.slice(0, k + 1))
    })
  })

  it('npm run export:print: every slide but the how-to and the references, numbered as in the deck', () => {
    const kept = deck.slides.filter(s => !isHowToOrReference(s))
    expect(kept.length).toBeLessThan(deck.slides.length)
    expect(print.pages.length).toBe(kept.length)
    kept.forEach((slide, i) => {
      expect(plain(print.pages[i]), `print page ${i + 1}`).toContain(plain(slide.title))
      if (slide.no > 1)
        expect(print.pages[i], `print page ${i + 1}`).toMatch(numbered(slide.no))
    })
  })

  it('npm run export:notes: every slide\'s notes under its title, numbered pages, an outline by section', () => {
    // A slide's notes may run over a page break: leave each page's footer out of the running text.
    const text = plain(notes.pages.map(page => page.replace(/page \d+ of \d+/g, ' ')).join(' '))
    // The notes' click marks (numbers in the margin) come out of the PDF wherever the page ends: compare letters only.
    const letters = (s: string): string => plain(s).replace(/\d+/g, '')
    for (const slide of deck.slides) {
      expect(text, `notes of "${slide.title}"`).toContain(plain(slide.title))
      expect(letters(text), `notes of "${slide.title}"`).toContain(letters(slide.note).slice(0, 60))
    }
    notes.pages.forEach((page, i) => expect(page, `notes page ${i + 1}`).toContain(`page ${i + 1} of ${notes.pages.length}`))
    expect(notes.outlineTree.length).toBe(sections)
    expect(notes.outline).toContain(runTitle(deck.slides.at(-1)!.title))
  })

  it('npm run export:pptx: one slide per slide, each titled with its real title, the handout\'s notes, links kept, under 5 MB', async () => {
    const { default: JSZip } = await import('jszip')
    const bytes = readFileSync(EXPORT_FILES.pptx)
    expect(bytes.length, 'the PPTX, bytes (it was 14 MB with PNGs at 2×)').toBeLessThanOrEqual(5_000_000)
    const zip = await JSZip.loadAsync(bytes)
    const slideFiles = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(slideFiles.length).toBe(deck.slides.length)
    const notesFiles = Object.keys(zip.files).filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
    expect(notesFiles.length).toBe(deck.slides.length)
    const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&')
    const texts = async (name: string): Promise<string[]> => [...(await zip.file(name)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => unescape(m[1]))
    for (const slide of deck.slides) {
      const xml = await zip.file(`ppt/slides/slide${slide.no}.xml`)!.async('string')
      expect(xml, `slide ${slide.no}: a title placeholder`).toMatch(/<p:ph\s[^>]*type="title"/)
      expect(await texts(`ppt/slides/slide${slide.no}.xml`), `slide ${slide.no}: its title, not "Slide ${slide.no}"`).toContain(slide.title)
      const notes = (await texts(`ppt/notesSlides/notesSlide${slide.no}.xml`)).join('\n')
      expect(notes, `slide ${slide.no}: no markdown, no click marks`).not.toMatch(/\*\*|\[click/)
      expect(notes.replace(/\s+/g, ' '), `slide ${slide.no}: the notes as the handout prints them`).toContain(pptxNotes(slide.note, slide.no, 'vms-and-containers-handout.pdf').replace(/\s+/g, ' '))
      if (pptxNotes(slide.note, slide.no, 'x').length > PPTX_NOTES_FIT)
        expect(notes, `slide ${slide.no}: long notes point to the handout`).toContain('vms-and-containers-handout.pdf')
    }
    // A references slide: each source's title is a link on the picture.
    const refs = deck.slides.find(s => s.content.includes('<SourceList'))!
    const rels = await zip.file(`ppt/slides/_rels/slide${refs.no}.xml.rels`)!.async('string')
    expect((rels.match(/TargetMode="External"/g) ?? []).length, `slide ${refs.no}: links to its sources`).toBeGreaterThanOrEqual(5)
  })
})
