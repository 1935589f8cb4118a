/**
 * Written by scripts/capture-try-it.ts (npm run capture:try-it): what the try-it commands in
 * data/try-it-commands.ts printed when they were run, with the machine and the date. Do not
 * edit by hand; run the script again.
 */
import type { TryCapture } from '../scripts/capture-try-it'

export const tryCapture: TryCapture = {
  capturedAt: '2026-12-07T22:20:29Z',
  machine: {
    os: 'Debian GNU/Linux 12 (bookworm)',
    kernel: '6.18.44-fc-v1300',
    arch: 'x86_64',
    utilLinux: 'unshare from util-linux 2.38.1',
    systemd: 'systemd 252 (252.38-1~deb12u1)',
    docker: 'no Docker engine (the Docker commands were not run)',
    user: 'root (sudo dropped)',
  },
  runs: [
    {
      id: 'uname',
      command: 'uname -r',
      output: '6.18.44-fc-v1300',
      exitCode: 0,
    },
    {
      id: 'detect-virt',
      command: 'systemd-detect-virt --vm; systemd-detect-virt --container',
      output: 'kvm\ndocker',
      exitCode: 0,
    },
    {
      id: 'pid-ns',
      command: 'sudo unshare --pid --fork --mount-proc ps -o pid,comm',
      output: '    PID COMMAND\n      1 ps',
      exitCode: 0,
    },
    {
      id: 'uts-ns',
      command: 'sudo unshare --uts sh -c \'hostname demo; hostname\'; hostname',
      output: 'demo\nvm',
      exitCode: 0,
    },
    {
      id: 'lsns',
      command: 'sudo unshare -uin sh -c \'lsns -p $$ -o TYPE,NPROCS\'|tail -5',
      output: 'pid       171\nuser      171\nuts         2\nipc         2\nnet         2',
      exitCode: 0,
    },
  ],
}
