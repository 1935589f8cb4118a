import { describe, expect, it } from 'vitest'
import { clickMarks, minutes, openingLines, words } from './notes'

const note = `**Say this.**

More.

[click] **Then this.** Why.

[click] no bold opener

Time: 1.5 min.`

describe('notes conventions', () => {
  it('counts the [click] marks', () => {
    expect(clickMarks(note)).toBe(2)
    expect(clickMarks('none')).toBe(0)
  })

  it('finds each segment’s bold opening line, or null where there is none', () => {
    expect(openingLines(note)).toEqual(['Say this.', 'Then this.', null])
  })

  it('reads the minutes from the last line, and only from an exact `Time: N min.` line', () => {
    expect(minutes(note)).toBe(1.5)
    expect(minutes('Time: 2 min.\nmore')).toBeNull()
    expect(minutes('Time: 2 minutes')).toBeNull()
  })

  it('counts words without markdown marks', () => {
    expect(words('**Two words.** `and` three')).toBe(4)
  })
})
