import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import type { HandoutBlock } from '../../composables/handout'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { blocksOf, groupSections, handoutOrder, HOW_TO_TITLE, listKind, LISTS_LEAD, readableNotesText, slideSpan } from '../../composables/handout'
import { quiz } from '../../data/quiz'
import { CHROMIUM_ARGS } from '../../scripts/browser'
import { loadDeck } from '../../scripts/deck-structure'
import { HANDOUT_FOOTER, handoutFile } from '../../scripts/handout'
import { deckUrl, describeWithBrowser } from './gate'
import { pageFill, plain, squash } from './pdf'
import { requireExports } from './results'

const deck = await loadDeck()
/** The handout's sections, in its order (the how-to page after the teaching slides), each as its blocks (a slide, or a run of list slides). */
const sections = groupSections(handoutOrder(deck.slides.map(slide => ({ ...slide, noteHtml: '' })))).map(section => ({ ...section, blocks: blocksOf(section.slides) }))
const blocks = sections.flatMap(section => section.blocks)
const FOOTER = new RegExp(HANDOUT_FOOTER, 'g')
/** How a block's heading and outline entry read: "Slide 6 · title", or "Slides 60–64 · Glossary" for a list. */
function blockTitle(block: HandoutBlock): string {
  return block.kind === 'list' && block.slides.length > 1
    ? `Slides ${block.slides[0].no}–${block.slides.at(-1)!.no} · ${block.title}`
    : `Slide ${block.slides[0].no} · ${block.kind === 'list' ? block.title : block.slides[0].title}`
}

interface OutlineEntry { title: string, page: number, items: OutlineEntry[] }

async function outlineOf(doc: PDFDocumentProxy): Promise<OutlineEntry[]> {
  type Raw = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>
  const walk = async (items: Raw): Promise<OutlineEntry[]> => Promise.all((items ?? []).map(async (item) => {
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest
    const page = dest ? await doc.getPageIndex(dest[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0]) + 1 : 0
    return { title: item.title, page, items: await walk(item.items as Raw) }
  }))
  return walk(await doc.getOutline())
}

