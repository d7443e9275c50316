/**
 * Find every regular expression in the project's source: regex literals and
 * `new RegExp(…)` / `RegExp(…)` calls, with the TypeScript 7 compiler API
 * (`typescript/unstable/sync`: a real parse, not a text search).
 *
 * A `RegExp(…)` whose pattern is built only from literals (strings,
 * `String.raw` templates without substitutions, `+` of those, template
 * literals whose substitutions are such, and `const` identifiers of this file
 * bound to such) is evaluated; anything else is listed as `dynamic`.
 */
import {mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {API} from 'typescript/unstable/sync'
import {SyntaxKind, type Node, type SourceFile} from 'typescript/unstable/ast'

export interface FoundRegex {
  /** Path relative to the project root. */
  file: string
  line: number
  kind: 'literal' | 'constructed' | 'dynamic'
  /** Pattern source (for `dynamic`: the constructor's source text). */
  source: string
  flags: string
}

/** Files under `dir` whose name ends with one of `exts` (node_modules and dotfiles skipped). */
export function listFiles(dir: string, exts: string[]): string[] {
  const out: string[] = []
  let entries: string[]
  try {
    entries = readdirSync(dir).sort()
  } catch {
    return out
  }
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue
    const path = join(dir, name)
    const info = statSync(path, {throwIfNoEntry: false})
    if (!info) continue
    if (info.isDirectory()) out.push(...listFiles(path, exts))
    else if (exts.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

/** Scan `files` (absolute paths) under `root`. */
export function scanRegexes(root: string, files: string[]): FoundRegex[] {
  // A throwaway project naming exactly these files, so nothing is missed or added.
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-regex-scan-'))
  const tsconfig = join(dir, 'tsconfig.json')
  writeFileSync(tsconfig, JSON.stringify({compilerOptions: {allowJs: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: []}, files}))
  const api = new API({cwd: root})
  try {
    const snapshot = api.updateSnapshot({openProject: tsconfig})
    const project = snapshot.getProjects()[0]
    if (!project) throw new Error('regex scan: the TypeScript API opened no project')
    const found: FoundRegex[] = []
    for (const file of files) {
      const sf = project.program.getSourceFile(file)
      if (!sf) throw new Error(`regex scan: ${file} is not in the program`)
      found.push(...scanFile(sf, relative(root, file)))
    }
    return found
  } finally {
    api.close()
    rmSync(dir, {recursive: true, force: true})
  }
}

function scanFile(sf: SourceFile, file: string): FoundRegex[] {
  const text = sf.text
  const lineOf = (pos: number): number => {
    let line = 1
    for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) line++
    return line
  }
  const startOf = (node: Node): number => node.getStart(sf)
  // const NAME = <initializer> in this file, for resolving pattern pieces.
  const consts = new Map<string, Node>()
  const collect = (node: Node): void => {
    if (node.kind === SyntaxKind.VariableDeclaration) {
      const decl = node as unknown as {name: Node & {text?: string}; initializer?: Node; parent: Node}
      const list = decl.parent as unknown as {flags: number}
      // NodeFlags.Const = 2
      if (decl.name.kind === SyntaxKind.Identifier && decl.initializer && (list.flags & 2) !== 0 && decl.name.text) consts.set(decl.name.text, decl.initializer)
    }
    node.forEachChild(collect)
  }
  collect(sf as unknown as Node)

  const evaluate = (node: Node | undefined, depth = 0): string | undefined => {
    if (!node || depth > 20) return undefined
    const n = node as unknown as Record<string, unknown> & Node
    switch (node.kind) {
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral:
        return n.text as string
      case SyntaxKind.ParenthesizedExpression:
        return evaluate(n.expression as Node, depth + 1)
      case SyntaxKind.BinaryExpression: {
        const op = (n.operatorToken as Node).kind
        if (op !== SyntaxKind.PlusToken) return undefined
        const left = evaluate(n.left as Node, depth + 1)
        const right = evaluate(n.right as Node, depth + 1)
        return left === undefined || right === undefined ? undefined : left + right
      }
      case SyntaxKind.TaggedTemplateExpression: {
        const tag = n.tag as Node
        if (tag.getText(sf) !== 'String.raw') return undefined
        const template = n.template as Node
        const raw = (t: Node): string => {
          // Raw text: the source between the delimiters.
          const s = t.getText(sf)
          return s
        }
        if (template.kind === SyntaxKind.NoSubstitutionTemplateLiteral) return raw(template).slice(1, -1)
        const tpl = template as unknown as {head: Node; templateSpans: Array<{expression: Node; literal: Node}>}
        let out = raw(tpl.head).slice(1, -2) // `…${
        for (const span of tpl.templateSpans) {
          const value = evaluate(span.expression, depth + 1)
          if (value === undefined) return undefined
          const lit = raw(span.literal) // }…${ or }…`
          out += value + lit.slice(1, lit.endsWith('`') ? -1 : -2)
        }
        return out
      }
      case SyntaxKind.TemplateExpression: {
        const tpl = n as unknown as {head: {text: string}; templateSpans: Array<{expression: Node; literal: {text: string}}>}
        let out = tpl.head.text
        for (const span of tpl.templateSpans) {
          const value = evaluate(span.expression, depth + 1)
          if (value === undefined) return undefined
          out += value + span.literal.text
        }
        return out
      }
      case SyntaxKind.Identifier: {
        const init = consts.get(n.text as string)
        return init ? evaluate(init, depth + 1) : undefined
      }
      case SyntaxKind.ArrayLiteralExpression:
        return undefined
      case SyntaxKind.CallExpression: {
        // [...].join('|') of literals
        const callee = n.expression as Node
        if (callee.kind !== SyntaxKind.PropertyAccessExpression) return undefined
        const access = callee as unknown as {expression: Node; name: {text: string}}
        if (access.name.text !== 'join' || access.expression.kind !== SyntaxKind.ArrayLiteralExpression) return undefined
        const args = n.arguments as unknown as Node[]
        const sep = args.length === 0 ? ',' : evaluate(args[0], depth + 1)
        if (sep === undefined) return undefined
        const items = (access.expression as unknown as {elements: Node[]}).elements.map((e) => evaluate(e, depth + 1))
        return items.some((i) => i === undefined) ? undefined : items.join(sep)
      }
      default:
        return undefined
    }
  }

  const out: FoundRegex[] = []
  const visit = (node: Node): void => {
    if (node.kind === SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as unknown as {text: string}).text
      const slash = literal.lastIndexOf('/')
      out.push({file, line: lineOf(startOf(node)), kind: 'literal', source: literal.slice(1, slash), flags: literal.slice(slash + 1)})
    } else if (node.kind === SyntaxKind.NewExpression || node.kind === SyntaxKind.CallExpression) {
      const call = node as unknown as {expression: Node; arguments?: Node[]}
      if (call.expression.kind === SyntaxKind.Identifier && call.expression.getText(sf) === 'RegExp') {
        const args = call.arguments ?? []
        const source = evaluate(args[0])
        const flags = args[1] === undefined ? '' : evaluate(args[1])
        if (source !== undefined && flags !== undefined) out.push({file, line: lineOf(startOf(node)), kind: 'constructed', source, flags})
        else out.push({file, line: lineOf(startOf(node)), kind: 'dynamic', source: node.getText(sf).slice(0, 200), flags: ''})
      }
    }
    node.forEachChild(visit)
  }
  visit(sf as unknown as Node)
  return out
}
