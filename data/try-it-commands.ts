/**
 * Commands a learner can try on their own Linux machine, as the try-it slides show them.
 * scripts/capture-try-it.ts runs every one that does not need Docker on the machine it is run
 * on and writes what it printed, with the versions and the date, to data/try-it.ts: the slides
 * show that output, never output typed by hand. Commands that need a Docker engine are shown
 * without output, marked "needs Docker".
 */
export interface TryCommand {
  id: string
  /** The slide that shows it. */
  slide: 'shared-kernel' | 'by-hand'
  /** The command as a learner types it (short enough for one line on a slide). */
  command: string
  /** True when it needs a running Docker engine: shown without output. */
  needsDocker?: boolean
  /** What the output shows, in one line (on the slide under the output). */
  point: string
}

export const tryCommands: TryCommand[] = [
  { id: 'uname', slide: 'shared-kernel', command: 'uname -r', point: 'The kernel this machine runs.' },
  { id: 'uname-docker', slide: 'shared-kernel', command: 'docker run --rm alpine uname -r', needsDocker: true, point: 'Where Docker runs: is the kernel the same as above?' },
  { id: 'detect-virt', slide: 'shared-kernel', command: 'systemd-detect-virt --vm; systemd-detect-virt --container', point: 'kvm: a hypervisor is there. docker: a /.dockerenv file is, a clue but not proof.' },
  { id: 'pid-ns', slide: 'by-hand', command: 'sudo unshare --pid --fork --mount-proc ps -o pid,comm', point: 'A new PID namespace: ps is PID 1 and sees nothing else.' },
  { id: 'uts-ns', slide: 'by-hand', command: 'sudo unshare --uts sh -c \'hostname demo; hostname\'; hostname', point: 'demo inside the new UTS namespace; the real name outside.' },
  { id: 'lsns', slide: 'by-hand', command: 'sudo unshare -uin sh -c \'lsns -p $$ -o TYPE,NPROCS\'|tail -5', point: 'Type and process count: uts, ipc and net are its own (2 processes); pid and user shared.' },
]
