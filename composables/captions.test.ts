import { describe, expect, it } from 'vitest'
import { captionsShown } from './captions'

describe('captionsShown', () => {
  it('without an intro, shows caption n at step n', () => {
    expect([0, 1, 2].map(step => captionsShown(3, step, false, false))).toEqual([
      { kind: 'one', index: 0 },
      { kind: 'one', index: 1 },
      { kind: 'one', index: 2 },
    ])
  })

  it('with an intro, shows it at step 0 and caption n − 1 at step n', () => {
    expect([0, 1, 3].map(step => captionsShown(3, step, false, true))).toEqual([
      { kind: 'intro' },
      { kind: 'one', index: 0 },
      { kind: 'one', index: 2 },
    ])
  })

  it('on a handout page lists every caption, in order, and never the intro', () => {
    expect(captionsShown(3, 2, true, false)).toEqual({ kind: 'all', indexes: [0, 1, 2] })
    expect(captionsShown(3, 3, true, true)).toEqual({ kind: 'all', indexes: [0, 1, 2] })
    expect(captionsShown(2, 0, true, true)).toEqual({ kind: 'all', indexes: [0, 1] })
  })

  it('says which steps the captions cover when a step has none', () => {
    expect(() => captionsShown(3, 3, false, false)).toThrow(/step 3 has no caption: 3 captions cover steps 0–2/)
    expect(() => captionsShown(3, 4, false, true)).toThrow(/3 captions and an intro cover steps 0–3/)
    expect(() => captionsShown(3, -1, false, false)).toThrow(/step -1 has no caption/)
    expect(() => captionsShown(3, 1.5, false, false)).toThrow(/step 1.5 has no caption/)
  })

  it('asks for at least one caption', () => {
    expect(() => captionsShown(0, 0, false, true)).toThrow(/at least one caption, got 0; pass one per step/)
  })
})
