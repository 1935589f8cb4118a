import { describe, expect, it } from 'vitest'
import { labSteps } from '../data/lab'
import { checkStep, parseTerminal } from './lab-check'

const step = (id: string): typeof labSteps[number] => labSteps.find(s => s.id === id)!

describe('parseTerminal', () => {
  it('splits the screen into prompt, command and output, leaving the banner before the first prompt out', () => {
    const runs = parseTerminal('Welcome\nvm:~# hostname\nvm\nvm:/sys/fs/cgroup# cat box/pids.events\nmax 1\n\nvm:~# ')
    expect(runs).toEqual([
      { host: 'vm', cwd: '~', command: 'hostname', output: 'vm' },
      { host: 'vm', cwd: '/sys/fs/cgroup', command: 'cat box/pids.events', output: 'max 1' },
      { host: 'vm', cwd: '~', command: '', output: '' },
    ])
  })
})

describe('checkStep', () => {
  const uts = step('uts')
  const whole = [
    'vm:~# unshare --uts sh',
    'vm:~# hostname box',
    'box:~# hostname',
    'box',
    'box:~# exit',
    'vm:~# hostname',
    'vm',
    'vm:~# ',
  ]

  it('says what was achieved once every command ran and printed what it should', () => {
    const verdict = checkStep(uts, parseTerminal(whole.join('\n')))
    expect(verdict.state).toBe('done')
    expect(verdict.message).toContain(uts.fence)
    expect(verdict.state === 'done' && verdict.evidence).toEqual(['hostname: inside, the name is box', 'hostname: outside, still vm'])
  })

  it('before the step is finished, names the next command to type (extra spaces are fine)', () => {
    const verdict = checkStep(uts, parseTerminal('vm:~# unshare   --uts sh\nvm:~# '))
    expect(verdict).toMatchObject({ state: 'next', next: { command: 'hostname box' } })
    expect(verdict.message).toBe('Next, type: hostname box (renamed inside: the prompt now says box).')
    expect(checkStep(uts, []).state === 'next' && checkStep(uts, []).message).toContain('unshare --uts sh')
  })

  it('a host command typed inside the container gets a hint that says so, and passes once typed again outside', () => {
    const inside = [...whole.slice(0, 4), 'box:~# hostname', 'box', 'box:~# ']
    // The learner skipped exit: the check waits for it first.
    expect(checkStep(uts, parseTerminal(inside.join('\n')))).toMatchObject({ state: 'next', next: { command: 'exit' } })
    const wrongSide = ['vm:~# unshare --uts sh', 'vm:~# hostname box', 'box:~# hostname', 'box', 'box:~# exit', 'box:~# hostname', 'box']
    const hint = checkStep(uts, parseTerminal(wrongSide.join('\n')))
    expect(hint.state).toBe('hint')
    expect(hint.message).toContain('“hostname” printed “box”, but it should show outside, still vm.')
    expect(hint.message).toContain('The prompt says box: this ran inside the container')
    const fixed = [...wrongSide, 'box:~# exit', 'vm:~# hostname', 'vm']
    expect(checkStep(uts, parseTerminal(fixed.join('\n'))).state).toBe('done')
  })

  it('a container command that ran after the container\'s shell was left: PID 1 expected, the host\'s PID printed', () => {
    const pid = step('pid')
    const runs = parseTerminal(['vm:~# unshare --pid --fork --mount-proc sh', 'vm:~# exit', 'vm:~# echo $$', '214', 'vm:~# '].join('\n'))
    const verdict = checkStep(pid, runs)
    expect(verdict.state).toBe('hint')
    expect(verdict.message).toContain('“echo $$” printed “214”, but it should show the shell\'s own PID: 1.')
    expect(verdict.message).toContain('If you typed exit, start it again')
  })

  it('a command that wrapped at the terminal\'s edge counts as typed, and its output is what follows it', () => {
    const image = step('image')
    const lsBoth = image.commands[5]
    const run = parseTerminal(`vm:/images/hello# ${lsBoth.command.slice(0, 34)}\n${lsBoth.command.slice(34)}\nlayers/a:\nbin  www\n\nlayers/b:\nbin  etc  root\nvm:/images/hello# `)
    expect(checkStep({ ...image, commands: [lsBoth] }, run).state).toBe('done')
    expect(checkStep({ ...image, commands: [lsBoth] }, parseTerminal(`vm:/images/hello# ${lsBoth.command.slice(0, 34)}\nsomething else\nvm:~# `)).state).toBe('next')
  })

  it('every step of the lab starts by naming its first command', () => {
    for (const s of labSteps)
      expect(checkStep(s, [])).toMatchObject({ state: 'next', next: s.commands[0] })
  })
})
