/**
 * The colours of the live VM's xterm.js terminal. xterm paints them itself, so it needs concrete
 * colours, not var(): they are read from the design tokens (styles/tokens.css) when the terminal
 * opens, so the tokens stay the one place the console's colours are written.
 */

/** Which token each of xterm's theme colours takes. */
export const TERMINAL_TOKENS = {
  background: '--vm-bg',
  foreground: '--vm-fg',
  cursor: '--vm-fg',
  selectionBackground: '--vm-selection-bg',
} as const

export type TerminalTheme = Record<keyof typeof TERMINAL_TOKENS, string>

/**
 * xterm's theme from the tokens, `read` giving a custom property's value as the page computes it
 * (`name => getComputedStyle(element).getPropertyValue(name)`).
 */
export function terminalTheme(read: (token: string) => string): TerminalTheme {
  const entries = Object.entries(TERMINAL_TOKENS).map(([key, token]) => {
    const value = read(token).trim()
    if (!value)
      throw new Error(`The VM's terminal: the colour token ${token} (its ${key}) is not set on the page; define it in styles/tokens.css.`)
    return [key, value]
  })
  return Object.fromEntries(entries) as TerminalTheme
}
