/**
 * Loading and running the emulator, in the VM's worker (vm/worker.ts): the v86 emulator, its
 * WebAssembly and the image's files from public/vm/. Every failure becomes a VmLoadError that
 * names the file and says what to do. Driven by the deck tests in Chromium, not unit-tested.
 */
import type { Machine, MachineHooks, StartMachine } from './host'
import type { VmRequest } from './protocol'
import type { VmMode } from './session'
import { VM_CMDLINE, VM_HOST_SERIAL, vmFiles, vmMachine } from '../data/vm-image'

/** Something the VM needs did not load: what it was, where from, why, and what to do. */
export class VmLoadError extends Error {
  constructor(readonly what: string, readonly url: string | null, readonly reason: string, readonly fix: string) {
    super(`${what}${url ? ` (${url})` : ''}: ${reason}. ${fix}`)
    this.name = 'VmLoadError'
  }
}

const FIX_SERVE = 'Serve the deck over http (`npm run dev`, or `npm run build` then `npm run preview`); it cannot run from file://. Then press Retry.'
const FIX_MISSING = 'The VM image lives in public/vm/ of the repository (committed, with SHA256SUMS; `npm run vm:image` rebuilds it): check that the deck was built from a full checkout, then press Retry.'
const FIX_BROWSER = 'Use a current Chromium, Firefox or Safari with WebAssembly enabled (some locked-down browsers turn it off). The slide\'s notes and the PDF show a recorded run instead.'

/** Throws unless the browser can run WebAssembly, which v86 needs. */
export function checkWebAssembly(): void {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function')
    throw new VmLoadError('WebAssembly', null, 'this browser has no WebAssembly, which the emulator needs', FIX_BROWSER)
}

/** The files a mode needs, by role (restore needs no kernel: the saved state holds the memory). */
export function filesFor(mode: VmMode): (keyof typeof vmFiles)[] {
  return mode === 'cold' ? ['bios', 'vgaBios', 'kernel', 'initrd'] : ['bios', 'vgaBios', 'state']
}

const FILE_NAMES: Record<string, string> = {
  bios: 'the BIOS (SeaBIOS)',
  vgaBios: 'the VGA BIOS',
  kernel: 'the Linux kernel',
  initrd: 'the initramfs (busybox and /init)',
  state: 'the saved state',
}

async function fetchBytes(what: string, url: string, signal: AbortSignal, onBytes: (n: number) => void, fail = false): Promise<ArrayBuffer> {
  let response: Response
  try {
    response = fail ? new Response('not found (vm-fail test hook)', { status: 404, statusText: 'Not Found' }) : await fetch(url, { signal })
  }
  catch (error) {
    if (signal.aborted)
      throw error
    throw new VmLoadError(what, url, `the request failed (${(error as Error).message})`, FIX_SERVE)
  }
  if (!response.ok)
    throw new VmLoadError(what, url, `the server answered ${response.status} ${response.statusText}`.trim(), response.status === 404 ? FIX_MISSING : FIX_SERVE)
  const type = response.headers.get('content-type') ?? ''
  // A static server's single-page fallback answers a missing file with index.html.
  if (type.startsWith('text/html'))
    throw new VmLoadError(what, url, 'the server sent a web page instead of the file (it is missing)', FIX_MISSING)
  if (!response.body)
    return response.arrayBuffer()
  const parts: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done)
      break
    parts.push(value)
    size += value.length
    onBytes(value.length)
  }
  const all = new Uint8Array(size)
  let at = 0
  for (const part of parts) {
    all.set(part, at)
    at += part.length
  }
  return all.buffer
}

async function importPart<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  }
  catch (error) {
    throw new VmLoadError(what, null, `its code did not load (${(error as Error).message})`, FIX_SERVE)
  }
}

/**
 * v86 yields to the event loop between slices of emulation through a tiny nested worker when the
 * global `Worker` exists, else through setTimeout, which browsers clamp to 4 ms after a few nested
 * calls: the guest would idle most of the time. A SharedWorker has no `Worker` in Chromium (nor
 * in Safari), so there a stand-in answers v86's two messages on a MessageChannel, with no clamp.
 */
