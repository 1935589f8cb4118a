import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { groupSections } from '../../composables/handout'
import { loadDeck } from '../../scripts/deck-structure'
import { handoutFile } from '../../scripts/handout'
import { describeWithBrowser } from './gate'
import { requireExports } from './results'

/** The talk's handout (`npm run export:handout -- talk.md`): a contents page by section, and the PDF's metadata. */
const deck = await loadDeck(process.cwd(), 'talk.md')
const sections = groupSections(deck.slides.map(slide => ({ ...slide, noteHtml: '' })))

describeWithBrowser('npm run export:handout -- talk.md: the talk\'s A4 handout', () => {
  let doc: PDFDocumentProxy

  beforeAll(async () => {
    requireExports('handout-talk') // written once by global setup (tests/deck/runs.ts)
    doc = await getDocument({ data: new Uint8Array(readFileSync(handoutFile('talk.md'))), verbosity: 0 }).promise
  }, 480_000)
  afterAll(() => doc?.destroy())

  it('opens on contents by section (talk.md\'s section: lines), each linking to its first page', async () => {
    expect(sections.filter(section => section.title).length, 'named sections in talk.md').toBeGreaterThanOrEqual(8)
    const links = (await (await doc.getPage(1)).getAnnotations()).filter(a => a.subtype === 'Link')
    expect(links.length).toBe(sections.length)
    const [root] = await doc.getOutline()
    expect(root.items.map(item => item.title)).toEqual(sections.map(section => section.title ?? `Slide 1 · ${deck.slides[0].title}`))
  })

  it('names itself: title, subject, keywords and author', async () => {
    const info = (await doc.getMetadata()).info as Record<string, string>
    expect(info.Title).toBe('VMs and Containers (the talk): handout')
    expect(info.Subject).toBe('Handout: each slide above its notes. The 30-minute talk: why we isolate applications, and how virtual machines and containers each do it.')
    expect(info.Keywords).toContain('containers')
    expect(info.Author).toBe('The VMs and Containers deck contributors')
  })
})
