import { readPdf } from './pdf-check'
const c = await readPdf(process.argv[2])
const show = (n: any[], d = 0) => n.forEach(x => { console.log('  '.repeat(d) + x.title); show(x.children, d + 1) })
show(c.outlineTree)
