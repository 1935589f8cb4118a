import type { PdfContent } from './pdf'
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { beforeAll, expect, it } from 'vitest'
import { buildStackModel, drawnModel, frameAt } from '../../composables/stack'
import { isolationGoals } from '../../data/goals'
import { stacks } from '../../data/stacks'
import { loadDeck } from '../../scripts/deck-structure'
import { EXPORT_FILES } from '../../scripts/export'
import { describeWithBrowser } from './gate'
import { plain, readPdf, squash } from './pdf'

const deck = await loadDeck()
const goalsSlide = deck.slides.find(s => s.title === 'What we want: four goals')!

function runExport(kind: keyof typeof EXPORT_FILES, browserPath: string): PdfContent | Promise<PdfContent> {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', kind], {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: browserPath },
  })
  if (run.status !== 0)
    throw new Error(`npm run export (${kind}) failed:\n${run.stdout}\n${run.stderr}`)
  return readPdf(EXPORT_FILES[kind])
}

/** The slide each page shows: the one whose title opens the page's text (a kicker may come first; the longest title wins). */
function slideOfPage(text: string): number {
  const matches = deck.slides.filter(slide => plain(text).slice(0, plain(slide.title).length + 12).includes(plain(slide.title)))
  return matches.sort((a, b) => b.title.length - a.title.length)[0]?.no ?? 0
}

describeWithBrowser('the PDF exports', (browserPath) => {
  let slides: PdfContent
  let clicks: PdfContent
  let notes: PdfContent

  beforeAll(async () => {
    slides = await runExport('pdf', browserPath)
    clicks = await runExport('clicks', browserPath)
    notes = await runExport('notes', browserPath)
  })

  it('npm run export: one page per slide, each with its slide\'s title', () => {
    expect(slides.pages.length).toBe(deck.slides.length)
    for (const slide of deck.slides)
      expect(plain(slides.pages[slide.no - 1]), `page ${slide.no}`).toContain(plain(slide.title))
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
      const model = buildStackModel(spec)
      for (const layer of drawnModel(model, frameAt(model, model.clicks)).rows.flat()) // the last click: a varied stack ends on its last variant
        expect(squash(page), `${spec.id}: "${layer.label}" on page ${slide!.no}`).toContain(squash(layer.label))
    }
  })

  it('npm run export: the PDF outline lists every slide title', () => {
    for (const slide of deck.slides)
      expect(slides.outline).toContain(slide.title)
  })

  it('npm run export:clicks: one page per click step, in slide order', () => {
    const order = clicks.pages.map(slideOfPage)
    expect(order.every(no => no > 0), 'every page shows a slide title').toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect([...new Set(order)]).toEqual(deck.slides.map(s => s.no))
    expect(clicks.pages.length).toBeGreaterThan(deck.slides.length)
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

  it('npm run export:notes: every slide\'s notes, under its title', () => {
    const text = plain(notes.pages.join(' '))
    for (const slide of deck.slides) {
      expect(text, `notes of "${slide.title}"`).toContain(plain(slide.title))
      expect(text, `notes of "${slide.title}"`).toContain(plain(slide.note).slice(0, 60))
    }
  })
})
