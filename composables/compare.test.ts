import type { StackComparison } from '../data/stacks'
import { describe, expect, it } from 'vitest'
import { vmVsContainers } from '../data/stacks'
import { buildCompareModel, captionAt, litAt, slotShown } from './compare'

const model = buildCompareModel(vmVsContainers)

describe('side-by-side model', () => {
  it('aligns the two stacks row by row, with empty container slots where VMs have more', () => {
    const kinds = (side: 'vm' | 'container'): string[] => model.rows[side].map(row => row?.[0].kind ?? '—')
    expect(kinds('vm')).toEqual(['hardware', 'host-os', 'hypervisor', 'virtual-hardware', 'guest-os', 'libraries', 'application'])
    expect(kinds('container')).toEqual(['hardware', 'host-kernel', '—', '—', '—', 'libraries', 'application'])
  })

  it('draws the runtime beside the containers, standing on the kernel, not in the row between them and it', () => {
    expect(model.aside?.side).toBe('container')
    expect(model.aside?.layer.kind).toBe('container-runtime')
    expect(model.aside?.from).toBe(2)
    expect(model.rows.container[2]).toBeNull()
    expect(model.missing[2]).toBe('no hypervisor')
  })

  it('shows both stacks whole, unlit, before the first click', () => {
    expect(litAt(model, 'vm', 0)).toEqual([])
    expect(captionAt(model, 0)).toBe(vmVsContainers.intro)
    expect([3, 4].map(r => slotShown(model, r, 0))).toEqual([false, false])
  })

  it('first shows the missing guest OS, then the missing virtual hardware, then hypervisor against runtime, then the shared kernel', () => {
    expect(litAt(model, 'vm', 1)).toEqual(['guest-os'])
    expect([3, 4].map(r => slotShown(model, r, 1))).toEqual([false, true])
    expect(litAt(model, 'vm', 2)).toEqual(['virtual-hardware'])
    expect([3, 4].map(r => slotShown(model, r, 2))).toEqual([true, true])
    expect([litAt(model, 'vm', 3), litAt(model, 'container', 3)]).toEqual([['hypervisor'], ['container-runtime']])
    expect(litAt(model, 'container', 4)).toEqual(['host-kernel'])
  })

  it('rejects rows empty on both sides, unexplained gaps, and gaps no click reveals', () => {
    const base = vmVsContainers
    const bothEmpty: StackComparison = { ...base, rows: [...base.rows, { vm: null, container: null }] }
    expect(() => buildCompareModel(bothEmpty)).toThrow(/row 8: both sides are empty/)
    const unexplained: StackComparison = { ...base, rows: base.rows.map(row => ({ ...row, missing: undefined })) }
    expect(() => buildCompareModel(unexplained)).toThrow(/row 3: the container side is empty; say what is missing/)
    const neverShown: StackComparison = { ...base, steps: base.steps.filter(step => !step.vm.includes('virtual-hardware')) }
    expect(() => buildCompareModel(neverShown)).toThrow(/row 4: no step lights the VM layer/)
  })

  it('rejects a step that lights a layer its side does not have', () => {
    const wrong: StackComparison = { ...vmVsContainers, steps: [{ caption: 'x', vm: [], container: ['guest-os'] }] }
    expect(() => buildCompareModel(wrong)).toThrow(/container side.*lights "guest-os", which is not in this stack/)
  })
})
