import type { StackSpec } from '../data/stacks'
import { describe, expect, it } from 'vitest'
import { stacks, vmBareMetal, vmsOnOneHost } from '../data/stacks'
import { allExplanations, buildStackModel, explanations, frameAt, layerLight, rowState } from './stack'

const vm = buildStackModel(stacks['vm-hosted'])
const many = buildStackModel(vmsOnOneHost)

function visibleKinds(model: ReturnType<typeof buildStackModel>, step: number): string[] {
  const frame = frameAt(model, step)
  return model.rows.filter((_, r) => rowState(model, frame, r) !== 'hidden').map(row => row[0].kind)
}

describe('stack model: building up', () => {
  it('needs one click per row after the first, plus one per highlight', () => {
    expect(vm.clicks).toBe(6 - 1 + 1 + 2) // and two variants (several VMs, bare metal)
    expect(many.clicks).toBe(4 - 1 + 2) // groups [3, 1, 1, 1]
  })

  it('shows the hardware first and adds one layer per click, bottom-up', () => {
    expect(visibleKinds(vm, 0)).toEqual(['hardware'])
    expect(visibleKinds(vm, 1)).toEqual(['hardware', 'host-os'])
    expect(visibleKinds(vm, 5)).toEqual(['hardware', 'host-os', 'hypervisor', 'virtual-hardware', 'guest-os', 'application'])
  })

  it('adds a chosen group of rows on one click', () => {
    expect(visibleKinds(many, 0)).toEqual(['hardware', 'host-os', 'hypervisor'])
    expect(visibleKinds(many, 1)).toEqual(['hardware', 'host-os', 'hypervisor', 'virtual-hardware'])
  })

  it('marks the rows just added as newest, and explains them', () => {
    const frame = frameAt(vm, 2)
    expect(vm.rows.map((_, r) => rowState(vm, frame, r))).toEqual(['shown', 'shown', 'current', 'hidden', 'hidden', 'hidden'])
    expect(explanations(vm, frame).map(e => e.title)).toEqual(['Hypervisor'])
    // a per-VM row is explained once, by its kind when the VMs' labels differ
    expect(explanations(many, frameAt(many, 2))).toEqual([{ title: 'Guest OS ×3', explain: many.rows[4][0].explain, color: 'guest-os' }])
    expect(explanations(many, frameAt(many, 3)).map(e => e.title)).toEqual(['App ×3'])
  })

  it('explains every row, top row first, for a handout page', () => {
    expect(allExplanations(vm).map(e => e.title)).toEqual(vm.rows.flat().map(layer => layer.label).reverse())
    expect(allExplanations(many).map(e => e.title)).toEqual(['App ×3', 'Guest OS ×3', 'Virtual hardware ×3', 'Hypervisor', 'Host OS', 'Physical hardware'])
    expect(allExplanations(many).every(e => e.explain.length > 0)).toBe(true)
  })

  it('lights the highlighted layers and dims the rest after the build', () => {
    const frame = frameAt(many, 4)
    expect(frame.highlight?.kinds).toEqual(['guest-os'])
    const lights = many.rows.flat().map(layer => `${layer.kind}:${layerLight(frame, layer)}`)
    expect(lights.filter(l => l.endsWith(':lit'))).toEqual(['guest-os:lit', 'guest-os:lit', 'guest-os:lit'])
    expect(lights.filter(l => l.endsWith(':dim'))).toHaveLength(many.rows.flat().length - 3)
    expect(explanations(many, frame)).toEqual([])
  })

  it('clamps steps past the end to the final state', () => {
    expect(frameAt(vm, 99)).toEqual(frameAt(vm, vm.clicks))
    expect(visibleKinds(many, 99)).toHaveLength(6)
  })

  it('resolves labels and explanations from the layer kinds unless the stack overrides them', () => {
    expect(vm.rows[0][0].label).toBe('Physical hardware')
    expect(vm.rows[4][0].label).toBe('Guest OS (Linux or Windows)')
    expect(vm.rows[4][0].color).toBe('guest-os')
  })
})

describe('stack model: bad input', () => {
  const base: StackSpec = { id: 'test', title: 'Test', alt: 'A test stack.', rows: [{ band: { kind: 'hardware' } }] }

  it('rejects an empty stack', () => {
    expect(() => buildStackModel({ ...base, rows: [] })).toThrow('Stack "test": has no layers')
  })

  it('rejects an unknown layer kind, listing the known ones', () => {
    const spec = { ...base, rows: [{ band: { kind: 'gust-os' } }] } as unknown as StackSpec
    expect(() => buildStackModel(spec)).toThrow(/row 1 \(bottom-up\): unknown layer kind "gust-os"; known kinds: hardware, host-os/)
  })

  it('rejects a per-app row in a stack with no columns', () => {
    const spec: StackSpec = { ...base, rows: [...base.rows, { cells: [{ kind: 'application' }] }] }
    expect(() => buildStackModel(spec)).toThrow(/row 2 \(bottom-up\): is per column \(cells\), but the stack has no columns/)
  })

  it('rejects a per-app row with the wrong number of cells', () => {
    const spec: StackSpec = { ...base, columns: ['A', 'B'], rows: [...base.rows, { cells: [{ kind: 'application' }] }] }
    expect(() => buildStackModel(spec)).toThrow(/has 1 cells for 2 columns/)
  })

  it('rejects a highlight of a layer that is not there', () => {
    const spec: StackSpec = { ...base, highlights: [{ kinds: ['guest-os'], caption: 'Each VM has its own OS' }] }
    expect(() => buildStackModel(spec)).toThrow(/highlight 1 \("Each VM has its own OS"\) lights "guest-os", which is not in this stack/)
  })

  it('rejects groups that do not add up to the rows', () => {
    expect(() => buildStackModel({ ...base, groups: [2] })).toThrow(/groups \[2\] must be whole numbers/)
  })
})

describe('the stacks in data/stacks.ts', () => {
  for (const [id, spec] of Object.entries(stacks)) {
    it(`${id}: is valid, starts from the hardware, has an id matching its key and a text alternative`, () => {
      const model = buildStackModel(spec)
      expect(spec.id).toBe(id)
      expect(model.rows[0][0].kind).toBe('hardware')
      expect(spec.alt.length).toBeGreaterThan(40)
      expect(model.rows.at(-1)!.every(layer => layer.kind === 'application')).toBe(true)
    })
  }

  it('the chapter\'s VM stack is, bottom-up, hardware, host OS, hypervisor, virtual hardware, guest OS, application', () => {
    expect(vm.rows.map(row => row[0].kind)).toEqual(['hardware', 'host-os', 'hypervisor', 'virtual-hardware', 'guest-os', 'application'])
  })

  it('the chapter\'s container stack shares hardware, kernel and runtime, with libs and an app per container', () => {
    const model = buildStackModel(stacks.containers)
    expect(model.rows.map(row => row.map(l => l.kind).join('+'))).toEqual([
      'hardware',
      'host-kernel',
      'container-runtime',
      'libraries+libraries+libraries',
      'application+application+application',
    ])
  })

  it('the bare-metal stack has no host OS', () => {
    expect(buildStackModel(vmBareMetal).rows.flat().some(l => l.kind === 'host-os')).toBe(false)
  })
})
