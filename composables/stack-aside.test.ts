import type { StackSpec } from '../data/stacks'
import { describe, expect, it } from 'vitest'
import { containers, containersInVm, microVm } from '../data/stacks'
import { buildStackModel } from './stack'

/** The layers drawn on each track, bottom-up (asides left out: they stand beside other tracks). */
function tracks(spec: StackSpec): string[][] {
  const model = buildStackModel(spec)
  return Array.from({ length: model.trackCount }, (_, t) => [...new Set(model.rows.flat().filter(l => !l.aside && l.track === t).map(l => l.kind))])
}

describe('the container runtime is drawn beside the containers, not between them and the kernel', () => {
  it.each([containers, containersInVm])('$id: the libraries stand directly on the kernel, the runtime in a column of its own', (spec) => {
    const model = buildStackModel(spec)
    const runtime = model.rows.flat().find(l => l.kind === 'container-runtime')!
    expect(runtime.aside).toBe(true)
    expect(runtime.column).toBe(model.columns.length)
    const kernelTrack = model.rows.flat().find(l => l.kind === 'host-kernel' || l.kind === 'guest-os')!.track
    expect(tracks(spec)[kernelTrack + 1]).toEqual(['libraries'])
    expect(runtime.track).toBe(kernelTrack + 1)
    expect(runtime.span, 'it reaches up beside every per-container row').toBe(2)
  })

  it('keeps one click per row: the runtime still arrives on its own click', () => {
    expect(buildStackModel(containers).clicks).toBe(containers.rows.length - 1 + containers.highlights!.length)
  })

  it('refuses an aside with anything but per-column rows above it, or in a stack without columns', () => {
    const bandAbove: StackSpec = { ...containers, rows: [...containers.rows, { band: { kind: 'hardware' } }] }
    expect(() => buildStackModel(bandAbove)).toThrow(/every row above it must be cells/)
    const noColumns: StackSpec = { id: 'x', title: 'x', alt: 'x', rows: [{ band: { kind: 'hardware' } }, { aside: { kind: 'container-runtime' } }] }
    expect(() => buildStackModel(noColumns)).toThrow(/has no columns/)
  })
})

describe('a microVM’s dashed wall holds its kernel and function, not its VMM', () => {
  it('starts the column frame above the VMM row', () => {
    const model = buildStackModel(microVm)
    const vmm = model.rows.flat().find(l => l.kind === 'hypervisor')!
    const kernel = model.rows.flat().find(l => l.kind === 'guest-os')!
    expect(model.frameTrack).toBe(kernel.track)
    expect(vmm.track).toBeLessThan(model.frameTrack)
  })

  it('refuses a frame that starts on a band', () => {
    expect(() => buildStackModel({ ...microVm, frameFrom: 1 })).toThrow(/frameFrom 1 is not a per-column row/)
  })
})
