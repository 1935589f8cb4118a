/**
 * The live VM's demos: short sequences of shell commands, typed one per click into the VM on the
 * slide (`LinuxVm`), and run in the same order by `npm run vm:transcript`, which records their
 * real output into data/vm-transcript.ts for print and export.
 *
 * The demos run one after another in the same VM, from the saved state: a demo may rely on the
 * ones before it (the cgroup demo's `cd`, for example, is undone by the next demo's `cd`).
 */

export interface VmDemoStep {
  /** Exactly what is typed, without the newline. */
  command: string
  /** What to notice in its output: one short phrase, for the notes and the handout. */
  shows: string
}

export interface VmDemo {
  id: 'vm' | 'container' | 'cgroup' | 'timing'
  title: string
  /** What the demo shows, in one sentence. */
  shows: string
  steps: VmDemoStep[]
}

/**
 * The longest command line: with its prompt it must fit a 60-column terminal unwrapped (the shell
 * wraps a line that reaches the last column), so at most 59 - 6 (the shortest prompt, `vm:~# `).
 * The transcript test checks prompt + command ≤ 59 on the real prompts (`vm:/sys/fs/cgroup# ` is 20).
 */
export const MAX_COMMAND_CHARS = 53

const demoList: VmDemo[] = [
  {
    id: 'vm',
    title: 'Inside the virtual machine',
    shows: 'A whole computer, emulated: its own Linux kernel, a CPU it believes it has, and its own memory.',
    steps: [
      { command: 'uname -a', shows: 'the kernel this VM booted: Linux 6.1, built by the deck from Debian\'s source, for 32-bit x86 (i686)' },
      { command: 'grep -m1 \'model name\' /proc/cpuinfo', shows: 'the CPU the emulator presents to the guest' },
      { command: 'grep MemTotal /proc/meminfo', shows: 'the memory the guest sees: most of the 128 MiB the emulator gives it' },
    ],
  },
  {
    id: 'container',
    title: 'A container by hand',
    shows: 'unshare starts a process in new PID, mount and UTS namespaces: the host lists it under an ordinary PID, inside it is PID 1 with its own host name, and it runs on the same kernel.',
    steps: [
      { command: 'uname -nr', shows: 'outside: the host name (vm) and the kernel version' },
      { command: 'unshare --pid --fork --mount-proc --uts sleep 1d &', shows: 'a container in the background: sleep, in new PID, mount and UTS namespaces' },
      { command: 'ps -o pid,comm | grep sleep', shows: 'on the host, ps lists the container\'s process like any other, under an ordinary PID' },
      { command: 'nsenter -t $(pidof sleep) -p -m -u sh', shows: 'a shell inside that container\'s namespaces, as docker exec does' },
      { command: 'hostname box', shows: 'a host name set inside: the prompt changes' },
      { command: 'ps -o pid,comm', shows: 'inside, the same sleep is PID 1, and only the container\'s processes are visible' },
      { command: 'uname -nr', shows: 'inside: host name box, the same kernel' },
      { command: 'exit', shows: 'leave the container (its sleep runs on)' },
      { command: 'uname -nr', shows: 'outside again: still vm, and the same kernel as inside, line for line' },
    ],
  },
  {
    id: 'cgroup',
    title: 'A limit with cgroup v2',
    shows: 'A control group caps how many processes a shell may run: the kernel refuses the fork that would exceed it.',
    steps: [
      { command: 'cd /sys/fs/cgroup', shows: 'cgroups are a file system' },
      { command: 'cat cgroup.subtree_control', shows: 'the controllers a child group can use (the VM\'s /init enabled them, as systemd does)' },
      { command: 'mkdir -p box', shows: 'a new control group is a new directory' },
      { command: 'echo 3 > box/pids.max', shows: 'at most 3 processes in it' },
      { command: 'sh', shows: 'a new shell, to put in the group' },
      { command: 'echo $$ > box/cgroup.procs', shows: 'the shell moves into the group (process 1 of 3)' },
      { command: 'sleep 30 & sleep 30 & sleep 30 &', shows: 'two sleeps start; the third fork is refused' },
      { command: 'exit', shows: 'back to the shell outside the group' },
      { command: 'cat box/pids.current box/pids.events', shows: 'the processes still in the group, and how often the limit was hit' },
    ],
  },
  {
    id: 'timing',
    title: 'How long does a container take to start?',
    shows: 'A container starts in a fraction of a second even in this slow emulator: more than a plain process (one more fork, a /proc to mount), but no kernel boots.',
    steps: [
      { command: 'cd', shows: 'back to the home directory' },
      { command: 'time sh -c true', shows: 'an ordinary process (slower on its first run after a restore: the emulator translates new code)' },
      { command: 'time unshare --pid --fork --mount-proc --uts true', shows: 'starting a process in a new container' },
    ],
  },
]

