/**
 * Occasions where the writer and the reader met: "at the tasting", "at the vernissage", "at the
 * Sydney Marathon expo" (a name before an occasion names the occasion). Lower case.
 */
export const occasionWords = [
  'fair', 'event', 'talk', 'tasting', 'dinner', 'lunch', 'coffee', 'reception', 'conference',
  'vernissage', 'gala', 'launch', 'showcase', 'preview', 'symposium', 'festival', 'party', 'mixer', 'expo', 'summit', 'meetup',
  // "at the Montego Bay drop-in": the word is split at its hyphen.
  'drop'
]

/** Buildings where people meet, named before the word: "at the Aotea Centre", "at the Civic Theatre". Lower case. */
export const venueWords = ['centre', 'center', 'hall', 'theatre', 'theater', 'arena', 'stadium', 'venue']

/**
 * Words that say nothing about what a message is for: greetings, "update", "following up",
 * reply markers and the small words between them. Lower case.
 */
export const fillerWords = [
  'hi', 'hello', 'hey', 'hiya', 'greetings', 'there',
  'quick', 'question', 'questions', 'query', 'update', 'updates', 'news', 'note', 'message', 'email',
  'following', 'follow', 'followup', 'checking', 'touching', 'base', 'status', 'thoughts',
  'reply', 'response', 'decision', 'important', 'urgent', 'fyi', 'just', 'some', 'no', 'subject', 'letter',
  're', 'fw', 'fwd', 'regarding', 'about', 'in', 'up', 'the', 'my', 'your', 'our', 'a', 'an',
  'for', 'on', 'of', 'to', 'from', 'and', 'with', 'this', 'that', 'you',
  // When, not what: "A quick note after our call", "Our chat yesterday", "Re: Next steps".
  'next', 'steps', 'step', 'after', 'since', 'today', 'yesterday', 'earlier', 'recent', 'last', 'week',
  // Small talk: "Re: Catching up", "Checking in".
  'catching', 'catch', 'check', 'chatting', 'hallo',
  // "Re: Hello again", "Me again", "Re: Lovely to hear from you"
  'again', 'me', 'lovely', 'nice', 'great', 'good', 'glad', 'hear', 'hearing', 'heard',
  // "Following our chat on Thursday"
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening',
  // Where, not what: "Following our chat on the ward", "Friday at the Aotea Centre".
  'ward', 'site', 'office', 'floor', 'clinic', 'campus', 'zoom', ...venueWords,
  // "Following our chat at the open day", "... at the open house", "Our talk at the careers fair", "... at the tasting".
  'at', 'open', 'house', ...occasionWords,
  // Who sent it, not what: "Regarding the offer you sent".
  'sent', 'send', 'received', 'gave', 'given', 'emailed', 'extended'
]

/** Words that name what the message is about, but not which one or why. Lower case. */
export const topicWords = [
  'interview', 'interviews', 'audition', 'auditions', 'offer', 'offers', 'job', 'jobs', 'position', 'positions', 'role', 'roles', 'application', 'candidacy',
  'appointment', 'nomination', 'promotion', 'opportunities', 'vacancies', 'openings', 'posts',
  'opportunity', 'invitation', 'invite', 'vacancy', 'post', 'opening', 'recruitment', 'hiring', 'process',
  // Other things a decline answers: "Re: Backend contract", "Secondment offer", "Internal move".
  'employment', 'contract', 'secondment', 'placement', 'transfer', 'move', 'internship', 'apprenticeship', 'programme', 'program', 'scheme',
  'assistantship', 'fellowship', 'studentship', 'traineeship', 'residency', 'rotation',
  // Which interview, still only a topic: "Panel interview", "Second round", "Assessment centre",
  // "Board appointment" (a board is a panel, or the seat on one).
  'panel', 'board', 'round', 'stage', 'screen', 'screening', 'call', 'onsite', 'assessment', 'centre', 'center', 'video', 'phone',
  'first', 'second', 'third', 'final', 'technical', 'telephone', 'virtual', 'online', 'chat', 'conversation', 'meeting',
  // "Assessment day", "Trial shift", "Induction day"
  'day', 'trial', 'shift', 'induction',
  // A freelance job: "Sound Recordist booking – Glenmore shoot".
  'booking', 'gig', 'shoot', 'commission'
]

/**
 * Topic words that name only a conversation, not what it was about: a reply's "Re: Quick chat"
 * names nothing the reader can place, where "Re: Your offer" does. Lower case.
 */
export const conversationWords = ['chat', 'call', 'conversation', 'meeting', 'phone', 'telephone', 'video']

/** Word beginnings that state the purpose of a decline, enough on their own ("Unable to attend Thursday"). */
export const purposeStems = ['declin', 'withdr', 'regret', 'unable', 'cannot', "can't", 'can’t', 'rescind']

/** Phrases that state a decline in a subject: "Recruiter enquiry – Tattoo Studio Manager – not interested". Lower case. */
export const purposePhrases = ['not interested', 'no longer interested']
