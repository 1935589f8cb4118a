import type { Machine, MachineHooks, PortLike } from './host'
import type { FromWorker, ToWorker, VmRequest, VmStatus } from './protocol'
import { describe, expect, it } from 'vitest'
import { VmHost } from './host'
import { DROP_MS } from './protocol'
import { isTerminalReply } from './session'

const steps = [['uname -nr'], ['hostname'], ['ps']]
const request = (slide = 16, extra: Partial<VmRequest> = {}): VmRequest => ({ key: `${slide}:container:restore`, slide, demo: 'container', mode: 'restore', baseUrl: '/vm/', ...extra })
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const PROMPT = 'vm:~# \x1B[6n'
/** What the sequencer typed: without the fresh-prompt Enter and the worker's answers to cursor queries. */
const typed = (sent: string[]): string[] => sent.filter(t => t !== '\r' && !isTerminalReply(t))

class FakePort implements PortLike {
  readonly got: FromWorker[] = []
  postMessage(message: FromWorker): void {
    this.got.push(message)
  }

  get status(): VmStatus | null {
    const last = this.got.filter(m => m.type === 'status').at(-1)
    return last?.type === 'status' ? last.status : null
  }

  /** The terminal's bytes since the last scrollback, as text. */
  get text(): string {
    let out = ''
    for (const m of this.got) {
      if (m.type === 'scrollback')
        out = new TextDecoder().decode(m.bytes)
      else if (m.type === 'output')
        out += new TextDecoder().decode(m.bytes)
    }
    return out
  }
}

function setup() {
  let clock = 0
  const starts: { request: VmRequest, hooks: MachineHooks, machine: Machine & { sent: string[], host: string[], destroyed: boolean } }[] = []
  const host = new VmHost({
    start: async (req, hooks) => {
      if (req.failFile)
        throw Object.assign(new Error('404'), { what: 'the saved state', url: '/vm/state.bin.zst', reason: 'the server answered 404', fix: 'Press Retry.' })
      const machine = {
        sent: [] as string[],
        host: [] as string[],
        destroyed: false,
        send: (t: string) => machine.sent.push(t),
        sendHostLine: (l: string) => machine.host.push(l),
        instructions: () => 0,
        destroy: () => {
          machine.destroyed = true
        },
      }
      starts.push({ request: req, hooks, machine })
      return machine
    },
    stepsFor: () => steps,
    now: () => clock,
    perfNow: () => clock,
  })
  const flush = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 0))
  const show = (port: PortLike, req: VmRequest | null, step = 0, presenter = false): void =>
    host.receive(port, { type: 'show', request: req, step, presenter, cols: 97, rows: 16 } satisfies ToWorker)
  /** The VM starts, resumes and prints its prompt. */
  const boot = async (): Promise<void> => {
    await flush()
    const vm = starts.at(-1)!
    vm.hooks.started(vm.machine)
    vm.hooks.output(encode(`\r\n${PROMPT}`))
  }
  const tick = (ms: number): void => {
    clock += ms
  }
  return { host, starts, flush, show, boot, tick }
}

