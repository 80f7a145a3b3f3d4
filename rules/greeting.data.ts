/** Salutations too casual for a letter to a hiring manager (lower case, as parts.ts reads them). */
export const casualSalutations = ['hey', 'heya', 'hiya', 'yo', 'sup', 'howdy', 'hey there']

/**
 * Salutations that read well with no name after them ("Good morning,"), as long as the draft
 * does not know who it is writing to. A bare "Hi," or "Dear," does not. The Irish "A chara,"
 * ("friend") is how a letter to someone unknown opens, as "Dear Sir or Madam," does.
 */
export const completeWithoutName = ['good morning', 'good afternoon', 'good evening', 'good day', 'greetings', 'to whom it may concern', 'a chara']

/**
 * Addressees that stand for a person whose name the writer could have used. Groups ("Hiring
 * Team", "all") are not here: writing to a team is a choice, not an omission.
 */
export const impersonalAddressees = [
  'sir',
  'madam',
  'sirs',
  'sir/madam',
  'madam/sir',
  'sir or madam',
  'madam or sir',
  'hiring manager',
  'recruiter',
  'recruiting manager',
  'recruitment manager',
  'hiring manager/recruiter',
  'recruiter/hiring manager'
]
