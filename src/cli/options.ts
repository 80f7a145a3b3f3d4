import {Command, Option} from 'commander'
import {formats} from '../reporters/index.js'

/** The command line as data: --help, parsing and the README's table all come from this list. */
export interface OptionSpec {
  flags: string
  description: string
  /** Repeatable options collect into a list. */
  repeatable?: boolean
  defaultValue?: string
}

export const optionSpecs: OptionSpec[] = [
  {flags: '--stdin', description: 'read the draft from standard input'},
  {flags: '--stdin-filename <name>', description: 'name for stdin in reports; picks the format and the config folder'},
  {flags: '-f, --format <name>', description: `report format: ${formats.join(', ')}`, defaultValue: 'stylish'},
  {flags: '-o, --output-file <path>', description: 'write the report to a file instead of stdout'},
  {flags: '--fix', description: 'apply safe fixes: files are rewritten atomically; stdin prints the fixed text'},
  {flags: '--fix-dry-run', description: 'compute fixes without writing (json shows each output)'},
  {flags: '--ignore-path <file>', description: 'read ignore patterns (gitignore syntax) from this file instead of .declinelintignore'},
  {flags: '--ignore-pattern <pattern>', description: 'skip files matching this gitignore pattern; repeatable', repeatable: true},
  {flags: '-c, --config <path>', description: 'use this config file and no other'},
  {flags: '--no-config', description: 'use no config file'},
  {flags: '--rule <id:severity>', description: 'set a rule severity (off, warn, error); repeatable', repeatable: true},
  {flags: '--mode <mode>', description: 'draft (default) or template'},
  {flags: '--date <date>', description: 'the send date for promptness (ISO date); default today'},
  {flags: '--received <date>', description: 'when the invitation or offer arrived, for promptness (ISO date)'},
  {flags: '--interview <date>', description: 'when the interview is, for promptness (ISO date or date-time)'},
  {flags: '--max-warnings <n>', description: 'exit 1 when there are more warnings than this'},
  {flags: '--max-file-size <size>', description: 'refuse drafts larger than this (bytes, or e.g. 512KiB, 2MiB)', defaultValue: '1MiB'},
  // One thread by default: on two cores the workers' start-up and separate caches cost more than
  // they save (README, Performance).
  {flags: '--concurrency <n>', description: 'threads linting files: off (one), a number (2 or more are worker threads) or auto (2 from 100 files)', defaultValue: 'off'},
  {flags: '--quiet', description: 'report errors only'},
  {flags: '--list-rules', description: 'list the rules with their default severities'},
  {flags: '--explain <rule-id>', description: "print a rule's documentation"},
  {flags: '--init', description: 'write a starter .declinelintrc.json here'},
  {flags: '--lsp', description: 'run the language server (LSP over stdio) for editors'},
  {flags: '--stdio', description: 'with --lsp: talk over stdio (the default; accepted because LSP clients pass it)'},
  {flags: '--no-color', description: 'no colors in the report (NO_COLOR and FORCE_COLOR are honoured too)'},
  {flags: '-v, --version', description: 'print the version'}
]

/** What the options parse to. */
export interface CliOptions {
  stdin?: boolean
  stdinFilename?: string
  format: string
  outputFile?: string
  ignorePath?: string
  ignorePattern?: string[]
  fix?: boolean
  fixDryRun?: boolean
  config?: string | false
  rule?: string[]
  mode?: string
  date?: string
  received?: string
  interview?: string
  maxWarnings?: string
  maxFileSize: string
  concurrency: string
  quiet?: boolean
  listRules?: boolean
  explain?: string
  init?: boolean
  lsp?: boolean
  stdio?: boolean
  color?: boolean
  version?: boolean
}

/** The commander program, built from the table; help and errors go to the given writers. */
export function buildProgram(stdout: (text: string) => void, stderr: (text: string) => void): Command {
  const program = new Command('decline-lint')
    .description('Check a message that turns down a job interview or offer before you send it.')
    .argument('[paths...]', "files, folders or globs; '-' reads standard input")
    .exitOverride()
    .configureOutput({writeOut: stdout, writeErr: stderr})
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', '\nExit codes: 0 no errors, 1 errors or too many warnings, 2 usage, configuration or input errors.')
  for (const spec of optionSpecs) {
    const option = new Option(spec.flags, spec.description)
    if (spec.repeatable) option.argParser((value: string, previous: string[] = []) => [...previous, value])
    if (spec.defaultValue) option.default(spec.defaultValue)
    program.addOption(option)
  }
  return program
}