describe('the VM host in the worker: one VM for every window of the browser', () => {
  it('runs one VM for two windows on the same slide, sends both the same output, and gives a late window the whole scrollback', async () => {
    const { host, starts, show, boot } = setup()
    const audience = new FakePort()
    const presenter = new FakePort()
    host.attach(audience)
    show(audience, request())
    host.attach(presenter)
    show(presenter, request(), 0, true)
    await boot()
    expect(starts).toHaveLength(1)
    expect(starts[0].machine.host[0], 'the terminal size is sent at once after the restore').toMatch(/^\d+ 97 16\n$/)
    expect(presenter.status?.state).toBe('ready')
    starts[0].hooks.output(encode('uname -nr\r\nvm 6.1.0\r\n'))
    expect(audience.text).toBe(presenter.text)
    const late = new FakePort()
    host.attach(late)
    expect(late.text, 'a reload or a new window gets everything printed so far').toBe(presenter.text)
    expect(late.status?.windows).toBe(3)
  })

  it('answers the shell\'s cursor queries once, itself, and drops the answers of the windows\' terminals (two windows, a replayed scrollback)', async () => {
    const { host, starts, show, boot } = setup()
    const a = new FakePort()
    const b = new FakePort()
    host.attach(a)
    host.attach(b)
    show(a, request())
    show(b, request())
    await boot()
    const { machine } = starts[0]
    expect(machine.sent.filter(isTerminalReply), 'one answer for the one prompt: row 16, after "vm:~# "').toEqual(['\x1B[16;7R'])
    host.receive(a, { type: 'keys', data: '\x1B[16;7R', user: false })
    host.receive(b, { type: 'keys', data: '\x1B[3;7R', user: false })
    expect(machine.sent.filter(isTerminalReply)).toHaveLength(1)
    host.receive(a, { type: 'keys', data: 'ls', user: true })
    expect(machine.sent.at(-1)).toBe('ls')
  })

  it('types one command per step of the presenter, queues a click while a command runs, never skips one', async () => {
    const { host, starts, show, boot } = setup()
    const audience = new FakePort()
    const presenter = new FakePort()
    host.attach(audience)
    host.attach(presenter)
    show(audience, request(), 3)
    show(presenter, request(), 1, true)
    await boot()
    const { machine, hooks } = starts[0]
    expect(typed(machine.sent), 'the presenter drives: its step 1, not the audience\'s 3').toEqual(['uname -nr\r'])
    show(presenter, request(), 2, true)
    show(presenter, request(), 3, true)
    expect(typed(machine.sent), 'still running: queued').toEqual(['uname -nr\r'])
    expect(presenter.status).toMatchObject({ typed: 3, busy: true })
    hooks.output(encode(`vm 6.1\r\n${PROMPT}`))
    expect(typed(machine.sent).at(-1)).toBe('hostname\r')
    hooks.output(encode(`vm\r\n${PROMPT}`))
    expect(typed(machine.sent).at(-1)).toBe('ps\r')
    hooks.output(encode(`PID\r\n${PROMPT}`))
    expect(presenter.status).toMatchObject({ typed: 3, busy: false })
  })

  it('without a presenter, any window\'s clicks drive; a presenter\'s request wins over an audience window that lags on another slide', async () => {
    const { host, starts, show, boot } = setup()
    const a = new FakePort()
    const p = new FakePort()
    host.attach(a)
    show(a, request(), 1)
    await boot()
    expect(typed(starts[0].machine.sent).at(-1)).toBe('uname -nr\r')
    host.attach(p)
    show(p, request(), 1, true)
    show(a, request(18))
    expect(host.running?.key, 'the presenter\'s slide keeps the VM').toBe(request().key)
    expect(starts).toHaveLength(1)
  })

  it('stops the VM when no window shows a VM slide: left, said goodbye, or stopped pinging', async () => {
    const { host, starts, show, boot, tick } = setup()
    const a = new FakePort()
    const b = new FakePort()
    host.attach(a)
    host.attach(b)
    show(a, request())
    show(b, request())
    await boot()
    show(a, null)
    expect(starts[0].machine.destroyed, 'b still shows it').toBe(false)
    host.receive(b, { type: 'bye' })
    expect(starts[0].machine.destroyed).toBe(true)
    expect(a.status).toBeNull()

    show(a, request())
    await boot()
    tick(DROP_MS / 2)
    host.receive(a, { type: 'ping' })
    tick(DROP_MS / 2 + 1)
    host.tick()
    expect(starts[1].machine.destroyed, 'a pinged in time').toBe(false)
    tick(DROP_MS + 1)
    host.tick()
    expect(starts[1].machine.destroyed, 'a closed window stops pinging and is dropped').toBe(true)
    expect(host.windows).toBe(0)
  })

  it('tells every window the error; the recorded run chosen in one window shows in all; Retry loads again without the test hook\'s failure', async () => {
    const { host, starts, show, flush } = setup()
    const a = new FakePort()
    const p = new FakePort()
    host.attach(a)
    host.attach(p)
    show(a, request(16, { failFile: 'state' }))
    show(p, request(16, { failFile: 'state' }), 0, true)
    await flush()
    expect(a.status?.state).toBe('error')
    expect(p.status?.error).toMatchObject({ what: 'the saved state', url: '/vm/state.bin.zst' })
    host.receive(p, { type: 'recorded', on: true })
    expect(a.status?.recorded).toBe(true)
    host.receive(p, { type: 'retry' })
    await flush()
    expect(starts, 'retried without the failure').toHaveLength(1)
    expect(a.status).toMatchObject({ state: 'loading', recorded: false, error: null })
  })

  it('restart (a lab step\'s Reset) starts the same VM afresh for every window on it: a new machine, an empty scrollback, its steps typed again', async () => {
    const { host, starts, show, boot } = setup()
    const a = new FakePort()
    const b = new FakePort()
    host.attach(a)
    host.attach(b)
    show(a, request(), 1)
    show(b, request(), 1)
    await boot()
    starts[0].hooks.output(encode('uname -nr\r\nvm 6.1\r\n'))
    expect(b.text).toContain('vm 6.1')
    host.receive(b, { type: 'keys', data: 'hostname box\r', user: true })
    host.receive(a, { type: 'restart' })
    expect(starts[0].machine.destroyed).toBe(true)
    await boot()
    expect(starts).toHaveLength(2)
    expect(b.text, 'the old output is gone in the other window too').not.toContain('vm 6.1')
    expect(typed(starts[1].machine.sent), 'the fresh VM types the steps again').toEqual(['uname -nr\r'])
    expect(b.status?.starts).toBe(2)
    const off = new FakePort()
    host.attach(off)
    host.receive(off, { type: 'restart' })
    expect(starts, 'a window that shows no VM slide cannot restart it').toHaveLength(2)
  })

  it('asks a resumed guest that stays silent for a prompt again, a few times, and never once it has printed', async () => {
    const { host, starts, show, flush, tick } = setup()
    const a = new FakePort()
    host.attach(a)
    show(a, request())
    await flush()
    const { hooks, machine } = starts[0]
    hooks.started(machine)
    expect(machine.sent).toEqual(['\r'])
    for (let i = 0; i < 5; i++) {
      tick(3000)
      host.receive(a, { type: 'ping' })
      host.tick()
    }
    expect(machine.sent, 'three more Enters, then it stops asking').toEqual(['\r', '\r', '\r', '\r'])
    hooks.output(encode(`\r\n${PROMPT}`))
    expect(a.status?.state).toBe('ready')

    show(a, request(18))
    await flush()
    const second = starts[1]
    second.hooks.started(second.machine)
    second.hooks.output(encode('\r\n'))
    tick(9000)
    host.receive(a, { type: 'ping' })
    host.tick()
    expect(second.machine.sent, 'it printed something: no nudge').toEqual(['\r'])
  })

  it('a cold boot: firmware when the emulator starts, then the kernel and init from the serial console, the shell at the prompt; the size sent then', async () => {
    const { host, starts, show, flush, tick } = setup()
    const a = new FakePort()
    host.attach(a)
    show(a, { ...request(17), key: '17:boot:cold', demo: null, mode: 'cold' })
    await flush()
    const { hooks, machine } = starts[0]
    expect(a.status?.phase).toBe('loading')
    tick(300)
    hooks.started(machine)
    expect(a.status).toMatchObject({ state: 'booting', phase: 'firmware', milestones: { firmware: 300 } })
    tick(400)
    hooks.screenLine('Probing EDD (edd=off to disable)... ok')
    expect(a.status).toMatchObject({ phase: 'kernel-load', milestones: { 'kernel-load': 700 } })
    tick(2000)
    hooks.output(encode('[    0.000000] Linux version 6.1.0-50-686\r\n'))
    expect(a.status).toMatchObject({ phase: 'kernel', milestones: { kernel: 2700 } })
    tick(1000)
    hooks.output(encode('[    1.2] Run /init as init process\r\n'))
    expect(a.status?.phase).toBe('init')
    expect(machine.host, 'no size before the shell runs').toEqual([])
    tick(500)
    hooks.output(encode(PROMPT))
    expect(a.status).toMatchObject({ state: 'ready', phase: 'shell', promptMs: 4200 })
    expect(machine.host[0]).toMatch(/ 97 16\n$/)
  })
})
