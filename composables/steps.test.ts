import { describe, expect, it } from 'vitest'
import { ariaHidden, assertSteps, itemState, stepAt } from './steps'

describe('stepAt', () => {
  it('is 0 before the component has registered', () => {
    expect(stepAt(5, undefined, 4)).toBe(0)
  })
  it('counts clicks from the first registered one', () => {
    // registered at click 3 (after two earlier v-clicks) with 4 steps
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(c => stepAt(c, 3, 4))).toEqual([0, 0, 0, 1, 2, 3, 4, 4])
  })
})

describe('itemState', () => {
  it('hides items after the step, marks the step newest, the rest shown', () => {
    expect([1, 2, 3, 4].map(i => itemState(i, 2))).toEqual(['shown', 'current', 'hidden', 'hidden'])
    expect([1, 2].map(i => itemState(i, 0))).toEqual(['hidden', 'hidden'])
  })
})

describe('assertSteps', () => {
  it('rejects a count that is not a whole number, naming the component', () => {
    expect(() => assertSteps(1.5, 'Stack')).toThrow(/Stack: .*whole number.*1\.5/)
    expect(() => assertSteps(-1, 'Stack')).toThrow(/got -1/)
    expect(() => assertSteps(3, 'Stack')).not.toThrow()
  })
})

describe('ariaHidden', () => {
  it('hides only the steps not yet shown', () => {
    expect((['hidden', 'current', 'shown'] as const).map(ariaHidden)).toEqual(['true', undefined, undefined])
  })
})
