/**
 * The VM's worker: one per browser as a SharedWorker (every window of the deck attaches to it),
 * or one per window as a dedicated Worker where SharedWorker is missing. It owns the emulator,
 * the demo's sequencing and the scrollback (vm/host.ts); windows draw the terminal (vm/client.ts).
 */
import type { PortLike } from './host'
import type { ToWorker } from './protocol'
import { vmDemos } from '../data/vm-demos'
import { VmHost } from './host'
import { labSetupSteps } from './lab-session'
import { PING_MS } from './protocol'
import { startMachine } from './runtime'

const host = new VmHost({
  start: startMachine,
  stepsFor: request => labSetupSteps(request.demo) ?? (vmDemos.find(d => d.id === request.demo)?.steps ?? []).map(s => [s.command]),
})
setInterval(() => host.tick(), PING_MS / 2)

interface Endpoint {
  postMessage: (message: unknown, transfer?: Transferable[]) => void
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
  start?: () => void
}

function connect(endpoint: Endpoint): void {
  const port: PortLike = { postMessage: message => endpoint.postMessage(message) }
  endpoint.onmessage = event => host.receive(port, event.data)
  endpoint.start?.()
  host.attach(port)
}

const scope = globalThis as unknown as { onconnect?: (event: MessageEvent) => void, postMessage?: unknown }
if ('SharedWorkerGlobalScope' in globalThis)
  scope.onconnect = event => connect(event.ports[0] as unknown as Endpoint)
else
  connect(globalThis as unknown as Endpoint)
