/**
 * Phrases the promptness rule reads, as regular-expression sources matched case-insensitively
 * against one sentence at a time. Time expressions themselves come from src/document/time.ts.
 */

/**
 * What a time cue can be about for the interview to be close: the meeting itself. "call" and
 * "chat" count only as a named meeting ("our call"), not as "I'll give you a call tomorrow".
 */
export const meetings = String.raw`interview|meeting|appointment|assessment|screening|onsite|on-site|panel|trial\s+(?:shift|day|class|session|lesson)|audition|shift|induction|open\s+day|(?:the|our|your|my|this|that|scheduled|phone|video)\s+(?:call|chat|conversation|session|slot|visit)`

/** ...or the writer's attending it: "I can't make it this afternoon". */
export const attending = String.raw`attend|attending|make\s+it|come\s+in|be\s+there|join\s+you|see\s+you|meet\s+you`

/** Places a meeting is held at: "the interview at the training ground tomorrow". */
const places = String.raw`ground|grounds|office|offices|site|centre|center|studio|hq|headquarters|branch|depot|clinic|hospital|school|campus|store|hub|plant|yard|building`

/**
 * Words that may stand between a meeting word and its time: "the interview is scheduled for
 * tomorrow at 10", "tomorrow's video interview", "my interview at the training ground tomorrow",
 * a place by its name ("at the Southwark office tomorrow at 10am").
 */
export const between = String.raw`video|phone|telephone|virtual|online|loop|first|second|final|panel|technical|initial|follow-up|slot|is|are|will|be|being|during|scheduled|set|booked|planned|arranged|due|starts?|begins?|for|at|on|with|you|your|the|our|my|this|team|squad|group|class|under-?\d{1,2}s?|to|it|in|of|training|(?:[\w'’-]+\s+){0,2}(?:${places})|noon|o['’]clock|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?`

/** Things a meeting word may name instead of the meeting: "this morning's induction paperwork". */
export const meetingThings = String.raw`paperwork|pack|packs|forms?|documents?|documentation|notes|emails?|letters?|details|questions|feedback|results?|invites?|invitations?`

/**
 * Another company's interview is not this one's short notice ("a final-round interview tomorrow with
 * another company"); "my second interview" is this one.
 */
export const otherMeeting = String.raw`\b(?:another|other|different|a\s+second)\s+(?:interview|meeting|call)\b|\b(?:interview|meeting|call)(?:\s+[\w'’-]+){0,3}?\s+(?:with|at)\s+(?:another|a\s+different)\b`

/** A sentence about something already past: "Thank you for our call this morning". */
export const pastMarkers = String.raw`\b(?:was|were|had|did|enjoyed|spoke|talked|met|went|earlier)\b|\bthank(?:s|\s+you)(?:\s+\w+){0,2}\s+for\b(?!\s+(?:setting|arranging|scheduling|organi[sz]ing|booking|inviting)\b)`

/** A sentence about the invitation, where a past date says how old it is: "your email of 2 March", "Three weeks ago you asked me to". */
export const invitation = String.raw`\b(?:invit\w*|offer(?:ed)?|e-?mail(?:ed)?|message|letter|wrote|sent|reached\s+out|contacted|got\s+in\s+touch|called|asked\s+(?:me|us)\s+(?:to|for|if|whether))\b`

/** "It's been two weeks since I started my new job" or "since we last spoke" is not about the reply. */
export const sinceSelf = String.raw`^\s*since\s+(?:I|my|we|our)\b(?!\s+(?:received|got|read|saw|opened)\b)`

/** Words of apology or regret. */
export const apology = String.raw`\b(?:sorry|apologi[sz]e\w*|apologies|apology|forgive|pardon|excuse|regret)\b`

/** Words about a delay; with an apology in the same sentence they acknowledge it. */
export const delay = String.raw`\b(?:delay\w*|late|lateness|slow|slowness|belated\w*|overdue|tardy|tardiness|sooner|so\s+long|this\s+long|a\s+while|only\s+now)\b`

/** Acknowledgements of a delay that need no apology word. */
export const patience = String.raw`\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:your|the)\s+patience\b|\bbearing\s+with\s+me\b|\bbelated(?:ly)?\b`

/** Acknowledgements of short notice. */
export const shortNotice = String.raw`\b(?:short|late|little)\s+notice\b|\blast[-\s]minute\b|\bso\s+close\s+to\b|\bat\s+this\s+late\s+(?:stage|hour|point|date)\b|\bso\s+late\s+in\s+the\s+(?:day|process)\b`