/** Checks the demos, so a mistake in an edit fails with a message that says where and how to fix it. */
export function validateDemos(list: VmDemo[]): VmDemo[] {
  const ids = new Set<string>()
  for (const demo of list) {
    const at = `data/vm-demos.ts, demo "${demo.id}"`
    if (ids.has(demo.id))
      throw new Error(`${at}: the id is used twice; give each demo its own id`)
    ids.add(demo.id)
    if (!demo.title.trim() || !demo.shows.trim())
      throw new Error(`${at}: needs a title and a "shows" sentence`)
    if (demo.steps.length === 0)
      throw new Error(`${at}: has no steps; add at least one command`)
    for (const [i, step] of demo.steps.entries()) {
      const where = `${at}, step ${i + 1} (${JSON.stringify(step.command)})`
      if (!step.command.trim() || step.command !== step.command.trim())
        throw new Error(`${where}: the command is empty or has spaces around it`)
      if (/[\n\r\t]/.test(step.command))
        throw new Error(`${where}: one line per step; no newline or tab in a command`)

      if (/[^\x20-\x7E]/.test(step.command))
        throw new Error(`${where}: use plain ASCII (the guest's shell and the transcript expect it)`)
      if (step.command.length > MAX_COMMAND_CHARS)
        throw new Error(`${where}: ${step.command.length} characters; at most ${MAX_COMMAND_CHARS}, so that prompt and command fit a 60-column terminal unwrapped`)
      if (!step.shows.trim())
        throw new Error(`${where}: say what it shows`)
    }
  }
  return list
}

export const vmDemos: VmDemo[] = validateDemos(demoList)

/** The demo with this id. */
export function vmDemo(id: VmDemo['id']): VmDemo {
  return vmDemos.find(d => d.id === id)!
}

/** One recorded step of data/vm-transcript.ts (generated by `npm run vm:transcript`). */
export interface VmTranscriptStep {
  /** The prompt the command was typed at, as the console showed it. */
  prompt: string
  command: string
  /**
   * The console's output: control sequences stripped, tabs expanded to 8-column stops, without the
   * echoed command and the next prompt, and without blank lines at its start and end.
   */
  output: string
  /** From typing the command to the next prompt, in ms (Node, this machine). */
  ms: number
}

export interface VmTranscript {
  imageVersion: string
  kernelRelease: string
  v86: string
  recordedAt: string
  /** Where the timings were measured, in words, for the slide and the handout. */
  measuredOn: string
  timings: {
    /** Cold boot: from starting the emulator to the first kernel message, and to the shell prompt. */
    coldBootFirstKernelLineSeconds: number
    coldBootToPromptSeconds: number
    /** Restore of the saved state: from starting the emulator to the prompt. */
    restoreToPromptSeconds: number
    /**
     * The CPU time (user + system, all threads) the Node process used for the cold boot and for
     * the restore: less sensitive than the wall time to other work on the same machine, which
     * makes the wall time grow while the emulator waits for a core.
     */
    coldBootCpuSeconds: number
    restoreCpuSeconds: number
    /** Every run's time to the prompt, in order; the fields above are from the fastest. */
    coldBootToPromptRuns: number[]
    restoreToPromptRuns: number[]
    /**
     * The fastest cold boot's stages, in seconds: v86 and the firmware until the kernel's
     * decompressor runs; the decompression; the kernel's start-up until it runs /init; /init to the
     * prompt. Read off the emulated CPU's instruction pointer and the console's lines.
     */
    coldBootStages: { firmwareSeconds: number, decompressSeconds: number, kernelSeconds: number, initSeconds: number }
  }
  /**
   * Key lines of the fastest cold boot's console log, in order, each with the second it appeared
   * (wall time from starting the emulator): firmware, kernel, initramfs, /init, the shell.
   */
  coldBootLog: { seconds: number, line: string, milestone?: 'kernel' | 'init' | 'shell' }[]
  demos: { id: VmDemo['id'], title: string, steps: VmTranscriptStep[] }[]
  /** The lab's steps (data/lab.ts), each typed in a fresh restore after its setup (vm/lab-session.ts's LAB_SETUP). */
  lab: { id: string, title: string, steps: VmTranscriptStep[] }[]
  /** When the lab alone was recorded again (`npm run vm:transcript -- --lab`), if it was. */
  labRecordedAt?: string
}
