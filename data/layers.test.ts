import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { layerKinds } from './layers'

const tokens = readFileSync(resolve('styles/tokens.css'), 'utf8')

describe('layer kinds', () => {
  it('cover the twelve kinds the diagrams use', () => {
    expect(Object.keys(layerKinds)).toEqual(['hardware', 'host-os', 'host-kernel', 'os-kernel', 'system-calls', 'userland', 'hypervisor', 'virtual-hardware', 'guest-os', 'container-runtime', 'libraries', 'application'])
  })

  for (const [kind, info] of Object.entries(layerKinds)) {
    it(`${kind}: has a label, a one-line explanation and a colour defined in styles/tokens.css`, () => {
      expect(info.label.length).toBeGreaterThan(2)
      expect(info.explain.length).toBeGreaterThan(20)
      expect(info.explain.length, 'one line beside the stack').toBeLessThanOrEqual(100)
      expect(tokens).toContain(`--layer-${info.color}-bg:`)
      expect(tokens).toContain(`--layer-${info.color}-fg:`)
    })
  }
})
