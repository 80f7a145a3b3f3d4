/** The command line as data: --help, parsing and the README's table all come from this list. */
export interface OptionSpec {
  flags: string
  description: string
  /** Repeatable options collect into a list. */
  repeatable?: boolean
  defaultValue?: string
}

export const formats = ['stylish', 'json', 'unix'] as const
export type FormatName = (typeof formats)[number]

export const optionSpecs: OptionSpec[] = [
  {flags: '--stdin', description: 'read the draft from standard input'},
  {flags: '--stdin-filename <name>', description: 'name for stdin in reports; picks the format and the config folder'},
  {flags: '-f, --format <name>', description: `report format: ${formats.join(', ')}`, defaultValue: 'stylish'},
  {flags: '-o, --output-file <path>', description: 'write the report to a file instead of stdout'},
  {flags: '--fix', description: 'apply safe fixes: files are rewritten atomically; stdin prints the fixed text'},
  {flags: '--fix-dry-run', description: 'compute fixes without writing (json shows each output)'},
  {flags: '-c, --config <path>', description: 'use this config file and no other'},
  {flags: '--no-config', description: 'use no config file'},
  {flags: '--rule <id:severity>', description: 'set a rule severity (off, warn, error); repeatable', repeatable: true},
  {flags: '--mode <mode>', description: 'draft (default) or template'},
  {flags: '--date <date>', description: 'the send date for promptness (ISO date); default today'},
  {flags: '--max-warnings <n>', description: 'exit 1 when there are more warnings than this'},
  {flags: '--max-file-size <size>', description: 'refuse drafts larger than this (bytes, or e.g. 512KiB, 2MiB)', defaultValue: '1MiB'},
  {flags: '--quiet', description: 'report errors only'},
  {flags: '--list-rules', description: 'list the rules with their default severities'},
  {flags: '--explain <rule-id>', description: "print a rule's documentation"},
  {flags: '--init', description: 'write a starter .declinelintrc.json here'},
  {flags: '--no-color', description: 'no colors in the report (NO_COLOR and FORCE_COLOR are honoured too)'},
  {flags: '-v, --version', description: 'print the version'}
]

/** What the options parse to. */
export interface CliOptions {
  stdin?: boolean
  stdinFilename?: string
  format: string
  outputFile?: string
  fix?: boolean
  fixDryRun?: boolean
  config?: string | false
  rule?: string[]
  mode?: string
  date?: string
  maxWarnings?: string
  maxFileSize: string
  quiet?: boolean
  listRules?: boolean
  explain?: string
  init?: boolean
  color?: boolean
  version?: boolean
}
