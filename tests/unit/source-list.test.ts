import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceList from '../../components/SourceList.vue'
import { sources } from '../../data/sources'
import { loadDeck } from '../../scripts/deck-structure'

describe('source list (the references slides)', () => {
  it('the deck\'s references slides list every source exactly once, numbered in order', async () => {
    const deck = await loadDeck()
    const pages = deck.slides.flatMap(slide => [...slide.content.matchAll(/<SourceList :page="(\d+)" :pages="(\d+)" \/>/g)].map(m => [Number(m[1]), Number(m[2])]))
    expect(pages.length).toBeGreaterThan(0)
    const listed = pages.flatMap(([page, of]) => mount(SourceList, { props: { page, pages: of } }).findAll('li').map(li => li.attributes('data-source')))
    expect(listed).toEqual(Object.keys(sources))
  })

  it('refuses more sources than fit on a slide, saying what to do', () => {
    expect(() => mount(SourceList, { props: { page: 1, pages: 1 } })).toThrow(/more than the 10 that fit; add a References slide and raise `pages`/)
  })

  it('rejects a page outside 1 … pages', () => {
    expect(() => mount(SourceList, { props: { page: 6, pages: 5 } })).toThrow(/page must be a whole number from 1 to pages \(got page 6 of 5\)/)
  })
})
