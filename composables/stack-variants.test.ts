import type { StackSpec } from '../data/stacks'
import { describe, expect, it } from 'vitest'
import { stacks, vmBareMetal, vmsOnOneHost } from '../data/stacks'
import { buildStackModel, captions, drawnModel, explanations, frameAt, layerLight, rowState } from './stack'

const vm = buildStackModel(stacks['vm-hosted'])

function drawnKinds(step: number): string[] {
  const frame = frameAt(vm, step)
  const m = drawnModel(vm, frame)
  return m.rows.filter((_, r) => rowState(m, frame, r) !== 'hidden').map(row => row[0].kind)
}

describe('stack model: a stack built once, then varied by click', () => {
  const built = vm.buildSteps - 1 + vm.highlights.length

  it('draws the stack itself while it is built and highlighted', () => {
    expect(frameAt(vm, built).variant).toBeNull()
    expect(drawnModel(vm, frameAt(vm, built)).id).toBe('vm-hosted')
  })

  it('then one VM becomes several, and then the host OS drops away, one click each', () => {
    expect(vm.variants.map(v => v.model.id)).toEqual(['vms-on-one-host', 'vm-bare-metal'])
    expect(drawnModel(vm, frameAt(vm, built + 1)).id).toBe('vms-on-one-host')
    expect(drawnKinds(built + 1)).toEqual(['hardware', 'host-os', 'hypervisor', 'virtual-hardware', 'guest-os', 'application'])
    expect(drawnModel(vm, frameAt(vm, built + 2)).id).toBe('vm-bare-metal')
    expect(drawnKinds(built + 2)).not.toContain('host-os')
    expect(drawnKinds(built + 2)[1]).toBe('hypervisor')
  })

  it('draws a variant whole, lights its layers and captions it, without a per-row explanation', () => {
    const frame = frameAt(vm, built + 1)
    const m = drawnModel(vm, frame)
    expect(m.rows.every((_, r) => rowState(m, frame, r) === 'shown')).toBe(true)
    expect(m.rows.flat().filter(layer => layerLight(frame, layer) === 'lit').map(l => l.label)).toEqual(['Linux', 'Windows', 'Linux'])
    expect(frame.highlight?.caption).toMatch(/Three VMs/)
    expect(explanations(vm, frame)).toEqual([])
  })

  it('ends on its last variant, and lists every caption for the handout page', () => {
    expect(frameAt(vm, 99).variant).toBe(1)
    expect(captions(vm)).toHaveLength(vm.highlights.length + vm.variants.length)
    expect(captions(vm).at(-1)).toMatch(/bare metal/)
  })

  it('leaves a stack without variants as it was', () => {
    const plain = buildStackModel(vmsOnOneHost)
    expect(plain.variants).toEqual([])
    expect(frameAt(plain, 99).variant).toBeNull()
  })
})

describe('stack model: bad variants', () => {
  const base: StackSpec = { id: 'test', title: 'Test', alt: 'A test stack.', rows: [{ band: { kind: 'hardware' } }] }

  it('rejects a variant that lights a layer it does not draw', () => {
    const spec: StackSpec = { ...base, variants: [{ stack: vmBareMetal, kinds: ['host-os'], caption: 'x' }] }
    expect(() => buildStackModel(spec)).toThrow(/variant 1 \("vm-bare-metal"\) lights "host-os", which is not in that stack/)
  })

  it('rejects a variant that lights nothing', () => {
    const spec: StackSpec = { ...base, variants: [{ stack: vmBareMetal, kinds: [], caption: 'x' }] }
    expect(() => buildStackModel(spec)).toThrow(/variant 1 \("vm-bare-metal"\) lights no layer/)
  })

  it('rejects a variant with variants of its own', () => {
    const spec: StackSpec = { ...base, variants: [{ stack: stacks['vm-hosted'], kinds: ['hardware'], caption: 'x' }] }
    expect(() => buildStackModel(spec)).toThrow(/has variants of its own/)
  })
})

describe('a handout page says in words what its pictures cannot show', () => {
  it('the several-VMs caption says paper does not draw it; the type 1 caption, drawn beside, does not', async () => {
    const { handoutPoints, SCREEN_ONLY_LEAD } = await import('./stack')
    const { stacks } = await import('../data/stacks')
    const points = handoutPoints(stacks['vm-hosted']).map(p => p.caption)
    expect(points.find(c => c.includes('Three VMs'))).toMatch(new RegExp(`^${SCREEN_ONLY_LEAD}`))
    expect(points.find(c => c.includes('bare metal'))).not.toContain(SCREEN_ONLY_LEAD)
    expect(points[0]).not.toContain(SCREEN_ONLY_LEAD)
  })
})
