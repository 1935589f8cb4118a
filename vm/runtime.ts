/**
 * The live VM's browser parts, loaded only when its slide is shown: the v86 emulator, its
 * WebAssembly, xterm.js and its CSS (dynamic imports, so none of it is in the deck's main
 * bundle), and the image's files from public/vm/. Every failure becomes a VmLoadError that
 * names the file and says what to do. Driven by the deck tests in Chromium, not unit-tested.
 */
import type { Terminal } from '@xterm/xterm'
import type { V86 } from 'v86'
import type { VmMode } from './session'
import { VM_BASE_URL, VM_CMDLINE, vmFiles, vmMachine } from '../data/vm-image'
import { terminalTheme } from './terminal-theme'

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

/** Where a file of the image is served: public/vm/ under the deck's base path. */
export function vmUrl(file: string): string {
  return `${import.meta.env.BASE_URL}${VM_BASE_URL.replace(/^\//, '')}${file}`
}

async function fetchBytes(what: string, url: string, signal: AbortSignal): Promise<ArrayBuffer> {
  let response: Response
  try {
    response = await fetch(url, { signal })
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
  return response.arrayBuffer()
}

async function importPart<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  }
  catch (error) {
    throw new VmLoadError(what, null, `its code did not load (${(error as Error).message})`, FIX_SERVE)
  }
}

/** What the component hands the emulator: its output, byte by byte. */
export interface EmulatorHooks {
  onByte: (byte: number) => void
  onStarted: () => void
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

/**
 * Loads everything and starts the emulator. `signal` aborts the downloads when the slide is left
 * first; the caller destroys the returned emulator when the slide is left later.
 */
export async function startEmulator(mode: VmMode, hooks: EmulatorHooks, signal: AbortSignal): Promise<V86> {
  checkWebAssembly()
  const [{ V86: Emulator }, wasmUrl] = await Promise.all([
    importPart('the v86 emulator', () => import('v86')),
    importPart('the v86 WebAssembly address', () => import('v86/build/v86.wasm?url').then(m => m.default as string)),
  ])
  const roles = filesFor(mode)
  const [wasm, ...files] = await Promise.all([
    fetchBytes('the v86 emulator\'s WebAssembly', wasmUrl, signal),
    ...roles.map(role => fetchBytes(FILE_NAMES[role] ?? role, vmUrl(vmFiles[role]), signal)),
  ])
  const file = (role: keyof typeof vmFiles): { buffer: ArrayBuffer } => ({ buffer: files[roles.indexOf(role)] })
  signal.throwIfAborted()
  const emulator = new Emulator({
    wasm_fn: async (imports: WebAssembly.Imports) => (await WebAssembly.instantiate(wasm, imports)).instance.exports,
    ...vmMachine,
    bios: file('bios'),
    vga_bios: file('vgaBios'),
    ...(mode === 'cold'
      ? { bzimage: file('kernel'), initrd: file('initrd'), cmdline: VM_CMDLINE }
      : { initial_state: file('state') }),
    autostart: true,
    disable_keyboard: true,
    disable_mouse: true,
    disable_speaker: true,
  })
  emulator.add_listener('serial0-output-byte', hooks.onByte)
  emulator.add_listener('emulator-started', hooks.onStarted)
  return emulator
}

export interface TerminalSetup {
  rows: number
  cols: number
  /** A mirror shows another window's VM: nothing typed here goes anywhere. */
  readOnly: boolean
  label: string
  onData: (data: string) => void
  /** Escape leaves the terminal: the deck's keys work again. */
  onEscape: () => void
  onFocus: (focused: boolean) => void
}

const MONO = '"JetBrains Mono Variable", "JetBrains Mono", ui-monospace, monospace'

/** Opens an xterm.js terminal in `element` (16 px text at the slide's canvas). */
export async function createTerminal(element: HTMLElement, setup: TerminalSetup): Promise<Terminal> {
  const [{ Terminal: XTerm }] = await Promise.all([
    importPart('the terminal (xterm.js)', () => import('@xterm/xterm')),
    importPart('the terminal\'s styles', () => import('@xterm/xterm/css/xterm.css')),
    document.fonts?.load(`16px ${MONO}`).catch(() => []),
  ])
  const term = new XTerm({
    rows: setup.rows,
    cols: setup.cols,
    fontFamily: MONO,
    fontSize: 16,
    lineHeight: 1.1,
    // A dark terminal whatever the deck's colour scheme (the console of a machine): the --vm-* tokens.
    theme: terminalTheme(token => getComputedStyle(element).getPropertyValue(token)),
    cursorBlink: false,
    disableStdin: setup.readOnly,
    scrollback: 2000,
    convertEol: false,
  })
  term.attachCustomKeyEventHandler((event) => {
    if (event.key !== 'Escape')
      return true
    if (event.type === 'keydown')
      setup.onEscape()
    return false
  })
  term.onData(setup.onData)
  term.open(element)
  const input = term.textarea
  if (input) {
    input.setAttribute('aria-label', setup.label)
    input.addEventListener('focus', () => setup.onFocus(true))
    input.addEventListener('blur', () => setup.onFocus(false))
  }
  return term
}
