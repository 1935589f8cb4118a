import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceList from '../../components/SourceList.vue'
import { displayUrl, referenceFit, referenceLines, referencePages, referencesMarkdown, sourceNumber } from '../../composables/references'
import { sources } from '../../data/sources'
import { loadDeck } from '../../scripts/deck-structure'
import { REFERENCES_FILE } from '../../scripts/references'

/** Every source title the notes quote, in order. */
function quotedTitles(note: string): string[] {
  return [...note.matchAll(/\d+\. [^“]+, “([^”]+)”/g)].map(m => m[1])
}

describe('the references slides and their notes', () => {
  it(`${REFERENCES_FILE} is what the data makes (run \`npm run refs\` after changing data/sources.ts)`, () => {
    expect(readFileSync(REFERENCES_FILE, 'utf8')).toBe(referencesMarkdown())
  })

  it('each references slide\'s notes name exactly the sources the slide shows, and its title counts the slides', async () => {
    const deck = await loadDeck()
    const slides = deck.slides.filter(s => s.content.includes('<SourceList'))
    const pages = referencePages()
    expect(slides).toHaveLength(pages.length)
    slides.forEach((slide, i) => {
      const page = Number(slide.content.match(/<SourceList :page="(\d+)" \/>/)![1])
      expect(page).toBe(i + 1)
      expect(slide.title).toBe(`References (${page} of ${pages.length})`)
      const shown = mount(SourceList, { props: { page } }).findAll('li').map(li => sources[li.attributes('data-source') as keyof typeof sources].title)
      expect(quotedTitles(slide.note), `notes of "${slide.title}"`).toEqual(shown)
      expect(slide.note).toMatch(new RegExp(`sources ${pages[i][0].no} to ${pages[i].at(-1)!.no}\\b`))
      expect(slide.note).toMatch(/^\*\*[^*]+\*\*/)
      expect(slide.rawNote).toMatch(/Time: 0 min\.$/)
    })
  })

  it('fills no slide past what fits, with every entry well under a column', () => {
    const capacity = referenceFit.columnLines * referenceFit.columns
    for (const page of referencePages()) {
      const lines = page.reduce((sum, r) => sum + referenceLines(r.source), 0)
      expect(lines).toBeLessThanOrEqual(capacity)
    }
  })

  it('splits a longer list over more slides and says which source is too long for one', () => {
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`s${i}`, { by: 'A. Author', title: 'A title of ordinary length for a paper', where: 'Venue, 2020', url: `https://example.org/${i}` }]))
    const pages = referencePages(many)
    expect(pages.flat().map(r => r.no)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1))
    expect(pages.length).toBeGreaterThan(3)
    // Filled evenly: the last slide is not left with a stray entry or two.
    expect(pages.at(-1)!.length).toBeGreaterThanOrEqual(Math.max(...pages.map(p => p.length)) / 2)
    const huge = { big: { by: 'X', title: 'word '.repeat(200), where: 'Y, 2020', url: 'https://example.org/' } }
    expect(() => referencePages(huge)).toThrow(/source "big" needs about \d+ lines, more than half a column/)
  })

  it('prints a DOI as doi:… and other addresses without the scheme', () => {
    expect(displayUrl('https://doi.org/10.1145/361011.361073')).toBe('doi:10.1145/361011.361073')
    expect(displayUrl('https://www.usenix.org/conference/nsdi20/presentation/agache')).toBe('usenix.org/conference/nsdi20/presentation/agache')
  })

  it('numbers a source as the references slides do, for citing it as [n], and names an unknown id', () => {
    for (const ref of referencePages().flat())
      expect(sourceNumber(ref.id)).toBe(ref.no)
    expect(() => sourceNumber('no-such-source' as never)).toThrow(/no source "no-such-source" in data\/sources.ts/)
  })
})
