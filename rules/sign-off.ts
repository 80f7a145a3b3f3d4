import {defineRule} from '../src/engine/rule.js'

// PLACEHOLDER: to be written. Must not be committed.
export default defineRule({
  id: 'sign-off',
  description: 'TODO',
  defaultSeverity: 'warn',
  fix: 'none',
  check: () => []
})
