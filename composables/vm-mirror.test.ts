import type { MirrorMessage, MirrorRole, VmStatus } from './vm-mirror'
import { describe, expect, it } from 'vitest'
import { outranks, RANK, VmMirror } from './vm-mirror'

/** Windows of one browser on one BroadcastChannel, with a clock the test moves by hand. */
function browserWindows() {
  const members: VmMirror[] = []
  const timers: { at: number, fn: () => void }[] = []
  let now = 0
  const outputs = new Map<string, { text: string, replay: boolean }[]>()
  const roles = new Map<string, MirrorRole[]>()
  const statuses = new Map<string, VmStatus[]>()

  function open(id: string, rank: number, key = '12:container') {
    outputs.set(id, [])
    roles.set(id, [])
    statuses.set(id, [])
    const mirror: VmMirror = new VmMirror({
      key,
      rank,
      id,
      channel: {
        // BroadcastChannel delivers to every other member, asynchronously; in order is enough here.
        postMessage: (message: MirrorMessage) => queueMicrotask(() => members.filter(m => m !== mirror).forEach(m => m.receive(message))),
        close: () => {},
      },
      setTimer: (fn, ms) => {
        const timer = { at: now + ms, fn }
        timers.push(timer)
        return timer
      },
      clearTimer: timer => timers.splice(timers.indexOf(timer as typeof timers[number]), 1),
      onRole: role => roles.get(id)!.push(role),
      onOutput: (b, replay) => outputs.get(id)!.push({ text: new TextDecoder().decode(b), replay }),
      onStatus: status => statuses.get(id)!.push(status),
    })
    members.push(mirror)
    return mirror
  }

  async function advance(ms: number) {
    await Promise.resolve()
    now += ms
    for (;;) {
      const due = timers.filter(t => t.at <= now).sort((a, b) => a.at - b.at)[0]
      if (!due)
        break
      timers.splice(timers.indexOf(due), 1)
      due.fn()
      await new Promise(r => setTimeout(r))
    }
    await new Promise(r => setTimeout(r))
  }

  return { open, advance, outputs, roles, statuses }
}

const enc = (text: string) => new TextEncoder().encode(text)

describe('one VM per audience', () => {
  it('a window alone runs the VM after the election wait', async () => {
    const w = browserWindows()
    const presenter = w.open('p', RANK.presenter)
    presenter.activate()
    expect(presenter.role).toBe('electing')
    await w.advance(300)
    expect(presenter.role).toBe('runner')
  })

  it('presenter and audience reaching the slide together: the audience runs it, the presenter mirrors', async () => {
    const w = browserWindows()
    const presenter = w.open('p', RANK.presenter)
    const audience = w.open('a', RANK.audience)
    presenter.activate()
    audience.activate()
    await w.advance(300)
    expect(audience.role).toBe('runner')
    expect(presenter.role).toBe('mirror')
    expect(presenter.mirroring).toBe('a')

    audience.publishOutput(enc('v86:~# '))
    audience.publishStatus({ state: 'ready', startedAt: 1, promptMs: 900, times: {}, error: null })
    await w.advance(0)
    expect(w.outputs.get('p')).toEqual([{ text: 'v86:~# ', replay: false }])
    expect(w.statuses.get('p')!.at(-1)!.promptMs).toBe(900)
    expect(w.roles.get('a')).toEqual(['electing', 'runner'])
  })

  it('a window that arrives later mirrors the running VM, replaying its output so far', async () => {
    const w = browserWindows()
    const presenter = w.open('p', RANK.presenter)
    presenter.activate()
    await w.advance(300)
    presenter.log = () => enc('boot log… v86:~# ')
    presenter.publishStatus({ state: 'ready', startedAt: 1, promptMs: 800, times: {}, error: null })
    const audience = w.open('a', RANK.audience)
    audience.activate()
    await w.advance(0)
    expect(audience.role).toBe('mirror')
    expect(w.outputs.get('a')).toEqual([{ text: 'boot log… v86:~# ', replay: true }])
    expect(w.statuses.get('a')!.at(-1)!.promptMs).toBe(800)
    await w.advance(5000)
    expect(presenter.role).toBe('runner')
    expect(audience.role).toBe('mirror')
  })

  it('when the runner leaves the slide, a mirror still showing it takes over', async () => {
    const w = browserWindows()
    const presenter = w.open('p', RANK.presenter)
    const audience = w.open('a', RANK.audience)
    presenter.activate()
    audience.activate()
    await w.advance(300)
    audience.deactivate()
    await w.advance(300)
    expect(audience.role).toBe('idle')
    expect(presenter.role).toBe('runner')
  })

  it('a window that deferred to one which never ran the VM runs it itself', async () => {
    const w = browserWindows()
    const presenter = w.open('p', RANK.presenter)
    presenter.activate()
    // An audience window says hello, then is closed before its election ends.
    presenter.receive({ type: 'hello', key: '12:container', from: 'gone', rank: RANK.audience })
    expect(presenter.role).toBe('mirror')
    await w.advance(1200)
    expect(presenter.role).toBe('runner')
  })

  it('ignores other slides\' VMs and its own messages; a mirror sends no output', async () => {
    const w = browserWindows()
    const one = w.open('a', RANK.audience, '5:cold')
    const other = w.open('b', RANK.audience, '12:container')
    one.activate()
    other.activate()
    await w.advance(300)
    expect(one.role).toBe('runner')
    expect(other.role).toBe('runner')
    expect(w.outputs.get('a')).toEqual([])
  })

  it('ranks the audience above the presenter, ties broken by id', () => {
    expect(outranks({ rank: RANK.audience, from: 'z' }, { rank: RANK.presenter, id: 'a' })).toBe(true)
    expect(outranks({ rank: RANK.presenter, from: 'a' }, { rank: RANK.audience, id: 'z' })).toBe(false)
    expect(outranks({ rank: 1, from: 'a' }, { rank: 1, id: 'b' })).toBe(true)
    expect(outranks({ rank: 1, from: 'b' }, { rank: 1, id: 'a' })).toBe(false)
  })
})
