import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TERMINAL_TOKENS } from '../vm/terminal-theme'
import { contrast, greyLevel, mix, toGrey } from './contrast'

function block(css: string, selector: string): Record<string, string> {
  const body = css.match(new RegExp(`${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`))?.[1] ?? ''
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(m => [m[1], m[2].toLowerCase()]))
}

const css = readFileSync(resolve('styles/tokens.css'), 'utf8')
const light = block(css, ':root')
const dark = { ...light, ...block(css, 'html.dark') }
const dimMix = Number(css.match(/--layer-dim-mix:\s*([\d.]+)%/)?.[1]) / 100
/** The live VM's text colours and every fill each is written on (components/vm/LinuxVm.vue). */
const VM_TEXT: [fg: string, on: string[]][] = [
  ['--vm-fg', ['--vm-bg', '--vm-bar-bg', '--vm-foot-bg', '--vm-selection-bg']],
  ['--vm-dim', ['--vm-bg', '--vm-bar-bg', '--vm-foot-bg']],
  ['--vm-command', ['--vm-bg']],
  ['--vm-error-fg', ['--vm-error-bg']],
  ['--vm-retry-fg', ['--vm-retry-bg']],
]
const LAYER_KINDS = ['hardware', 'host-os', 'system-call', 'hypervisor', 'virtual-hardware', 'guest-os', 'container-runtime', 'libraries', 'application']

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(() => contrast('red', '#fff')).toThrow(/#rrggbb/)
  })
})

describe('greyscale helpers', () => {
  it('print a colour as its Rec. 601 luma, and mix colours as CSS color-mix in srgb does', () => {
    expect(greyLevel('#ffffff')).toBe(255)
    expect(greyLevel('#00ff00')).toBe(150)
    expect(toGrey('#0000ff')).toBe('#1d1d1d')
    expect(mix('#000000', '#ffffff', 0.3)).toBe('#b3b3b3')
    expect(() => greyLevel('#fff')).toThrow(/#rrggbb/)
  })
})

describe('design tokens', () => {
  it('define a fill and a text colour for every layer kind', () => {
    for (const kind of LAYER_KINDS) {
      expect(light[`--layer-${kind}-bg`], kind).toMatch(/^#/)
      expect(light[`--layer-${kind}-fg`], kind).toMatch(/^#/)
    }
  })

  it('give each layer kind its own fill', () => {
    const fills = LAYER_KINDS.map(kind => light[`--layer-${kind}-bg`])
    expect(new Set(fills).size).toBe(LAYER_KINDS.length)
  })

  for (const [mode, tokens] of [['light', light], ['dark', dark]] as const) {
    it(`meet WCAG AA (4.5:1) for text on every layer fill in ${mode} mode`, () => {
      for (const kind of LAYER_KINDS) {
        const ratio = contrast(tokens[`--layer-${kind}-fg`], tokens[`--layer-${kind}-bg`])
        expect(ratio, `${kind} in ${mode} mode: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5)
      }
    })
    it(`meet WCAG AA (4.5:1) for text on every layer fill in ${mode} mode, printed in greyscale`, () => {
      for (const kind of LAYER_KINDS) {
        const ratio = contrast(toGrey(tokens[`--layer-${kind}-fg`]), toGrey(tokens[`--layer-${kind}-bg`]))
        expect(ratio, `${kind} in greyscale: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5)
      }
    })
    it(`keep a dimmed layer's text legible (4.5:1, in colour and greyscale) in ${mode} mode`, () => {
      expect(dimMix, '--layer-dim-mix in styles/tokens.css, a percentage').toBeGreaterThan(0)
      for (const kind of LAYER_KINDS) {
        const fill = mix(tokens[`--layer-${kind}-bg`], tokens['--deck-bg'], dimMix)
        const ratio = contrast(tokens['--deck-fg'], fill)
        const grey = contrast(toGrey(tokens['--deck-fg']), toGrey(fill))
        expect(ratio, `dimmed ${kind} (${mode}): ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5)
        expect(grey, `dimmed ${kind} (${mode}) in greyscale: ${grey.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5)
      }
    })
    it(`meet WCAG AA for body, muted and accent text on the ${mode} background and cards`, () => {
      for (const fg of ['--deck-fg', '--deck-muted', '--deck-accent', '--deck-warn']) {
        for (const bg of ['--deck-bg', '--deck-card-bg'])
          expect(contrast(tokens[fg], tokens[bg]), `${fg} on ${bg} (${mode})`).toBeGreaterThanOrEqual(4.5)
      }
    })
    it(`meet WCAG AA (4.5:1) for the live VM's terminal and status text on each of its fills in ${mode} mode`, () => {
      for (const [fg, fills] of VM_TEXT) {
        for (const bg of fills) {
          expect(tokens[fg] ?? 'not defined', `${fg} in styles/tokens.css, a #rrggbb colour`).toMatch(/^#[0-9a-f]{6}$/)
          expect(tokens[bg] ?? 'not defined', `${bg} in styles/tokens.css, a #rrggbb colour`).toMatch(/^#[0-9a-f]{6}$/)
          const ratio = contrast(tokens[fg], tokens[bg])
          expect(ratio, `${fg} on ${bg} (${mode}): ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5)
        }
      }
    })
  }

  it('define every colour the VM\'s terminal (xterm.js) reads, and the VM writes no colour of its own', () => {
    for (const token of Object.values(TERMINAL_TOKENS))
      expect(light[token] ?? 'not defined', `${token} in styles/tokens.css (vm/terminal-theme.ts reads it)`).toMatch(/^#/)
    for (const file of ['components/vm/LinuxVm.vue', 'vm/terminal.ts']) {
      const text = readFileSync(resolve(file), 'utf8')
      const hex = text.match(/#[0-9a-f]{3,8}\b/gi) ?? []
      expect(hex, `${file} writes colours; use the --vm-* tokens in styles/tokens.css`).toEqual([])
      for (const [, token] of text.matchAll(/var\((--vm-[\w-]+)\)/g))
        expect(light[token] ?? 'not defined', `${file} uses ${token}, which styles/tokens.css does not define`).toMatch(/^#/)
    }
  })

  it('keep every two layer kinds at least 20 grey levels apart in greyscale (all eight meet on the side-by-side slide)', () => {
    const greys = LAYER_KINDS.map(kind => ({ kind, grey: greyLevel(light[`--layer-${kind}-bg`]) })).sort((a, b) => a.grey - b.grey)
    for (let i = 1; i < greys.length; i++) {
      const [a, b] = [greys[i - 1], greys[i]]
      expect(b.grey - a.grey, `${a.kind} (${a.grey}) and ${b.kind} (${b.grey}) print as nearly the same grey`).toBeGreaterThanOrEqual(20)
    }
  })
})
