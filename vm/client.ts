/**
 * A window's side of the VM: one connection per window to the VM's worker (vm/worker.ts), opened
 * the first time a VM slide is shown (nothing of the VM is fetched before). A SharedWorker where
 * the browser has one, so every window of the deck in this browser shares one VM; a dedicated
 * Worker otherwise (one VM per window). The connection keeps the VM's status and the scrollback
 * of the VM that runs, so a terminal opened later writes everything printed so far.
 */
import type { FromWorker, ToWorker, VmRequest, VmStatus } from './protocol'
import { shallowRef } from 'vue'
import { PING_MS } from './protocol'

export interface VmShow {
  request: VmRequest
  step: number
  presenter: boolean
  cols: number
  rows: number
}

type OutputListener = (key: string, bytes: Uint8Array, reset: boolean) => void

export class VmConnection {
  readonly status = shallowRef<VmStatus | null>(null)
  /** Set when the worker itself could not start (its script did not load). */
  readonly failure = shallowRef<string | null>(null)
  readonly shared: boolean
  private readonly post: (message: ToWorker) => void
  private readonly listeners = new Set<OutputListener>()
  private chunks: Uint8Array[] = []
  private chunksKey: string | null = null
  private readonly views = new Map<number, VmShow>()
  private order: number[] = []

  constructor() {
    const onMessage = (event: MessageEvent<FromWorker>): void => this.receive(event.data)
    const onError = (): void => {
      this.failure.value = 'the VM\'s worker did not start (its script did not load)'
    }
    if (typeof SharedWorker === 'function') {
      const worker = new SharedWorker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'linux-vm' })
      worker.onerror = onError
      worker.port.onmessage = onMessage
      worker.port.start()
      this.post = message => worker.port.postMessage(message)
      this.shared = true
    }
    else {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'linux-vm' })
      worker.onerror = onError
      worker.onmessage = onMessage
      this.post = message => worker.postMessage(message)
      this.shared = false
    }
    setInterval(() => this.post({ type: 'ping' }), PING_MS)
    // A SharedWorker's port has no close event: say goodbye, and the worker drops silent windows too.
    window.addEventListener('pagehide', () => this.post({ type: 'bye' }))
  }

  private receive(message: FromWorker): void {
    if (message.type === 'status') {
      this.status.value = message.status
      return
    }
    const reset = message.type === 'scrollback'
    if (reset || message.key !== this.chunksKey) {
      this.chunks = []
      this.chunksKey = message.key
    }
    if (message.bytes.length)
      this.chunks.push(message.bytes)
    for (const listener of this.listeners)
      listener(message.key, message.bytes, reset)
  }

  /** Everything the running VM `key` printed so far (empty if another VM runs). */
  scrollback(key: string): Uint8Array[] {
    return key === this.chunksKey ? [...this.chunks] : []
  }

  onOutput(listener: OutputListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** A view (one LinuxVm on its slide) shows its VM, at this step; the most recent view that shows one speaks for the window. */
  show(view: number, show: VmShow): void {
    this.views.set(view, show)
    this.order = [...this.order.filter(v => v !== view), view]
    this.announce()
  }

  hide(view: number): void {
    if (!this.views.delete(view))
      return
    this.order = this.order.filter(v => v !== view)
    this.announce()
  }

  send(data: string, user: boolean): void {
    this.post({ type: 'keys', data, user })
  }

  retry(): void {
    this.post({ type: 'retry' })
  }

  /** Starts the running VM again from the beginning (a lab step's Reset). */
  restart(): void {
    this.post({ type: 'restart' })
  }

  setRecorded(on: boolean): void {
    this.post({ type: 'recorded', on })
  }

  private announce(): void {
    const current = this.views.get(this.order.at(-1) ?? -1)
    this.post(current
      ? { type: 'show', request: current.request, step: current.step, presenter: current.presenter, cols: current.cols, rows: current.rows }
      : { type: 'show', request: null, step: 0, presenter: false, cols: 0, rows: 0 })
  }
}

let connection: VmConnection | null = null

/** This window's connection to the VM's worker, opened on first use. */
export function vmConnection(): VmConnection {
  connection ??= new VmConnection()
  return connection
}
