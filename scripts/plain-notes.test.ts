import { describe, expect, it } from 'vitest'
import { loadDeck } from './deck-structure'
import { plainNotes } from './plain-notes'

describe('plainNotes', () => {
  it('drops Markdown markup and turns each [click] into a new paragraph', () => {
    const note = '**Say this.** A *complete* computer, see `lsns` and [the docs](https://example.org/x).\n\n[click] Then __this__: <kbd>Space</kbd> &amp; go.\n- one\n- two\n[click:3] End.'
    expect(plainNotes(note)).toBe('Say this. A complete computer, see lsns and the docs (https://example.org/x).\n\nThen this: Space & go.\n• one\n• two\n\nEnd.')
  })

  it('keeps snake_case, arithmetic stars and file names as they are', () => {
    expect(plainNotes('CONFIG_NAMESPACES and 2 * 3 * 4 in /etc/*.conf')).toBe('CONFIG_NAMESPACES and 2 * 3 * 4 in /etc/*.conf')
  })

  it('leaves no Markdown emphasis or click mark in any of the deck\'s notes', async () => {
    const deck = await loadDeck()
    for (const slide of deck.slides) {
      const text = plainNotes(slide.note)
      expect(text, `notes of slide ${slide.no}`).not.toMatch(/\*\*|\[click|<\/?[a-z]+>|`/)
      expect(text.length, `notes of slide ${slide.no}`).toBeGreaterThan(slide.note.length / 2)
    }
  })
})