/** Markdown as it reads once rendered on paper: links as their text, click marks as "Step N". */
function renderedNote(note: string): string {
  return plain(readableNotesText(note).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
}

describeWithBrowser('npm run export:handout: the A4 handout, and /handout on a phone', (browserPath) => {
  let doc: PDFDocumentProxy
  let pages: string[]
  /** The slide each page's footer names (the first of a list's run). */
  let slideOfPage: number[]
  /** The slides each page's footer covers. */
  let slidesOfPage: number[][]

  beforeAll(async () => {
    requireExports('handout-study') // written once by global setup (tests/deck/runs.ts)
    doc = await getDocument({ data: new Uint8Array(readFileSync(handoutFile())), verbosity: 0 }).promise
    pages = []
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
    }
    const footers = pages.map(text => HANDOUT_FOOTER.exec(text))
    slideOfPage = footers.map(footer => Number(footer?.[1] ?? 0))
    slidesOfPage = footers.map((footer) => {
      const [first, last] = [Number(footer?.[1] ?? 0), Number(footer?.[2] ?? footer?.[1] ?? 0)]
      return deck.slides.filter(s => s.no >= first && s.no <= last).map(s => s.no)
    })
  }, 480_000) // starting Slidev and rendering every slide takes minutes on a busy 2-core machine
  afterAll(() => doc?.destroy())

  it('every page has the footer "slide N · title · page X of Y", with the right numbers', () => {
    pages.forEach((text, i) => {
      const footer = HANDOUT_FOOTER.exec(text)
      expect(footer, `page ${i + 1}: ${text.slice(-120)}`).not.toBeNull()
      const [, no, , title, page, of] = footer!
      expect([Number(page), Number(of)], `page ${i + 1}`).toEqual([i + 1, pages.length])
      const block = blocks.find(b => b.slides[0].no === Number(no))!
      expect(squash(title), `page ${i + 1}`).toBe(squash(block.kind === 'list' && block.slides.length > 1 ? block.title : block.slides[0].title))
    })
    // Blocks in the handout's order, each starting its own page, under its heading.
    expect([...new Set(slideOfPage)]).toEqual(blocks.map(block => block.slides[0].no))
    for (const block of blocks) {
      const first = slideOfPage.indexOf(block.slides[0].no)
      expect(plain(pages[first]), `slide ${block.slides[0].no}'s first page`).toContain(plain(blockTitle(block)))
    }
    expect(new Set(blocks.flatMap(block => block.slides.map(s => s.no))).size, 'every slide of the deck is in it').toBe(deck.slides.length)
  })

  const textOf = (no: number): string => pages.filter((_, i) => slidesOfPage[i].includes(no)).join(' ').replace(FOOTER, '')

  it('every slide\'s notes are printed in full on its own pages, but for a references slide\'s list', () => {
    // A references slide's "This slide lists: …" paragraph: the slide printed above it is that list.
    // A list's run (references, answers, glossary) prints a paragraph its slides repeat once.
    for (const slide of deck.slides) {
      expect(slide.note, `slide ${slide.no} has notes`).not.toBe('')
      const text = plain(textOf(slide.no))
      if (listKind(slide.title) === null)
        expect(text, `the notes of slide ${slide.no} "${slide.title}"`).toContain(renderedNote(slide.note))
      for (const paragraph of readableNotesText(slide.note).split(/\n\s*\n/).filter(p => p.trim()))
        expect(text, `slide ${slide.no} "${slide.title}": "${paragraph.slice(0, 50)}…"`).toContain(renderedNote(paragraph))
    }
  })

  it('a check\'s pages do not give its answers away, and say where they are', () => {
    const checks = deck.slides.filter(slide => /<Quiz\s/.test(slide.content))
    expect(checks.length, 'check slides').toBeGreaterThan(0)
    for (const slide of checks) {
      const text = plain(textOf(slide.no))
      for (const [, id] of slide.content.matchAll(/<Quiz[^>]*\sid="([^"]+)"/g)) {
        const question = quiz.find(q => q.id === id)!
        expect(text, `slide ${slide.no}: the answer's why for "${id}"`).not.toContain(plain(question.why))
      }
      expect(text, `slide ${slide.no}: where the answers are`).toContain(plain('Self-check answers'))
    }
  })

  it('speaks to paper: "Step N", not "Click N"; no keys to press on a check; no references list repeated in the notes', () => {
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).not.toMatch(/\bClick \d/)
      expect(text, `page ${i + 1}: the check's key hint is for the screen`).not.toContain('Tab in, use the arrow keys')
      expect(text, `page ${i + 1}`).not.toContain(LISTS_LEAD.trim())
    })
    expect(pages.some(text => /\bStep \d/.test(text)), 'the click markers print as "Step N"').toBe(true)
  })

  it('names itself: title, subject, keywords and author, as the slides PDF does', async () => {
    const info = (await doc.getMetadata()).info as Record<string, string>
    expect(info.Title).toBe('VMs and Containers: handout')
    expect(info.Subject).toBe('Handout: each slide above its notes. Why we isolate applications, and how virtual machines and containers each do it.')
    expect(info.Author).toBe('The VMs and Containers deck contributors')
    expect(info.Keywords).toBe('virtual machines, containers, hypervisor, namespaces, cgroups, handout')
    const pdfinfo = spawnSync('pdfinfo', [handoutFile()], { encoding: 'utf8' }).stdout
    for (const field of ['Title', 'Subject', 'Keywords', 'Author'])
      expect(pdfinfo, `pdfinfo shows its ${field}`).toMatch(new RegExp(`^${field}:\\s+\\S`, 'm'))
  })

  it('is tagged, in English, with an outline by section, each slide under its section', async () => {
    const info = spawnSync('pdfinfo', [handoutFile()], { encoding: 'utf8' })
    expect(info.error, 'pdfinfo (poppler-utils) is needed: apt-get install poppler-utils').toBeUndefined()
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m)
    expect((await doc.getMetadata()).info).toMatchObject({ Language: 'en' })

    const [root, ...rest] = await outlineOf(doc)
    expect(rest, 'one root: the handout\'s title').toEqual([])
    const outlined = root.items.map(entry => /^Slides? /.test(entry.title) ? [entry] : entry.items)
    expect(outlined.map(list => list.map(entry => entry.title))).toEqual(
      sections.map(section => section.blocks.map(blockTitle)),
    )
    const named = root.items.filter(entry => !/^Slides? /.test(entry.title))
    expect(named.map(entry => entry.title)).toEqual(sections.filter(s => s.title).map(s => s.title))
    for (const entry of outlined.flat())
      expect(slideOfPage[entry.page - 1], `"${entry.title}" points at its page`).toBe(Number(/\d+/.exec(entry.title)![0]))
  })

  it('prints its text at the size set for paper: body 10.5 pt (7.4 pt two pages to a sheet), not shrunk to fit', async () => {
    // Letters at each font size, over every page: the notes are most of the text.
    const letters = new Map<number, number>()
    for (let i = 1; i <= doc.numPages; i++) {
      for (const item of (await (await doc.getPage(i)).getTextContent()).items) {
        if (!('str' in item) || !item.str.trim())
          continue
        const size = Math.round(Math.hypot(item.transform[2], item.transform[3]) * 2) / 2
        letters.set(size, (letters.get(size) ?? 0) + item.str.length)
      }
    }
    const [body] = [...letters.entries()].sort((a, b) => b[1] - a[1])[0]
    expect(body, `the most common text size, in pt (sizes: ${JSON.stringify([...letters])})`).toBeGreaterThanOrEqual(10.5)
  })

  it('the contents give each section\'s slides and the page it starts on', () => {
    const contents = pages[0]
    for (const section of sections) {
      const first = section.slides[0].no
      const span = slideSpan(section.slides)
      const at = new RegExp(`${span.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,\\s*page\\s+(\\d+)`).exec(contents)
      expect(at, `"${span}, page N" on the contents page`).not.toBeNull()
      expect(slideOfPage[Number(at![1]) - 1], `${span}: the page it gives starts slide ${first}`).toBe(first)
    }
    expect(contents).toMatch(new RegExp(`${pages.length} pages`))
  })

  it('the how-to page is not the second page a reader sees; the lists print as two-column text, 10 pt (7 pt two to a sheet)', async () => {
    const howTo = deck.slides.find(s => s.title === HOW_TO_TITLE)!
    expect(slideOfPage[1], 'page 2').not.toBe(howTo.no)
    expect(slideOfPage.indexOf(howTo.no)).toBeGreaterThan(slideOfPage.indexOf(deck.slides.find(s => s.title === 'One idea to take with you')!.no))
    for (const list of ['references', 'answers', 'glossary']) {
      const block = blocks.find(b => b.kind === 'list' && b.list === list)!
      const listPages = slideOfPage.flatMap((no, i) => no === block.slides[0].no ? [i + 1] : [])
      expect(listPages.length, `${list}: pages`).toBeLessThan(block.slides.length + 2)
      const sizes: number[] = []
      for (const n of listPages) {
        for (const item of (await (await doc.getPage(n)).getTextContent()).items) {
          if ('str' in item && item.str.trim() && !HANDOUT_FOOTER.test(item.str))
            sizes.push(Math.round(Math.hypot(item.transform[2], item.transform[3]) * 10) / 10)
        }
      }
      expect(Math.min(...sizes.filter(size => size !== 8.5)), `${list}: the smallest text, pt (the footer is 8.5)`).toBeGreaterThanOrEqual(10)
    }
  })

  it('fewer near-empty pages: at most 5 pages are less than a fifth full (79 pages had 11)', () => {
    const low = pageFill(handoutFile()).flatMap((fill, i) => fill < 0.2 ? [i + 1] : [])
    expect(low.length, `pages under a fifth full: ${low.join(', ')}`).toBeLessThanOrEqual(5)
  })

  it('links: the contents on page 1 jump to each section\'s first page', async () => {
    // A contents line that wraps is one link per line: keep one per destination.
    const all = (await (await doc.getPage(1)).getAnnotations()).filter(a => a.subtype === 'Link')
    const links = all.filter((link, i) => i === 0 || JSON.stringify(link.dest) !== JSON.stringify(all[i - 1].dest))
    expect(links.length).toBe(sections.length)
    for (const [i, link] of links.entries()) {
      const dest = typeof link.dest === 'string' ? await doc.getDestination(link.dest) : link.dest
      expect(dest, `link ${i + 1} has a destination`).toBeTruthy()
      expect(slideOfPage[await doc.getPageIndex(dest![0])]).toBe(sections[i].slides[0].no)
    }
  })

  it('/handout of the built site at 390 px: no sideways scrolling, text ≥ 16px, every slide and its notes', async () => {
    const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
      const errors: string[] = []
      page.on('pageerror', error => errors.push(error.message))
      await page.goto(`${deckUrl}/handout`, { waitUntil: 'networkidle' })
      await page.waitForFunction(() => {
        const frames = [...document.querySelectorAll('.handout-frame')]
        return frames.length > 0 && frames.every(frame => frame.querySelector('.slidev-layout'))
      })
      const seen = await page.evaluate(() => {
        const small = [...document.querySelectorAll<HTMLElement>('.handout *')]
          .filter(el => !el.closest('.handout-frame') && [...el.childNodes].some(n => n.nodeType === 3 && n.textContent!.trim()))
          .filter(el => Number.parseFloat(getComputedStyle(el).fontSize) < 16)
          .map(el => `${el.tagName} "${el.textContent!.trim().slice(0, 40)}" ${getComputedStyle(el).fontSize}`)
        const frames = [...document.querySelectorAll('.handout-frame')].map(f => f.getBoundingClientRect().width)
        return {
          scrollWidth: document.documentElement.scrollWidth,
          small,
          frames,
          notes: document.querySelectorAll('.handout-notes:not(.handout-no-notes)').length,
          printMode: new URLSearchParams(location.search).has('print'),
        }
      })
      expect(errors).toEqual([])
      expect(seen.scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(390)
      expect(seen.small, 'text under 16px outside the slide pictures').toEqual([])
      expect(seen.frames.length, 'a picture per slide but the lists').toBe(blocks.filter(b => b.kind === 'slide').length)
      expect(Math.min(...seen.frames), 'each slide full width').toBeGreaterThan(340)
      expect(seen.notes).toBe(deck.slides.length)
      expect(seen.printMode, '/handout runs in print mode (final states)').toBe(true)
    }
    finally {
      await browser.close()
    }
  })
})
