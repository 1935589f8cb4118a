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

const LACKS = 'It still lacks what runtimes add by default: a seccomp filter, dropped capabilities (Docker keeps 14), and, with rootless or userns-remap, a user namespace.'
const LACKS_SOURCES: SourceId[] = ['docker-seccomp', 'containers-caps', 'docker-rootless']

export const labRuntime: Record<LabStep['id'], LabRuntimeNote> = {
  baseline: {
    real: 'Every container starts as this: an ordinary process. runc makes the same system calls this lab makes with unshare, mount and pivot_root.',
    lacks: 'No fence yet: the shell sees the whole machine.',
    sources: ['runc-repo', 'man-namespaces'],
  },
  uts: {
    real: 'runc creates a UTS namespace for every container; docker run --hostname sets the name inside it.',
    lacks: LACKS,
    sources: ['runc-repo', 'man-namespaces', ...LACKS_SOURCES],
  },
  pid: {
    real: 'runc starts every container in new PID and mount namespaces with a /proc of its own, so its first process is PID 1.',
    lacks: LACKS,
    sources: ['runc-repo', 'man-namespaces', ...LACKS_SOURCES],
  },
  image: {
    real: 'Docker pulls an image like this from a registry: a manifest that lists its layers by sha256 digest, each layer an archive.',
    lacks: 'Here the image is already in the VM: nothing is pulled or verified against a registry.',
    sources: ['oci-v1', 'docker-registry', 'docker-storage-drivers'],
  },
  root: {
    real: 'Docker stacks an image\'s layers with overlayfs the same way, read-only under a writable container layer; runc swaps the root in with pivot_root, which, unlike chroot, leaves the old root no way back.',
    lacks: LACKS,
    sources: ['docker-storage-drivers', 'kernel-overlayfs', 'man-pivot-root', 'runc-repo', ...LACKS_SOURCES],
  },
  network: {
    real: 'Docker gives each container a veth pair too, its host end on a bridge (docker0); -p 8080:80 adds a NAT rule in the host\'s netfilter, which this VM\'s kernel leaves out.',
    lacks: 'No bridge, no NAT, no port mapping: the host reaches the container only at its own address.',
    sources: ['man-veth', 'docker-bridge', 'man-namespaces'],
  },
  volume: {
    real: 'docker run -v mounts a host directory (or a Docker-managed volume) into the container\'s root the same way: a bind mount, outside the writable layer.',
    lacks: LACKS,
    sources: ['docker-volumes', 'docker-storage-drivers', ...LACKS_SOURCES],
  },
  limit: {
    real: 'docker run --pids-limit and --memory write the same cgroup v2 files, pids.max and memory.max, for the container\'s group.',
    lacks: 'Here the group is made by hand; a runtime makes one per container and moves its first process in before it runs.',
    sources: ['kernel-cgroup-v2', 'man-cgroups'],
  },
  host: {
    real: 'docker exec is nsenter: it starts a process in the container\'s namespaces; to the host, the container is a process like any other.',
    lacks: LACKS,
    sources: ['man-nsenter', 'man-namespaces', ...LACKS_SOURCES],
  },
}
