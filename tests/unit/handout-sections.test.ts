import { describe, expect, it } from 'vitest'
import { groupSections } from '../../composables/handout'
import { loadDeck } from '../../scripts/deck-structure'

const deck = await loadDeck()

describe('the handout\'s sections (the section: of each src: import in slides.md)', () => {
  it('give every slide after the cover a section', () => {
    const without = deck.slides.filter(slide => slide.no > 1 && !slide.section).map(slide => `${slide.no} ${slide.title} (${slide.file})`)
    expect(without, 'add `section: …` beside the `src:` that imports these slides').toEqual([])
  })

  it('are the files of pages/, one section each, in order', () => {
    const sections = groupSections(deck.slides.map(slide => ({ ...slide, noteHtml: '' })))
    const files = sections.map(section => [...new Set(section.slides.map(slide => deck.slides[slide.no - 1].file))])
    expect(files.every(list => list.length === 1), 'a section spanning several files').toBe(true)
    expect(files.flat()).toEqual([...new Set(deck.slides.map(slide => slide.file))])
    expect(new Set(sections.map(section => section.title)).size, 'section names are unique').toBe(sections.length)
  })
})
