/**
 * A template slot, one line at most: "[Job Title]", "{{company}}" (its inner "{company}"),
 * "<role>". Each body excludes its own opener, so that "[ [ [ ..." or "{{ {{ ..." stays linear.
 */
export const templateSlot = String.raw`\[[^[\]\r\n]*\]|\{[^{}\r\n]*\}|<[^<>\r\n]*>`
