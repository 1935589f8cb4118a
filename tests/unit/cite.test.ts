import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Cite from '../../components/Cite.vue'
import { citations, citationText, referencePages } from '../../composables/references'
import { sources } from '../../data/sources'

/** The number the references slides print before a source. */
function listedNumber(id: string): number {
  const ref = referencePages().flat().find(r => r.id === id)
  if (!ref)
    throw new Error(`${id} is on no references slide`)
  return ref.no
}

describe('citations: slides cite sources by their number in the references', () => {
  it('a citation\'s number is the one the references slides print before that source', () => {
    for (const id of Object.keys(sources))
      expect(citations(id)[0].no, id).toBe(listedNumber(id))
  })

  it('several sources read in list order, each once, from an array or a string', () => {
    const text = citationText(citations('xen-paper popek-goldberg, xen-paper'))
    expect(text).toBe(`[${listedNumber('popek-goldberg')}, ${listedNumber('xen-paper')}]`)
    expect(citationText(citations(['xen-paper', 'popek-goldberg']))).toBe(text)
  })

  it('<Cite> shows [n] with each number linking to its source', () => {
    const w = mount(Cite, { props: { id: 'firecracker-spec kvm-merge' } })
    const n = (id: string): number => listedNumber(id)
    const [first, second] = [n('firecracker-spec'), n('kvm-merge')].sort((a, b) => a - b)
    expect(w.text()).toBe(`[${first}, ${second}]`)
    const links = w.findAll('a')
    expect(links.map(a => a.text())).toEqual([String(first), String(second)])
    for (const a of links) {
      const id = Object.keys(sources).find(key => listedNumber(key) === Number(a.text())) as keyof typeof sources
      expect(a.attributes('href')).toBe(sources[id].url)
      expect(a.attributes('aria-label')).toBe(`source ${a.text()}: ${sources[id].by}, “${sources[id].title}”`)
    }
  })

  it('an unknown or missing id says what is wrong and how to fix it', () => {
    expect(() => mount(Cite, { props: { id: 'xen-papr' } })).toThrow(/no source "xen-papr" in data\/sources.ts; add it there \(then run `npm run refs`\) or use a known id/)
    expect(() => mount(Cite, { props: { id: ' ' } })).toThrow(/give at least one source id/)
  })
})
