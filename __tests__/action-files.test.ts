/** Glob expansion of the Action on a temporary workspace, and `if-no-files-found`. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findFiles, handleNoFiles, NoFilesFoundError, reportedPath } from '../src/action/files.js'
import { countHiddenMatches } from '../src/action/globMatches.js'

let workspace: string

/** A pattern rooted at the workspace (@actions/glob roots relative ones at the cwd). */
function at(pattern: string): string {
  return pattern.startsWith('!') ? `!${path.join(workspace, pattern.slice(1))}` : path.join(workspace, pattern)
}

function file(relative: string, content = relative): void {
  const full = path.join(workspace, relative)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, content)
}

async function paths(...patterns: string[]): Promise<string[]> {
  const files = await findFiles(patterns.map(at).join('\n'), { workspace })
  return files.map((found) => found.path)
}

async function pathsWithHidden(...patterns: string[]): Promise<string[]> {
  const files = await findFiles(patterns.map(at).join('\n'), { workspace, includeHiddenFiles: true })
  return files.map((found) => found.path)
}

beforeAll(() => {
  workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'tus-glob-')))
  file('dist/b.zip', 'bb')
  file('dist/a.zip', 'a')
  file('dist/app.js.map')
  file('dist/nested/deep/c.txt')
  file('dist/nested/Z.txt')
  file('docs/readme.md')
  file('.hidden/secret.txt')
  file('docs/.env', 'TOKEN=1')
  file('.git/config')
  file('.github/workflows/ci.yml')
  file('.github/.cache/x')
  file('dist/.keep', '')
  mkdirSync(path.join(workspace, 'empty-dir'))
  mkdirSync(path.join(workspace, 'dist/empty'))
})

afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('findFiles', () => {
  // @actions/glob logs ::debug:: lines to stdout.
  beforeEach(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('expands a pattern to files, sorted, with paths relative to the workspace', async () => {
    const files = await findFiles(at('dist/*.zip'), { workspace })
    expect(files).toEqual([
      { absolutePath: path.join(workspace, 'dist/a.zip'), path: 'dist/a.zip', size: 1, mtimeMs: expect.any(Number) },
      { absolutePath: path.join(workspace, 'dist/b.zip'), path: 'dist/b.zip', size: 2, mtimeMs: expect.any(Number) }
    ])
  })

  it('lets a matched directory contribute the files under it, never the directory itself', async () => {
    expect(await paths('dist/nested')).toEqual(['dist/nested/Z.txt', 'dist/nested/deep/c.txt'])
    expect(await paths('dist/*')).toEqual([
      'dist/a.zip',
      'dist/app.js.map',
      'dist/b.zip',
      'dist/nested/Z.txt',
      'dist/nested/deep/c.txt'
    ])
    expect(await paths('empty-dir')).toEqual([])
  })

  it('excludes with !pattern', async () => {
    expect(await paths('dist/**', '!dist/*.map', '!dist/nested')).toEqual(['dist/a.zip', 'dist/b.zip'])
  })

  it('lists each file once, whatever the overlap of the patterns', async () => {
    expect(await paths('dist/*.zip', 'dist/a.zip', 'dist/**/*.zip', 'dist')).toEqual([
      'dist/a.zip',
      'dist/app.js.map',
      'dist/b.zip',
      'dist/nested/Z.txt',
      'dist/nested/deep/c.txt'
    ])
  })

  it('sorts by path in code-unit order across patterns, whatever their order', async () => {
    expect(await pathsWithHidden('docs/*', 'dist/nested/**', '.hidden')).toEqual([
      '.hidden/secret.txt',
      'dist/nested/Z.txt',
      'dist/nested/deep/c.txt',
      'docs/.env',
      'docs/readme.md'
    ])
  })

  it('leaves out hidden names that a wildcard or a matched directory reached, unless includeHiddenFiles', async () => {
    expect(await paths('**')).not.toContainEqual(expect.stringMatching(/(^|\/)\./))
    expect(await paths('**')).toContain('docs/readme.md')
    expect(await paths('dist')).not.toContain('dist/.keep')
    expect(await pathsWithHidden('**')).toEqual(expect.arrayContaining(['.git/config', '.hidden/secret.txt', 'docs/.env', 'dist/.keep']))
    expect(await pathsWithHidden('dist')).toContain('dist/.keep')
  })

  it('takes hidden names that a pattern segment starting with . names, as the shell does', async () => {
    expect(await paths('.git', 'docs/.env', 'dist/.keep')).toEqual(['.git/config', 'dist/.keep', 'docs/.env'])
    expect(await paths('**/.env')).toEqual(['docs/.env'])
    // .git only by its name: a wildcard meant for dotfiles does not take checkout's token.
    expect(await paths('.*')).toEqual(['.github/.cache/x', '.github/workflows/ci.yml', '.hidden/secret.txt'])
    expect(await paths('.g*/config')).toEqual([])
    expect(await paths('.git/config')).toEqual(['.git/config'])
    // Below a named hidden directory, hidden names are again left out unless named.
    expect(await paths('.github/**')).toEqual(['.github/workflows/ci.yml'])
    expect(await paths('.github/*/ci.yml')).toEqual(['.github/workflows/ci.yml'])
    // An exclusion after the line still wins.
    expect(await paths('.git', '!.git/config', 'docs/.env')).toEqual(['docs/.env'])
  })

  it('takes everything under a workspace whose own name starts with .', async () => {
    const hiddenWorkspace = path.join(workspace, 'outer', '.ws')
    mkdirSync(path.join(hiddenWorkspace, 'dist'), { recursive: true })
    mkdirSync(path.join(hiddenWorkspace, '.git'))
    writeFileSync(path.join(hiddenWorkspace, 'dist', 'a.txt'), 'a')
    writeFileSync(path.join(hiddenWorkspace, '.git', 'config'), 'secret')
    const cwd = process.cwd()
    process.chdir(hiddenWorkspace)
    try {
      for (const pattern of ['**', '.', 'dist']) {
        const files = await findFiles(pattern, { workspace: hiddenWorkspace })
        expect(files.map((found) => found.path)).toEqual(['dist/a.txt'])
      }
    } finally {
      process.chdir(cwd)
      rmSync(path.join(workspace, 'outer'), { recursive: true, force: true })
    }
  })

  it('leaves out what is no regular file, saying so', async () => {
    const fifo = path.join(workspace, 'pipes', 'fifo')
    mkdirSync(path.dirname(fifo))
    try {
      execFileSync('mkfifo', [fifo])
      const written: string[] = []
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk))
        return true
      })
      expect(await paths('pipes', 'docs/readme.md')).toEqual(['docs/readme.md'])
      expect(written.join('')).toContain(`Skipped ${fifo}: not a regular file\n`)
    } finally {
      rmSync(path.dirname(fifo), { recursive: true, force: true })
    }
  })

  it('ignores blank lines and # comments', async () => {
    const files = await findFiles(`# the zips\n\n${at('dist/a.zip')}\n`, { workspace })
    expect(files.map((found) => found.path)).toEqual(['dist/a.zip'])
  })

  it('roots relative patterns at the cwd, as the runner (cwd = GITHUB_WORKSPACE)', async () => {
    const cwd = process.cwd()
    process.chdir(workspace)
    try {
      const files = await findFiles('docs\n./dist/a.zip', { workspace })
      expect(files.map((found) => found.path)).toEqual(['dist/a.zip', 'docs/readme.md'])
    } finally {
      process.chdir(cwd)
    }
  })

  it('reports paths relative to GITHUB_WORKSPACE by default', async () => {
    const saved = process.env.GITHUB_WORKSPACE
    process.env.GITHUB_WORKSPACE = path.join(workspace, 'dist')
    try {
      const files = await findFiles(at('dist/nested/deep/*'))
      expect(files.map((found) => found.path)).toEqual(['nested/deep/c.txt'])
    } finally {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE
      else process.env.GITHUB_WORKSPACE = saved
    }
  })

  it('reports absolute paths for files outside the workspace', async () => {
    const files = await findFiles(at('docs/*'), { workspace: path.join(workspace, 'dist') })
    expect(files.map((found) => found.path)).toEqual([path.join(workspace, 'docs/readme.md')])
  })

  it('follows a symbolic link to a file, and skips a broken one', async () => {
    const dir = path.join(workspace, 'links')
    mkdirSync(dir)
    try {
      symlinkSync(path.join(workspace, 'dist/b.zip'), path.join(dir, 'to-b.zip'))
      symlinkSync(path.join(workspace, 'missing'), path.join(dir, 'broken'))
      const files = await findFiles(at('links'), { workspace })
      expect(files).toEqual([{ absolutePath: path.join(dir, 'to-b.zip'), path: 'links/to-b.zip', size: 2, mtimeMs: expect.any(Number) }])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('finds nothing when nothing matches', async () => {
    expect(await paths('nope/*.zip')).toEqual([])
    expect(await paths('dist/*.zip', '!dist/*')).toEqual([])
  })
})

describe('reportedPath', () => {
  it('uses / separators inside the workspace', () => {
    expect(reportedPath(path.join('/ws', 'a', 'b.txt'), '/ws')).toBe('a/b.txt')
    expect(reportedPath('/elsewhere/b.txt', '/ws')).toBe('/elsewhere/b.txt')
  })
})

describe('handleNoFiles (if-no-files-found)', () => {
  let written: string[] = []
  afterEach(() => {
    jest.restoreAllMocks()
    written = []
  })
  function captureStdout(): void {
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
  }
  const patterns = 'dist/*.zip\n# comment\n!dist/skip.zip'
  const message = 'No files were found with the provided glob: dist/*.zip, !dist/skip.zip. No files will be uploaded.'

  it('does not count files under .git for the hint', async () => {
    const cwd = process.cwd()
    process.chdir(workspace)
    try {
      expect(await countHiddenMatches('.*/config')).toBe(0)
      expect(await countHiddenMatches('.hidden/*\n.git/config')).toBe(1)
    } finally {
      process.chdir(cwd)
    }
  })

  it('says when hidden files were matched, and how to take them', () => {
    const hint = `${message} It matched 2 hidden files (a name starting with '.'); set 'include-hidden-files' to true to upload them.`
    expect(() => handleNoFiles('error', patterns, 2)).toThrow(hint)
    captureStdout()
    handleNoFiles('warn', patterns, 1)
    expect(written.join('')).toContain("It matched 1 hidden file (a name starting with '.')")
  })

  it('error: throws, naming the patterns and the fix', () => {
    expect(() => handleNoFiles('error', patterns)).toThrow(NoFilesFoundError)
    expect(() => handleNoFiles('error', patterns)).toThrow(
      `${message} Check the 'glob' input, or set 'if-no-files-found' to warn or ignore.`
    )
  })

  it('warn: a warning annotation', () => {
    captureStdout()
    handleNoFiles('warn', patterns)
    expect(written.join('')).toContain(`::warning::${message}`)
  })

  it('ignore: an informational line only', () => {
    captureStdout()
    handleNoFiles('ignore', patterns)
    expect(written.join('')).toBe(`${message}\n`)
  })
})
