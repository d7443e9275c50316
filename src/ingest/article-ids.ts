import {basename, dirname, extname, relative, resolve, sep} from 'node:path'

/**
 * Article ids for a set of file paths: unique for every set of distinct
 * paths, and the same for the same set whatever order it comes in.
 *
 * Each path starts at the shortest form and moves to the next one while its
 * id is shared with another path's (of the paths sharing
 * an id, those at the shortest form move; when all are at the same form,
 * all move):
 *
 * 0. the file name without its extension (`story`);
 * 1. its path relative to the folder that all paths of that file name have
 *    in common, without the extension (`a/story`, `b/story`);
 * 2. the same with the extension (`a/story.md`, `a/story.txt`);
 * 3. the path as given (`/` as separator), which no two distinct paths share.
 *
 * `x.txt`, `x.md` and `x.txt.txt` in one folder get `x.txt`, `x.md` and
 * `x.txt.txt`: the first two meet at `x` and move to form 2, where the
 * first meets the third's form-0 `x.txt`, so the third moves on. The last
 * form of two distinct paths differs, so the loop ends with unique ids.
 */
export function assignIds(paths: string[]): string[] {
  const order = paths.map((_, index) => index).sort((a, b) => compare(paths[a]!, paths[b]!))
  const forms = formsOf(order.map((index) => paths[index]!))
  const level = forms.map(() => 0)
  for (;;) {
    const holders = new Map<string, number[]>()
    forms.forEach((form, k) => {
      const id = form[level[k]!]!
      const list = holders.get(id)
      if (list) list.push(k)
      else holders.set(id, [k])
    })
    let moved = false
    for (const list of holders.values()) {
      if (list.length < 2) continue
      let lowest = Infinity
      for (const k of list) lowest = Math.min(lowest, level[k]!)
      for (const k of list) {
        if (level[k] === lowest && lowest < forms[k]!.length - 1) {
          level[k]!++
          moved = true
        }
      }
    }
    if (!moved) break
  }
  const ids: string[] = new Array(paths.length)
  order.forEach((index, k) => {
    ids[index] = forms[k]![level[k]!]!
  })
  return ids
}

/** The four forms of each path, shortest first (see {@link assignIds}), paths in sorted order. */
function formsOf(paths: string[]): string[][] {
  const base = paths.map((path) => basename(path, extname(path)))
  // The folder the paths of each shared name have in common (one pass, not a
  // scan of all paths per file: a site scraped into folders of index.html).
  const groups = new Map<string, string[]>()
  base.forEach((id, k) => {
    const group = groups.get(id)
    if (group) group.push(resolve(paths[k]!))
    else groups.set(id, [resolve(paths[k]!)])
  })
  const roots = new Map<string, string>()
  for (const [id, group] of groups) roots.set(id, commonDir(group))
  return paths.map((path, k) => {
    const rel = slashed(relative(roots.get(base[k]!)!, resolve(path)))
    return [base[k]!, rel.slice(0, rel.length - extname(rel).length), rel, slashed(path)]
  })
}

function slashed(path: string): string {
  return path.split(sep).join('/')
}

function commonDir(paths: string[]): string {
  let root = dirname(paths[0]!)
  while (!paths.every((path) => path.startsWith(root + sep) || path === root)) {
    const parent = dirname(root)
    if (parent === root) break
    root = parent
  }
  return root
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
