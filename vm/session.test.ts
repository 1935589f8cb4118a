import { describe, expect, it } from 'vitest'
import { BOOT_MILESTONES, bootPhase, CommandSequencer, commandsToType, CURSOR_QUERY, CursorQueries, cursorReport, FIRMWARE_INSTRUCTIONS, formatDuration, isTerminalReply, markMilestones, PromptWatcher, TerminalLog, toPlainText } from './session'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('toPlainText', () => {
  it('drops the cursor query busybox sends after each prompt, and colours', () => {
    expect(toPlainText(`vm:~# ${CURSOR_QUERY}`)).toBe('vm:~# ')
    expect(toPlainText('\x1B[1;32mok\x1B[0m done')).toBe('ok done')
  })

  it('turns CR LF into LF and applies backspaces', () => {
    expect(toPlainText('a\r\nb\r\n')).toBe('a\nb\n')
    expect(toPlainText('unax\b \bme')).toBe('uname')
    expect(toPlainText('line\n\b')).toBe('line\n')
  })
})

describe('terminalLog', () => {
  it('puts back together a UTF-8 character and an escape sequence split across chunks', () => {
    const log = new TerminalLog()
    const euro = bytes('€')
    log.push(euro.slice(0, 1))
    log.push(euro.slice(1))
    log.push(bytes('\x1B['))
    expect(log.text).toBe('€')
    log.push(bytes('6nX'))
    expect(log.text).toBe('€X')
  })

  it('knows the line the cursor is on, and returns the text each chunk added', () => {
    const log = new TerminalLog()
    expect(log.push(bytes('Linux v86 6.1.0\r\nvm:~# '))).toBe('Linux v86 6.1.0\nvm:~# ')
    expect(log.lastLine).toBe('vm:~# ')
    expect(log.push(bytes(CURSOR_QUERY))).toBe('')
  })

  it('keeps only the last `limit` characters', () => {
    const log = new TerminalLog(10)
    log.push(bytes('0123456789abcdef'))
    expect(log.text).toBe('6789abcdef')
  })
})

describe('terminal replies', () => {
  it('tells xterm\'s answer to the cursor query from typing', () => {
    expect(isTerminalReply('\x1B[12;8R')).toBe(true)
    expect(isTerminalReply('l')).toBe(false)
    expect(isTerminalReply('\x1B[A')).toBe(false)
  })
})

describe('promptWatcher', () => {
  it('counts each prompt once, split across chunks or followed by typed-ahead keys', () => {
    const watcher = new PromptWatcher()
    expect(watcher.feed('\nvm:', 'vm:')).toBe(0)
    expect(watcher.feed('~# ', 'vm:~# ')).toBe(1)
    expect(watcher.feed('hostname', 'vm:~# hostname'), 'the echo of a command').toBe(0)
    expect(watcher.feed('\nvm\nvm:~#  ', 'vm:~#  '), 'a prompt followed by a typed-ahead space').toBe(1)
    expect(watcher.feed('\nvm:~# \nvm:~# ', 'vm:~# ')).toBe(2)
  })

  it('does not take output or boot messages for a prompt', () => {
    const watcher = new PromptWatcher()
    const text = '[    1.2] evm: HMAC attrs: 0x1\nMemTotal:          97700 kB\nmodel name\t: Pentium III (Katmai)\n'
    expect(watcher.feed(text, '')).toBe(0)
  })
})

describe('commandsToType', () => {
  const steps = [['uname -a'], ['cat /proc/cpuinfo', 'free -m'], ['hostname']]

  it('types the steps not yet typed, in order, up to the current one', () => {
    expect(commandsToType(steps, 0, 1)).toEqual(['uname -a'])
    expect(commandsToType(steps, 1, 3)).toEqual(['cat /proc/cpuinfo', 'free -m', 'hostname'])
  })

  it('types nothing going back or staying, and never past the last step', () => {
    expect(commandsToType(steps, 3, 1)).toEqual([])
    expect(commandsToType(steps, 2, 2)).toEqual([])
    expect(commandsToType(steps, 0, 9)).toHaveLength(4)
  })
})

