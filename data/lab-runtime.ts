/**
 * What each lab step (data/lab.ts) stands for in a real container runtime, and what the hand-made
 * container still lacks: one line each on the lab's slides, with the sources that back them.
 */
import type { LabStep } from './lab'
import type { SourceId } from './sources'

export interface LabRuntimeNote {
  /** What a real runtime does for this step. */
  real: string
  /** What this hand-made container lacks that a runtime adds. */
  lacks: string
  sources: SourceId[]
}

const LACKS = 'Missing here: seccomp, dropped capabilities, a user namespace.'
const LACKS_SOURCES: SourceId[] = ['docker-seccomp', 'containers-caps', 'docker-rootless']

export const labRuntime: Record<LabStep['id'], LabRuntimeNote> = {
  baseline: {
    real: 'Every container starts as an ordinary process; runc makes the system calls this lab makes.',
    lacks: 'No fence yet.',
    sources: ['runc-repo', 'man-namespaces'],
  },
  uts: {
    real: 'runc makes a UTS namespace per container; docker run --hostname names it.',
    lacks: LACKS,
    sources: ['runc-repo', 'man-namespaces', ...LACKS_SOURCES],
  },
  pid: {
    real: 'runc gives every container PID and mount namespaces and its own /proc.',
    lacks: LACKS,
    sources: ['runc-repo', 'man-namespaces', ...LACKS_SOURCES],
  },
  image: {
    real: 'Docker pulls such an image from a registry, each layer checked by its digest.',
    lacks: 'Here nothing is pulled.',
    sources: ['oci-v1', 'docker-registry', 'docker-storage-drivers'],
  },
  root: {
    real: 'Docker stacks layers with overlayfs too; runc uses pivot_root, which, unlike chroot, leaves no way back.',
    lacks: LACKS,
    sources: ['docker-storage-drivers', 'kernel-overlayfs', 'man-pivot-root', 'runc-repo', ...LACKS_SOURCES],
  },
  network: {
    real: 'Docker plugs a veth pair into a bridge; -p 8080:80 adds a NAT rule (no netfilter in this VM).',
    lacks: 'Here: no bridge, no port mapping.',
    sources: ['man-veth', 'docker-bridge', 'man-namespaces'],
  },
  volume: {
    real: 'docker run -v is the same bind mount, outside the writable layer.',
    lacks: LACKS,
    sources: ['docker-volumes', 'docker-storage-drivers', ...LACKS_SOURCES],
  },
  limit: {
    real: 'docker run --pids-limit and --memory write these same files.',
    lacks: 'A runtime makes one group per container.',
    sources: ['kernel-cgroup-v2', 'man-cgroups'],
  },
  host: {
    real: 'docker exec joins the namespaces as nsenter does.',
    lacks: LACKS,
    sources: ['man-nsenter', 'man-namespaces', ...LACKS_SOURCES],
  },
}
