import { describe, expect, it } from 'vitest'
import { sources } from './sources'

describe('sources', () => {
  for (const [id, source] of Object.entries(sources)) {
    it(`${id}: names who, what and where`, () => {
      expect(source.by.length).toBeGreaterThan(1)
      expect(source.title.length).toBeGreaterThan(2)
      expect(source.where.length).toBeGreaterThan(2)
      if ('url' in source)
        expect(source.url).toMatch(/^https:\/\//)
    })
  }
})
