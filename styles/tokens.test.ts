import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contrast } from './contrast'

function block(css: string, selector: string): Record<string, string> {
  const body = css.match(new RegExp(`${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`))?.[1] ?? ''
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(m => [m[1], m[2].toLowerCase()]))
}

const css = readFileSync(resolve('styles/tokens.css'), 'utf8')
const light = block(css, ':root')
const dark = { ...light, ...block(css, 'html.dark') }
const LAYER_KINDS = ['hardware', 'host-os', 'system-call', 'hypervisor', 'virtual-hardware', 'guest-os', 'container-runtime', 'libraries', 'application']

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(() => contrast('red', '#fff')).toThrow(/#rrggbb/)
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
    it(`meet WCAG AA for body, muted and accent text on the ${mode} background and cards`, () => {
      for (const fg of ['--deck-fg', '--deck-muted', '--deck-accent', '--deck-warn']) {
        for (const bg of ['--deck-bg', '--deck-card-bg'])
          expect(contrast(tokens[fg], tokens[bg]), `${fg} on ${bg} (${mode})`).toBeGreaterThanOrEqual(4.5)
      }
    })
  }
})
