/**
 * The kernel config fragment (scripts/vm-kernel/kernel.config): parsed, and checked against the
 * `.config` that `make olddefconfig` resolved. Used by `npm run vm:kernel` and the unit tests.
 */

export interface KernelOption {
  /** CONFIG_… */
  name: string
  /** `y`, a number, a quoted string; `n` for "# CONFIG_X is not set". */
  value: string
  /** The comment line just above it: why it is there. */
  reason: string
  line: number
}

const SET = /^(CONFIG_[A-Z0-9_]+)=(.+)$/
const UNSET = /^# (CONFIG_[A-Z0-9_]+) is not set$/

/**
 * The options of a fragment, each with the comment above it as its reason. Throws, naming the
 * line, on anything else (a typo would otherwise be silently ignored by Kconfig) and on an option
 * with no reason or given twice.
 */
export function parseFragment(text: string, file = 'kernel.config'): KernelOption[] {
  const options: KernelOption[] = []
  let comment = ''
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    const set = SET.exec(line)
    const unset = UNSET.exec(line)
    if (set || unset) {
      const name = (set ?? unset)![1]
      if (!comment)
        throw new Error(`${file}:${i + 1}: ${name} has no reason: put a one-line "# why" comment just above it.`)
      if (options.some(o => o.name === name))
        throw new Error(`${file}:${i + 1}: ${name} is given twice.`)
      options.push({ name, value: set ? set[2] : 'n', reason: comment, line: i + 1 })
      comment = ''
    }
    else if (line.startsWith('#')) {
      comment = line.replace(/^#\s*/, '')
    }
    else if (line === '') {
      comment = ''
    }
    else {
      throw new Error(`${file}:${i + 1}: not an option: ${JSON.stringify(line)} (write CONFIG_X=y or "# CONFIG_X is not set").`)
    }
  }
  return options
}

/** A resolved `.config` as a map from option to value (`n` for "is not set" and for absent). */
export function readConfig(text: string): Map<string, string> {
  const config = new Map<string, string>()
  for (const line of text.split('\n')) {
    const set = SET.exec(line)
    if (set)
      config.set(set[1], set[2])
    const unset = UNSET.exec(line)
    if (unset)
      config.set(unset[1], 'n')
  }
  return config
}

/** The fragment's options that did not survive into the resolved `.config`, as "CONFIG_X=want (got …)". */
export function lostOptions(fragment: KernelOption[], configText: string): string[] {
  const config = readConfig(configText)
  return fragment
    .filter(o => (config.get(o.name) ?? 'n') !== o.value)
    .map(o => `${o.name}=${o.value} (got ${config.has(o.name) ? config.get(o.name) : 'absent: a dependency is off or the name is wrong'})`)
}

/** `y` when the fragment turns the option on. */
export function isOn(fragment: KernelOption[], name: string): boolean {
  return fragment.find(o => o.name === name)?.value === 'y'
}

/**
 * What the deck's demos and the lab rely on in the kernel, option by option, with what breaks
 * without it. `initrdCompression` is the initramfs's file extension (`gz` for initramfs.cpio.gz; `cpio`, uncompressed, needs no RD_ option).
 */
export function requiredOptions(initrdCompression: string): { name: string, value: string, why: string }[] {
  const rd: Record<string, string> = { gz: 'RD_GZIP', xz: 'RD_XZ', zst: 'RD_ZSTD', lz4: 'RD_LZ4', bz2: 'RD_BZIP2', lzma: 'RD_LZMA', lzo: 'RD_LZO' }
  const y = (name: string, why: string): { name: string, value: string, why: string } => ({ name: `CONFIG_${name}`, value: 'y', why })
  return [
    y('BLK_DEV_INITRD', 'the root file system is an initramfs'),
    ...(initrdCompression === 'cpio' ? [] : [y(rd[initrdCompression] ?? `RD_${initrdCompression.toUpperCase()}`, `the initramfs is ${initrdCompression}-compressed`)]),
    y('BINFMT_ELF', 'BusyBox is an ELF program'),
    y('BINFMT_SCRIPT', '/init is a #! script'),
    y('SERIAL_8250', 'the terminal is the PC serial port'),
    y('SERIAL_8250_CONSOLE', 'console=ttyS0'),
    { name: 'CONFIG_SERIAL_8250_NR_UARTS', value: '2', why: 'ttyS1 carries the host\'s clock line' },
    { name: 'CONFIG_SERIAL_8250_RUNTIME_UARTS', value: '2', why: 'ttyS1 registered at boot' },
    y('PRINTK', 'the boot log, dmesg, the OOM kill'),
    y('COMPAT_32BIT_TIME', 'Debian\'s i386 BusyBox sleeps with the 32-bit time calls'),
    y('PROC_FS', 'ps and a container\'s own /proc'),
    y('SYSFS', 'cgroup2 is mounted under /sys'),
    y('DEVTMPFS', '/dev'),
    y('TMPFS', '/tmp and the overlay\'s upper layer'),
    y('OVERLAY_FS', 'image layers under a writable layer'),
    y('NAMESPACES', 'containers at all'),
    y('UTS_NS', 'unshare --uts'),
    y('IPC_NS', 'unshare --ipc'),
    y('PID_NS', 'unshare --pid: PID 1 inside'),
    y('NET_NS', 'unshare --net'),
    y('USER_NS', 'unshare --user'),
    y('CGROUPS', 'cgroup v2'),
    y('CGROUP_PIDS', 'pids.max'),
    y('MEMCG', 'memory.max'),
    y('NET', 'networking'),
    y('UNIX', 'Unix sockets'),
    y('INET', 'IPv4: ping, httpd, wget'),
    y('VETH', 'a veth pair into the container'),
    y('BRIDGE', 'a bridge joining containers'),
  ]
}

/** The required options a fragment does not set as required, as "CONFIG_X=y (why)". */
export function missingForDemos(fragment: KernelOption[], initrdCompression: string): string[] {
  return requiredOptions(initrdCompression)
    .filter(r => fragment.find(o => o.name === r.name)?.value !== r.value)
    .map(r => `${r.name}=${r.value} (${r.why})`)
}
