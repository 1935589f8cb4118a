/**
 * The live VM in Node: boots public/vm/'s kernel and initramfs (or restores its saved state) with
 * v86 and drives the serial console. Used by `npm run vm:state` and `npm run vm:transcript`.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { V86 } from 'v86'
import { promptAtEnd } from '../composables/vm-console'
import { VM_CMDLINE, VM_HOST_SERIAL, vmFiles, vmHostLine, vmMachine } from '../data/vm-image'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const vmDir = join(repoRoot, 'public/vm')

const require = createRequire(import.meta.url)
/** The installed v86's version (pinned exactly: a saved state restores only in the same version). */
export const v86Version: string = (require('v86/package.json') as { version: string }).version

function buffer(file: string): { buffer: ArrayBuffer } {
  const bytes = readFileSync(resolve(vmDir, file))
  return { buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }
}

export interface NodeVm {
  emulator: V86
  /** Everything the serial console has sent since the start (raw bytes as latin-1/UTF-8 text). */
  output: () => string
  /** Every complete line of output so far, with the time (ms since start) it ended. */
  lines: () => { ms: number, text: string }[]
  /** Resolves with the time (ms since start) when `test` holds for the output; rejects after timeoutMs. */
  waitFor: (test: (output: string) => boolean, timeoutMs: number, what: string) => Promise<number>
  /** Types a line and resolves with the raw output up to the next prompt. */
  run: (command: string, timeoutMs?: number) => Promise<string>
  startedAt: number
  /**
   * Cold boot only: when the CPU first ran the kernel's own code (its decompressor, loaded at
   * 1 MiB) and the decompressed kernel (at its virtual addresses, 3 GiB and up), in ms since start.
   * Read off the emulated CPU's instruction pointer, polled between v86's slices of work.
   */
  cpuMilestones: () => { decompressorMs?: number, kernelMs?: number }
  destroy: () => Promise<void>
}

/** The command line image 1 booted Debian's kernel with (it needs the two options our kernel does not know). */
export const DEBIAN_CMDLINE = `${VM_CMDLINE} cryptomgr.notests noisapnp`

/** Where the CPU runs the kernel's decompressor (loaded at 1 MiB; below the initrd at 64 MiB, and below SeaBIOS's code relocated to the top of RAM). */
const DECOMPRESSOR = [0x100000, 0x4000000] as const
/** The decompressed kernel runs at its virtual addresses: PAGE_OFFSET, 3 GiB, and up. */
const KERNEL_VIRTUAL = 0xC0000000

/**
 * Starts the VM: a cold boot of the kernel, or (`restore`) the saved state. `boot` may name
 * another kernel and initramfs (absolute paths), to time Debian's kernel for comparison.
 */
export async function startVm(mode: 'boot' | 'restore', boot?: { kernel: string, initrd: string }): Promise<NodeVm> {
  const startedAt = performance.now()
  const emulator = new V86({
    wasm_path: require.resolve('v86/build/v86.wasm'),
    ...vmMachine,
    bios: buffer(vmFiles.bios),
    vga_bios: buffer(vmFiles.vgaBios),
    ...(mode === 'boot'
      ? { bzimage: buffer(boot?.kernel ?? vmFiles.kernel), initrd: buffer(boot?.initrd ?? vmFiles.initrd), cmdline: boot ? DEBIAN_CMDLINE : VM_CMDLINE }
      : { initial_state: buffer(vmFiles.state) }),
    autostart: true,
    disable_keyboard: true,
    disable_mouse: true,
    disable_speaker: true,
  })
  // Input sent before the machine runs is lost: wait for it to start (after a restore, too).
  const started = new Promise<void>(r => emulator.add_listener('emulator-started', () => r()))
  const decoder = new TextDecoder()
  let text = ''
  let lineStart = 0
  const lines: { ms: number, text: string }[] = []
  const waiters = new Set<() => void>()
  emulator.add_listener('serial0-output-byte', (byte: number) => {
    text += decoder.decode(new Uint8Array([byte]), { stream: true })
    if (byte === 10) {
      lines.push({ ms: performance.now() - startedAt, text: text.slice(lineStart, -1) })
      lineStart = text.length
    }
    for (const w of waiters) w()
  })

  const waitFor: NodeVm['waitFor'] = (test, timeoutMs, what) => new Promise((resolveWait, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = (): void => {
      if (test(text)) {
        waiters.delete(check)
        clearTimeout(timer)
        resolveWait(performance.now() - startedAt)
      }
    }
    timer = setTimeout(() => {
      waiters.delete(check)
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Console ends with: ${JSON.stringify(text.slice(-400))}`))
    }, timeoutMs)
    waiters.add(check)
    check()
  })

  const run: NodeVm['run'] = async (command, timeoutMs = 30_000) => {
    const from = text.length
    emulator.serial0_send(`${command}\n`)
    // The prompt ends with a cursor query (ESC [ 6 n): wait until it has arrived whole, so the
    // output read below ends with the whole prompt, not a fragment of the query.
    // eslint-disable-next-line no-control-regex
    const partialEscape = /\x1B(?:\[[\d;]*)?$/
    await waitFor(t => t.length > from && promptAtEnd(t.slice(from)) !== undefined && !partialEscape.test(t), timeoutMs, `the prompt after "${command}"`)
    return text.slice(from)
  }

  const milestones: { decompressorMs?: number, kernelMs?: number } = {}
  let poll: ReturnType<typeof setInterval> | undefined
  if (mode === 'boot') {
    const machine = emulator as unknown as { v86?: { cpu: { instruction_pointer: Int32Array } } }
    poll = setInterval(() => {
      if (!machine.v86)
        return
      const eip = machine.v86.cpu.instruction_pointer[0]! >>> 0
      const ms = performance.now() - startedAt
      if (milestones.decompressorMs === undefined && eip >= DECOMPRESSOR[0] && eip < DECOMPRESSOR[1])
        milestones.decompressorMs = ms
      if (eip >= KERNEL_VIRTUAL) {
        milestones.kernelMs = ms
        clearInterval(poll)
      }
    }, 1)
  }

  await started
  if (mode === 'restore')
    emulator.serial_send_bytes(VM_HOST_SERIAL, new TextEncoder().encode(vmHostLine()))
  return {
    emulator,
    output: () => text,
    lines: () => lines,
    waitFor,
    run,
    startedAt,
    cpuMilestones: () => ({ ...milestones }),
    destroy: async () => {
      clearInterval(poll)
      await emulator.destroy()
    },
  }
}
