import type { ColorToken } from './layers'
import type { SourceId } from './sources'

/**
 * What happens when you type `docker run`, as a process tree: who asks whom, who starts whom.
 * Since Docker 1.11 (April 2016) the engine is a chain of programs: the docker CLI asks the
 * dockerd daemon over a socket, dockerd asks containerd (gRPC), containerd starts one
 * containerd-shim per container, the shim runs runc, runc starts your app in its namespaces
 * and cgroups and exits, and the shim stays behind as the app's parent. From then on the app's
 * system calls go straight to the host kernel. Drawn by components/ProcessTree.vue; checked by
 * composables/process-tree.ts.
 */

export interface ProcessNode {
  id: string
  /** The program's name, shown in code type. */
  label: string
  /** What it does here, in a few words. */
  what: string
  /** A layer colour (styles/tokens.css), or null for a plain card (a tool, not a layer). */
  color: ColorToken | null
  /**
   * How the node is reached from an earlier one: `asks` is a request to a daemon that is already
   * running (not a parent and child); `starts` makes the earlier node this process's parent.
   * null for the first node (your shell starts it).
   */
  from: { id: string, how: 'asks' | 'starts' } | null
}

export interface ProcessStep {
  /** The line beside the tree at this step (also the handout's list of points). */
  caption: string
  /** Nodes that appear at this step. */
  show?: string[]
  /** Nodes whose process exits at this step. */
  exit?: string[]
  /** Nodes that get a new parent at this step (the one that started them exited). */
  reparent?: { id: string, to: string }[]
  /** From this step on, the app's system calls are drawn going to the host kernel. */
  syscalls?: boolean
}

export interface ProcessTreeSpec {
  id: string
  /** The whole picture in a sentence, for people who cannot see it. */
  alt: string
  nodes: ProcessNode[]
  /** Step 0 is what shows before the first click; each further step takes one click. */
  steps: ProcessStep[]
  /** The node whose system calls go to the kernel. */
  app: string
  sources: SourceId[]
}

export const dockerRun: ProcessTreeSpec = {
  id: 'docker-run',
  alt: 'What docker run starts. The docker CLI asks the dockerd daemon over a socket; dockerd asks the containerd daemon; containerd starts a containerd-shim for the container; the shim runs runc; runc starts your app in new namespaces and cgroups, then exits, and the shim stays as the app’s parent. The app’s system calls go straight to the host kernel.',
  nodes: [
    { id: 'cli', label: 'docker', what: 'the command you typed', color: null, from: null },
    { id: 'dockerd', label: 'dockerd', what: 'Docker’s engine, already running', color: 'container-runtime', from: { id: 'cli', how: 'asks' } },
    { id: 'containerd', label: 'containerd', what: 'manages each container’s life', color: 'container-runtime', from: { id: 'dockerd', how: 'asks' } },
    { id: 'shim', label: 'containerd-shim', what: 'one per container; stays', color: 'container-runtime', from: { id: 'containerd', how: 'starts' } },
    { id: 'runc', label: 'runc', what: 'namespaces, cgroups, then exec', color: 'container-runtime', from: { id: 'shim', how: 'starts' } },
    { id: 'app', label: 'your app', what: 'an ordinary process', color: 'application', from: { id: 'runc', how: 'starts' } },
  ],
  steps: [
    { caption: 'You type docker run: your shell starts the docker CLI.', show: ['cli'] },
    { caption: 'The CLI asks dockerd, a daemon that is already running, over a socket.', show: ['dockerd'] },
    { caption: 'dockerd asks containerd, which manages the container’s life (with its image store, the image too).', show: ['containerd'] },
    { caption: 'containerd starts a shim: one small process per container.', show: ['shim'] },
    { caption: 'The shim runs runc, which asks the kernel for namespaces and cgroups.', show: ['runc'] },
    { caption: 'runc starts your app inside them…', show: ['app'] },
    { caption: '…and exits. The shim stays behind as the app’s parent.', exit: ['runc'], reparent: [{ id: 'app', to: 'shim' }] },
    { caption: 'The app’s system calls go straight to the host kernel: nothing sits in between.', syscalls: true },
  ],
  app: 'app',
  sources: ['docker-1-11', 'docker-what-is-container', 'docker-containerd-store'],
}
