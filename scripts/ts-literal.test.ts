import { describe, expect, it } from 'vitest'
import { tsLiteral } from './ts-literal'

describe('tsLiteral', () => {
  it('writes a value that reads back the same', () => {
    const value = { a: 'it\'s\n\ta \\ path', b: [1, true, null, { 'd-e': [], 'f': {} }] }
    // eslint-disable-next-line no-new-func
    expect(new Function(`return ${tsLiteral(value)}`)()).toEqual(value)
    expect(tsLiteral({ x: 'y' })).toBe('{\n  x: \'y\',\n}')
    expect(tsLiteral({ 'x-y': 1, 'z': 2 })).toBe('{\n  \'x-y\': 1,\n  \'z\': 2,\n}')
  })
})
