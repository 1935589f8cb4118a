import { readFileSync } from 'node:fs'
import { beforeAll, expect, it } from 'vitest'
import { findPreset, presetSlides } from '../../composables/handout-presets'
import { loadDeck } from '../../scripts/deck-structure'
import { HANDOUT_FOOTER, handoutFile, pdfPageTexts } from '../../scripts/handout'
import { describeWithBrowser } from './gate'
import { plain } from './pdf'
import { requireExports } from './results'

const deck = await loadDeck()
const meetup = findPreset('meetup')

describeWithBrowser('npm run export:handout -- --preset meetup: a handout an organiser prints without choosing pages', () => {
  let pages: string[]

  beforeAll(async () => {
    requireExports('handout-meetup') // written once by global setup (tests/deck/runs.ts)
    pages = await pdfPageTexts(new Uint8Array(readFileSync(handoutFile('slides.md', { preset: 'meetup' }))))
  })

  it('a few pages, the preset\'s slides in deck order, and nothing else', () => {
    expect(pages.length).toBeLessThanOrEqual(12)
    const printed = [...new Set(pages.map(text => Number(HANDOUT_FOOTER.exec(text)![1])))]
    expect(printed).toEqual(presetSlides(deck.slides, meetup))
  })

  it('says which handout it is and how many pages it has, on the first page and in every footer', () => {
    expect(plain(pages[0])).toContain(plain(`the ${meetup.name}`))
    expect(pages[0]).toContain(`${pages.length} pages`)
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`${meetup.name} · slide`))
  })
})
