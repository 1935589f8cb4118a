import { describe, expect, it } from 'vitest'
import { terminalTheme } from './terminal-theme'

describe('terminalTheme', () => {
  it('gives xterm each colour as the page computes its token', () => {
    const page: Record<string, string> = { '--vm-bg': ' #14181f', '--vm-fg': '#e8eaed ', '--vm-selection-bg': '#3a4a66' }
    expect(terminalTheme(token => page[token] ?? '')).toEqual({
      background: '#14181f',
      foreground: '#e8eaed',
      cursor: '#e8eaed',
      selectionBackground: '#3a4a66',
    })
  })

  it('names the token and the file when a colour is missing', () => {
    const page: Record<string, string> = { '--vm-bg': '#14181f', '--vm-fg': '#e8eaed' }
    expect(() => terminalTheme(token => page[token] ?? '')).toThrow(/--vm-selection-bg \(its selectionBackground\) is not set.*styles\/tokens\.css/)
  })
})