describe('commandSequencer', () => {
  function setup(steps = [['uname -a'], ['hostname', 'uname -r']]) {
    const sent: string[] = []
    let clock = 0
    const seq = new CommandSequencer(steps, text => sent.push(text), () => clock)
    const tick = (ms: number): void => {
      clock += ms
    }
    return { seq, sent, tick }
  }

  it('waits for the first prompt before typing', () => {
    const { seq, sent } = setup()
    seq.goTo(1)
    expect(sent).toEqual([])
    seq.prompt()
    expect(sent).toEqual(['uname -a\r'])
  })

  it('sends one command per prompt, and times each', () => {
    const { seq, sent, tick } = setup()
    seq.prompt()
    seq.goTo(2)
    expect(sent).toEqual(['uname -a\r'])
    expect(seq.busy).toBe(true)
    tick(120)
    seq.prompt()
    expect(sent).toEqual(['uname -a\r', 'hostname\r'])
    tick(30)
    seq.prompt()
    seq.prompt()
    expect(sent).toEqual(['uname -a\r', 'hostname\r', 'uname -r\r'])
    expect(seq.busy).toBe(false)
    expect(seq.runs.map(r => r.ms)).toEqual([120, 30, 0])
  })

  it('does not retype a step when the speaker goes back and forward again', () => {
    const { seq, sent } = setup()
    seq.prompt()
    seq.goTo(1)
    seq.prompt()
    seq.goTo(0)
    seq.goTo(1)
    expect(sent).toEqual(['uname -a\r'])
    expect(seq.typed).toBe(1)
  })

  it('clears what the learner left half-typed at the prompt before typing a command', () => {
    const { seq, sent } = setup()
    seq.prompt()
    seq.userTyped('ls')
    seq.goTo(1)
    expect(sent).toEqual(['\x15uname -a\r'])
  })

  it('clears the line even when the learner typed ahead while a command ran', () => {
    const { seq, sent } = setup()
    seq.prompt()
    seq.goTo(1)
    seq.userTyped(' ')
    seq.prompt()
    seq.goTo(2)
    expect(sent).toEqual(['uname -a\r', '\x15hostname\r'])
  })

  it('waits for the prompt after the learner runs their own command', () => {
    const { seq, sent } = setup()
    seq.prompt()
    seq.userTyped('ls\r')
    seq.goTo(1)
    expect(sent).toEqual([])
    seq.prompt()
    expect(sent).toEqual(['\x15uname -a\r'])
  })

  it('rejects a demo step without commands or with a multi-line command', () => {
    expect(() => new CommandSequencer([[]], () => {})).toThrow(/step 1 has no commands/)
    expect(() => new CommandSequencer([['a\nb']], () => {})).toThrow(/spans lines/)
  })
})

describe('boot clock', () => {
  it('marks the kernel and init milestones once, when their lines appear', () => {
    let times = markMilestones({}, 'SeaBIOS (version 1.16.2)\n', 100)
    expect(times).toEqual({})
    times = markMilestones(times, '[    0.000000] Linux version 6.1.0-50-686 (debian-kernel@lists.debian.org)\n', 4200)
    times = markMilestones(times, 'Linux version 6.1.0 again', 5000)
    times = markMilestones(times, '[   9.1] Run /init as init process\n', 15_100)
    expect(times).toEqual({ kernel: 4200, init: 15_100 })
    expect(BOOT_MILESTONES.map(m => m.id)).toEqual(['firmware', 'kernel-load', 'kernel', 'init', 'shell'])
  })

  it('tells a cold boot\'s phase from the VGA screen, the instructions run and the serial milestones, for Debian\'s kernel and a small one', () => {
    expect(bootPhase({ firmware: 300 }, 'SeaBIOS (version 1.16.2-debian-1.16.2-1)', 3_000_000)).toBe('firmware')
    expect(bootPhase({ firmware: 300 }, 'Probing EDD (edd=off to disable)... ok', 4_000_000), 'the kernel\'s set-up code').toBe('kernel-load')
    expect(bootPhase({ firmware: 300 }, 'SeaBIOS (version 1.16.2)', FIRMWARE_INSTRUCTIONS + 1), 'a kernel without EDD: past the firmware\'s instructions').toBe('kernel-load')
    expect(bootPhase({ 'firmware': 300, 'kernel-load': 700 }, '', 0), 'never goes back').toBe('kernel-load')
    expect(bootPhase({ kernel: 5000 }, '', 0)).toBe('kernel')
    expect(bootPhase({ kernel: 5000, init: 9000 }, '', 0)).toBe('init')
    expect(bootPhase({ kernel: 5000, init: 9000, shell: 9500 }, '', 0)).toBe('shell')
    // A small kernel's lines: the same patterns.
    expect(markMilestones({}, '[    0.000000] Linux version 6.1.176 (deck@build) #1\n[    0.9] Freeing unused kernel image (initmem) memory: 300K\n', 900)).toEqual({ kernel: 900, init: 900 })
  })

  it('formats durations the way the slide shows them', () => {
    expect(formatDuration(870)).toBe('870 ms')
    expect(formatDuration(17_240)).toBe('17.2 s')
    expect(() => formatDuration(-1)).toThrow(/≥ 0/)
  })
})

describe('the cursor queries the worker answers', () => {
  it('counts busybox\'s queries, a query split across chunks once, and answers with the row and column', () => {
    const queries = new CursorQueries()
    const bytes = (text: string): Uint8Array => Uint8Array.from(text, c => c.charCodeAt(0))
    expect(queries.feed(bytes(`vm:~# ${CURSOR_QUERY}`))).toBe(1)
    expect(queries.feed(bytes('ls\r\nvm:~# \x1B['))).toBe(0)
    expect(queries.feed(bytes('6n'))).toBe(1)
    expect(queries.feed(bytes(`a\x1B[1mb${CURSOR_QUERY}${CURSOR_QUERY}`))).toBe(2)
    expect(queries.feed(bytes('plain text'))).toBe(0)
    expect(cursorReport(16, 7)).toBe('\x1B[16;7R')
    expect(isTerminalReply(cursorReport(16, 7))).toBe(true)
  })
})
