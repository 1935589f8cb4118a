/**
 * The VM's terminal in the page: xterm.js and its CSS (dynamic imports, so none of it is in the
 * deck's main bundle), sized to the box it is drawn in. Driven by the deck tests in Chromium.
 */
import type { Terminal } from '@xterm/xterm'
import { terminalTheme } from './terminal-theme'

export interface TerminalSetup {
  rows: number
  cols: number
  label: string
  onData: (data: string) => void
  /** Escape leaves the terminal: the deck's keys work again. */
  onEscape: () => void
  onFocus: (focused: boolean) => void
}

export const MONO = '"JetBrains Mono Variable", "JetBrains Mono", ui-monospace, monospace'
const FONT_PX = 16
/** Room kept for xterm's scrollbar, in px. */
const SCROLLBAR_PX = 14

/**
 * How many 16 px monospace columns fit across `element` less `padding` px (layout px, before the
 * slide's scaling). Measured on the VM's box, which is laid out even while the terminal is hidden.
 */
export function columnsThatFit(element: HTMLElement, padding: number): number {
  const probe = document.createElement('span')
  probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${FONT_PX}px ${MONO}`
  probe.textContent = 'W'.repeat(100)
  element.appendChild(probe)
  const cell = probe.offsetWidth / 100
  probe.remove()
  const width = element.clientWidth - padding - SCROLLBAR_PX
  return cell > 0 ? Math.max(40, Math.floor(width / cell)) : 80
}

/** Loads the terminal's code and font (before measuring: the column count depends on the font). */
export async function loadTerminal(): Promise<typeof import('@xterm/xterm')> {
  const [xterm] = await Promise.all([
    import('@xterm/xterm'),
    import('@xterm/xterm/css/xterm.css'),
    document.fonts?.load(`${FONT_PX}px ${MONO}`).catch(() => []),
  ])
  return xterm
}

/** Opens an xterm.js terminal in `element` (16 px text at the slide's canvas). */
export function openTerminal(xterm: typeof import('@xterm/xterm'), element: HTMLElement, setup: TerminalSetup): Terminal {
  const term = new xterm.Terminal({
    rows: setup.rows,
    cols: setup.cols,
    fontFamily: MONO,
    fontSize: FONT_PX,
    lineHeight: 1.1,
    // A dark terminal whatever the deck's colour scheme (the console of a machine): the --vm-* tokens.
    theme: terminalTheme(token => getComputedStyle(element).getPropertyValue(token)),
    cursorBlink: false,
    scrollback: 5000,
    convertEol: false,
  })
  term.attachCustomKeyEventHandler((event) => {
    if (event.key !== 'Escape')
      return true
    if (event.type === 'keydown')
      setup.onEscape()
    return false
  })
  term.onData(setup.onData)
  term.open(element)
  const input = term.textarea
  if (input) {
    input.setAttribute('aria-label', setup.label)
    input.addEventListener('focus', () => setup.onFocus(true))
    input.addEventListener('blur', () => setup.onFocus(false))
  }
  return term
}
