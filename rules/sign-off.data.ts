/**
 * Closings too casual for a letter to an employer, lower case without punctuation. parts.ts must
 * read each of them as a closing line for the rule to see it.
 */
export const casualClosings = [
  'cheers',
  'later',
  'laters',
  'ttyl',
  'peace',
  'peace out',
  'thx',
  'xoxo',
  'xo',
  'cya',
  'see ya',
  'catch you later',
  'catch you soon',
  'bye',
  'bye for now',
  'take it easy',
  'have a good one',
  'stay cool',
  'toodles',
  'hugs',
  'ciao',
  'ciao ciao',
  'love'
]

/** The closing the guidance's own template uses, and the one inserted where a closing is missing. */
export const standardClosing = 'Best regards,'
