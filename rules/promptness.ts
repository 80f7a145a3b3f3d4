import {defineRule} from '../src/engine/rule.js'

// PLACEHOLDER: to be written. Must not be committed.
export default defineRule({
  id: 'promptness',
  description: 'TODO',
  defaultSeverity: 'warn',
  fix: 'none',
  check: () => []
})
