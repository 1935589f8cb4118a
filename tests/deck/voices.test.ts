import type { Browser } from 'playwright-chromium'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CUE_PHRASES } from '../../composables/note-roles'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium } from '../../scripts/deck-walk'
import { EXPORT_FILES } from '../../scripts/export-options'
import { handoutFile } from '../../scripts/handout'
import { deckUrl, describeWithBrowser, talkUrl } from './gate'
import { requireExports } from './results'

/**
 * Each output takes its own voice (composables/note-roles.ts through setup/preparser.ts): what
 * a reader holds, the A4 handout and the PowerPoint notes of the study deck, carries no cue for
 * a live room; the built talk's presenter mode shows the speaker's short notes with their cues,
 * the built study deck's the explanation without them.
 */
const talk = await loadDeck(process.cwd(), 'talk.md')
const comparison = talk.slides.find(s => s.title === 'VMs and containers compared')!

const cues = (text: string): string[] => text.split(/\n|(?<=[.!?])\s+/).filter(line => CUE_PHRASES.some(re => re.test(line.trim())))

describeWithBrowser('three voices from one source', (browserPath) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(browserPath)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('npm run export:handout: the study deck\'s handout has no cue for a live room', async () => {
    requireExports('handout-study') // written once by global setup (tests/deck/runs.ts)
    const doc = await getDocument({ data: new Uint8Array(readFileSync(handoutFile())), verbosity: 0 }).promise
    const found: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      const text = content.items.map(item => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('')
      found.push(...cues(text).map(line => `page ${i}: ${line.slice(0, 90)}`))
    }
    await doc.destroy()
    expect(found).toEqual([])
  })

  it('npm run export:pptx: the study deck\'s PowerPoint notes have no cue for a live room', async () => {
    requireExports('export-slides')
    const { default: JSZip } = await import('jszip')
    const zip = await JSZip.loadAsync(readFileSync(EXPORT_FILES.pptx))
    const found: string[] = []
    for (const name of Object.keys(zip.files).filter(n => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string')
      const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1].replace(/&apos;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join('\n')
      found.push(...cues(text).map(line => `${name}: ${line.slice(0, 90)}`))
    }
    expect(found).toEqual([])
  })

  it('the built talk\'s presenter mode shows the speaker\'s notes: say-line, Talk text, cues; not the explanation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${talkUrl}/presenter/${comparison.no}`)
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor()
    const text = (await notes.textContent()) ?? ''
    expect(text).toContain('Five rows, five questions')
    expect(text).toContain('Cue: ask "Which isolates better, and why?"')
    expect(text).not.toContain('Talk:')
    expect(text).not.toContain('VENOM')
    await page.close()
  })

  it('the built study deck\'s presenter mode shows the explanation and its sources, no cues', async () => {
    const study = await loadDeck(process.cwd(), 'slides.md')
    const slide = study.slides.find(s => s.title === 'VMs and containers compared')!
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${deckUrl}/presenter/${slide.no}`)
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor()
    const text = (await notes.textContent()) ?? ''
    expect(text).toContain('VENOM')
    expect(text).toContain('Sources: NIST NVD')
    expect(cues(text)).toEqual([])
    await page.close()
  })
})
