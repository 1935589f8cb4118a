import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceList from '../../components/SourceList.vue'
import { displayUrl, referencePages } from '../../composables/references'
import { sources } from '../../data/sources'
import { loadDeck } from '../../scripts/deck-structure'

describe('source list (the references slides)', () => {
  it('the deck\'s references slides list every source exactly once, numbered in order', async () => {
    const deck = await loadDeck()
    const pages = deck.slides.flatMap(slide => [...slide.content.matchAll(/<SourceList :page="(\d+)" \/>/g)].map(m => Number(m[1])))
    expect(pages).toEqual(referencePages().map((_, i) => i + 1))
    const lists = pages.map(page => mount(SourceList, { props: { page } }))
    expect(lists.flatMap(w => w.findAll('li').map(li => li.attributes('data-source')))).toEqual(Object.keys(sources))
    expect(lists.map(w => Number(w.get('ol').attributes('start')))).toEqual(referencePages().map(p => p[0].no))
  })

  it('links each title to its source and prints the address beside it', () => {
    const w = mount(SourceList, { props: { page: 1 } })
    for (const li of w.findAll('li')) {
      const source = sources[li.attributes('data-source') as keyof typeof sources]
      const link = li.get('a')
      expect(link.attributes('href')).toBe(source.url)
      expect(link.text()).toBe(source.title)
      expect(li.get('.source-url').text()).toBe(displayUrl(source.url))
      expect(li.text()).toContain(`${source.by}, ${source.title}`)
      expect(li.text()).not.toMatch(/[?!.]\./)
    }
  })

  it('rejects a page outside 1 … the number of references slides, saying what to do', () => {
    const last = referencePages().length
    expect(() => mount(SourceList, { props: { page: last + 1 } })).toThrow(new RegExp(`page must be a whole number from 1 to ${last}.*got ${last + 1}.*npm run refs`))
    expect(() => mount(SourceList, { props: { page: 0 } })).toThrow(/page must be a whole number/)
  })
})
