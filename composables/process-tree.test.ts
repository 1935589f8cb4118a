import type { ProcessTreeSpec } from '../data/process-tree'
import { describe, expect, it } from 'vitest'
import { dockerRun } from '../data/process-tree'
import { checkProcessTree, processFrameAt } from './process-tree'

const last = dockerRun.steps.length - 1
const view = (step: number, id: string) => processFrameAt(dockerRun, step).views.find(v => v.node.id === id)!

describe('docker run as a process tree', () => {
  it('takes one click per step after the first', () => {
    expect(checkProcessTree(dockerRun)).toBe(dockerRun.steps.length - 1)
  })

  it('starts from the CLI alone, and adds the chain in order: dockerd, containerd, shim, runc, app', () => {
    const running = (step: number): string[] => processFrameAt(dockerRun, step).views.filter(v => v.state !== 'hidden').map(v => v.node.id)
    expect(running(0)).toEqual(['cli'])
    expect(running(5)).toEqual(['cli', 'dockerd', 'containerd', 'shim', 'runc', 'app'])
  })

  it('draws the daemons the CLI and dockerd ask as peers, not children; the shim, runc and the app as children', () => {
    expect([view(5, 'cli'), view(5, 'dockerd'), view(5, 'containerd')].map(v => [v.parent, v.depth])).toEqual([[null, 0], [null, 0], [null, 0]])
    expect(view(5, 'shim').parent).toBe('containerd')
    expect(view(5, 'runc').parent).toBe('shim')
    expect(view(5, 'app')).toMatchObject({ parent: 'runc', depth: 3 })
  })

  it('then runc exits and the shim stays as the app’s parent', () => {
    expect(view(6, 'runc').state).toBe('exited')
    expect(view(6, 'app')).toMatchObject({ parent: 'shim', depth: 2, state: 'running' })
    expect(view(6, 'shim').state).toBe('running')
  })

  it('ends with the app’s system calls going to the kernel, and no earlier', () => {
    expect(processFrameAt(dockerRun, last - 1).syscalls).toBe(false)
    expect(processFrameAt(dockerRun, last).syscalls).toBe(true)
    expect(processFrameAt(dockerRun, 99)).toEqual(processFrameAt(dockerRun, last))
  })

  it('marks only what the current step added as current', () => {
    expect(processFrameAt(dockerRun, 3).views.filter(v => v.state === 'current').map(v => v.node.id)).toEqual(['shim'])
  })
})

describe('process tree: bad input', () => {
  const base: ProcessTreeSpec = { ...dockerRun, id: 'test' }

  it('rejects a process that comes from one listed after it', () => {
    const nodes = [dockerRun.nodes[1], dockerRun.nodes[0], ...dockerRun.nodes.slice(2)]
    expect(() => checkProcessTree({ ...base, nodes })).toThrow(/"dockerd" comes from "cli", which is listed after it/)
  })

  it('rejects a step that names an unknown process', () => {
    expect(() => checkProcessTree({ ...base, steps: [...base.steps, { caption: 'x', exit: ['rnuc'] }] })).toThrow(/names "rnuc", which is not one of its processes/)
  })

  it('rejects ending a process twice, or giving a child to an exited parent', () => {
    expect(() => checkProcessTree({ ...base, steps: [...base.steps, { caption: 'x', exit: ['runc'] }] })).toThrow(/ends "runc", which is not running then/)
    expect(() => checkProcessTree({ ...base, steps: [...base.steps, { caption: 'x', reparent: [{ id: 'app', to: 'runc' }] }] })).toThrow(/parent "runc", which is not running then/)
  })

  it('rejects a process no step shows, and an unknown source', () => {
    expect(() => checkProcessTree({ ...base, steps: base.steps.slice(0, 3) })).toThrow(/no step shows "shim", "runc", "app"/)
    expect(() => checkProcessTree({ ...base, sources: ['nope' as never] })).toThrow(/cites "nope"/)
  })
})