function installYieldShim(): void {
  if (typeof (globalThis as { Worker?: unknown }).Worker !== 'undefined')
    return
  class YieldWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null
    private readonly channel = new MessageChannel()
    private timer: ReturnType<typeof setTimeout> | undefined
    constructor() {
      this.channel.port2.onmessage = event => this.onmessage?.({ data: event.data })
    }

    postMessage(message: { t: number, tick: number }): void {
      clearTimeout(this.timer)
      if (message.t < 1)
        this.channel.port1.postMessage(message.tick)
      else
        this.timer = setTimeout(() => this.onmessage?.({ data: message.tick }), message.t)
    }

    terminate(): void {
      clearTimeout(this.timer)
      this.channel.port1.close()
      this.channel.port2.close()
    }
  }
  ;(globalThis as { Worker?: unknown }).Worker = YieldWorker
}

/** How often buffered serial output and the VGA screen's last line are handed on. */
const FLUSH_MS = 16
const SCREEN_MS = 200
/** Control characters on the VGA screen (a cleared cell holds a NUL). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1F\x7F]/g

/** Loads everything and starts the emulator; `signal` aborts the downloads if the VM is no longer wanted. */
export const startMachine: StartMachine = async (request: VmRequest, hooks: MachineHooks, signal: AbortSignal): Promise<Machine> => {
  checkWebAssembly()
  installYieldShim()
  const [{ V86: Emulator }, wasmUrl] = await Promise.all([
    importPart('the v86 emulator', () => import('v86')),
    importPart('the v86 WebAssembly address', () => import('v86/build/v86.wasm?url').then(m => m.default as string)),
  ])
  const roles = filesFor(request.mode)
  let loaded = 0
  const onBytes = (n: number): void => {
    loaded += n
    hooks.progress(loaded, 0)
  }
  const [wasm, ...files] = await Promise.all([
    fetchBytes('the v86 emulator\'s WebAssembly', wasmUrl, signal, onBytes),
    ...roles.map(role => fetchBytes(FILE_NAMES[role] ?? role, `${request.baseUrl}${vmFiles[role]}`, signal, onBytes, request.failFile === role)),
  ])
  const file = (role: keyof typeof vmFiles): { buffer: ArrayBuffer } => ({ buffer: files[roles.indexOf(role)] })
  signal.throwIfAborted()
  const emulator = new Emulator({
    wasm_fn: async (imports: WebAssembly.Imports) => (await WebAssembly.instantiate(wasm, imports)).instance.exports,
    ...vmMachine,
    bios: file('bios'),
    vga_bios: file('vgaBios'),
    ...(request.mode === 'cold'
      ? { bzimage: file('kernel'), initrd: file('initrd'), cmdline: VM_CMDLINE }
      : { initial_state: file('state') }),
    autostart: true,
    disable_keyboard: true,
    disable_mouse: true,
    disable_speaker: true,
  })

  let pending: number[] = []
  let flushTimer: ReturnType<typeof setTimeout> | null = null
  const flush = (): void => {
    flushTimer = null
    const chunk = Uint8Array.from(pending)
    pending = []
    hooks.output(chunk)
  }
  emulator.add_listener('serial0-output-byte', (byte: number) => {
    pending.push(byte)
    flushTimer ??= setTimeout(flush, FLUSH_MS)
  })

  // The firmware and the kernel's set-up code write to the VGA text screen, which nobody sees:
  // its last line tells the window what the machine is doing before the serial console speaks.
  const rows = new Map<number, string[]>()
  let lastLine = ''
  emulator.add_listener('screen-put-char', ([row, col, char]: [number, number, number]) => {
    const cells = rows.get(row) ?? []
    cells[col] = String.fromCharCode(char)
    rows.set(row, cells)
  })
  const screenTimer = setInterval(() => {
    const line = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => Array.from(cells, c => c ?? ' ').join('').replace(CONTROL, ' ').trim()).filter(Boolean).at(-1) ?? ''
    if (line !== lastLine) {
      lastLine = line
      hooks.screenLine(line)
    }
  }, SCREEN_MS)

  let destroyed = false
  const machine: Machine = {
    send: text => emulator.serial0_send(text),
    sendHostLine: line => emulator.serial_send_bytes(VM_HOST_SERIAL, new TextEncoder().encode(line)),
    instructions: () => emulator.get_instruction_counter(),
    destroy: () => {
      if (destroyed)
        return
      destroyed = true
      clearInterval(screenTimer)
      if (flushTimer)
        clearTimeout(flushTimer)
      void emulator.destroy()
    },
  }
  emulator.add_listener('emulator-started', () => hooks.started(machine))
  return machine
}
