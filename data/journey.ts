import type { LayerKind } from './layers'
import type { SourceId } from './sources'

/**
 * One system call, read(), on its way down a container and down a VM: the rows both sides
 * line up on (top to bottom), the hops each click adds, the wall, and the cost. Drawn by
 * components/SyscallJourney.vue; checked and stepped by composables/journey.ts.
 */
export type JourneySide = 'container' | 'vm'

export interface JourneyCell {
  kind: LayerKind
  label: string
  /** Drawn dashed and off to the side, clear of the call's line: there, but not on its path. */
  aside?: boolean
}

export interface JourneyRow {
  id: string
  /** null: the side has no such layer (drawn as an empty slot). */
  container: JourneyCell | null
  vm: JourneyCell | null
}

export interface JourneyStep {
  /** Which side the call moves on at this click; null for the closing points (wall, cost). */
  side: JourneySide | null
  /** Rows the call reaches at this click, in order (row ids). */
  reach: string[]
  /** What the click shows, in a sentence: shown beside the diagram, and all of them in print. */
  caption: string
  /** Marks the walls (the isolation boundary on each side). */
  wall?: boolean
  /** Shows the count of crossings on each side. */
  cost?: boolean
}

export interface Journey {
  call: string
  alt: string
  rows: JourneyRow[]
  /** The row just under each side's wall (the wall is drawn on its top edge). */
  wallAbove: Record<JourneySide, string>
  wallLabel: Record<JourneySide, string>
  /** Step 0 is the start; each later step is one click. */
  steps: JourneyStep[]
  sources: SourceId[]
}

export const readJourney: Journey = {
  call: 'read()',
  alt: 'One read() system call in a container and in a VM. In the container it goes from the app straight to the host kernel, then to the disk, passing beside the runtime, which set the container up and stepped aside: two crossings, and the wall is the host kernel’s system-call interface, shared by every container. In the VM it goes from the app to the guest kernel, to a virtual disk, out to the hypervisor, into the host kernel and then to the disk: five crossings, and the wall is the handful of virtual devices.',
  rows: [
    { id: 'app', container: { kind: 'application', label: 'Your app' }, vm: { kind: 'application', label: 'Your app' } },
    { id: 'guest-kernel', container: null, vm: { kind: 'guest-os', label: 'Guest kernel' } },
    { id: 'virtual-device', container: null, vm: { kind: 'virtual-hardware', label: 'Virtual disk' } },
    { id: 'middle', container: { kind: 'container-runtime', label: 'Runtime (setup)', aside: true }, vm: { kind: 'hypervisor', label: 'Hypervisor / VMM' } },
    { id: 'host-kernel', container: { kind: 'host-kernel', label: 'Host kernel' }, vm: { kind: 'host-kernel', label: 'Host kernel' } },
    { id: 'hardware', container: { kind: 'hardware', label: 'Disk' }, vm: { kind: 'hardware', label: 'Disk' } },
  ],
  wallAbove: { container: 'host-kernel', vm: 'virtual-device' },
  wallLabel: { container: 'wall: 300+ system calls', vm: 'wall: a few virtual devices' },
  steps: [
    { side: null, reach: ['app'], caption: 'Both apps call read() to get bytes from a file. Follow the call down each side.' },
    { side: 'container', reach: ['host-kernel', 'hardware'], caption: 'Container: the call goes straight into the host kernel, which reads the disk. The runtime is not on the path.' },
    { side: 'vm', reach: ['guest-kernel'], caption: 'VM: the call goes into the guest kernel, as on a real computer.' },
    { side: 'vm', reach: ['virtual-device', 'middle'], caption: 'The guest’s driver talks to a virtual disk; that traps out to the hypervisor, whose VMM (the program that runs one VM) plays the disk.' },
    { side: 'vm', reach: ['host-kernel', 'hardware'], caption: 'The VMM asks the host kernel to read the real disk; the answer climbs back the same way.' },
    { side: null, reach: [], wall: true, caption: 'The walls: a container faces a shared kernel’s whole system-call interface; a VM, only a few virtual devices.' },
    { side: null, reach: [], cost: true, caption: 'The cost: two crossings against five. Each trip out of a VM takes time, so VM I/O costs more unless tuned.' },
  ],
  sources: ['man-syscalls', 'docker-1-11', 'firecracker-paper', 'felter-ibm', 'docker-seccomp'],
}
