import type { GlossaryEntry } from './glossary'
import { describe, expect, it } from 'vitest'
import { sources } from './sources'

describe('sources', () => {
  for (const [id, source] of Object.entries(sources)) {
    it(`${id}: names who, what and where, and an address you can follow`, () => {
      expect(source.by.length).toBeGreaterThan(1)
      expect(source.title.length).toBeGreaterThan(2)
      expect(source.where.length).toBeGreaterThan(2)
      expect(source.url, `${id} needs an https address or a DOI (https://doi.org/10.…)`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]\S*)?$/i)
      const url = new URL(source.url)
      expect(url.protocol).toBe('https:')
      if (url.hostname === 'doi.org')
        expect(url.pathname, `${id}: a DOI looks like /10.<registrant>/<suffix>`).toMatch(/^\/10\.\d{4,9}\/\S+$/)
    })
  }

  it('cites no address twice (one source, one entry)', () => {
    const urls = Object.values(sources).map(s => s.url)
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([])
  })
})

describe('data that states a year or a number cites where it comes from', () => {
  it('every glossary definition with a year or a count of two digits or more names its sources', async () => {
    const { glossary } = await import('./glossary')
    for (const [id, entry] of Object.entries(glossary) as [string, GlossaryEntry][]) {
      if (/\b\d{2,}\b/.test(entry.definition))
        expect(entry.sources?.length, `glossary "${id}": "${entry.definition}" needs sources`).toBeGreaterThan(0)
      for (const source of entry.sources ?? [])
        expect(sources, `glossary "${id}" cites ${source}`).toHaveProperty([source])
    }
  })
})
