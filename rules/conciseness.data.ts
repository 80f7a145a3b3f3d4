/**
 * Details a decline does not need, for the conciseness rule. Medical and family details are
 * compromise match patterns (case-insensitive); money details are regular expressions, since
 * figures are punctuation as much as words.
 */

/** Medical details: a diagnosis, a procedure, a pregnancy, a treatment. */
export const medicalDetails = [
  '(surgery|surgeries|diagnosis|diagnosed|misdiagnosed|biopsy|chemotherapy|chemo|radiotherapy)',
  // Operations named by what they remove: "I need a hysterectomy in the new year".
  '(hysterectomy|mastectomy|appendectomy|tonsillectomy|cholecystectomy|vasectomy|colectomy|lumpectomy)',
  '(an|my|another|second|major|minor|knee|hip|back|heart|eye|emergency|shoulder|hernia|ankle|wrist|spine|spinal|foot|hand|cataract|gallbladder|bowel) operation',
  // Any named operation the writer had or is having: "I had a hernia operation", "booked in for a hip replacement operation".
  '(have|had|having|need|needs|needed|underwent|undergoing|undergone|booked|recovering) in? for? (a|an|my) #Adjective? . #Noun? operation',
  // "booked in for a cruciate ligament reconstruction operation", "has just booked me in for a hip replacement operation"
  '(booked|scheduled|listed) (me|us)? in? for (a|an|my) .{1,4} (operation|reconstruction|replacement)',
  // "I'm booked in for a spinal fusion in early February"
  '(spinal|spine|lumbar|cervical|disc) (fusion|decompression)',
  '(pregnant|pregnancy|miscarriage|ivf|fertility|trimester)',
  '(therapy|therapist|counselling|counseling|psychiatrist|physiotherapy|physio|rehab|rehabilitation)',
  '(cancer|tumour|tumor|diabetes|migraines|concussion|seizures|dementia|depression|antidepressants)',
  '(medication|medications|prescription|prescribed)',
  // "my pre-employment medical showed an irregular heartbeat ... beta blockers"
  '(irregular|abnormal) heartbeat',
  '(irregular|abnormal) heart (rhythm|rate)',
  'beta (blockers|blocker)',
  'blood (thinners|thinner)',
  '(statins|insulin)',
  '(in|into|from|out of) hospital',
  '(hospitalised|hospitalized|hospital stay)',
  '(recovering|recovery) from',
  '#Value? (weeks|months) of recovery',
  '(medical|health|heart|chronic|thyroid|autoimmune|neurological|genetic) condition',
  '(anxiety|panic) (attacks|disorder)',
  'mental health',
  'sick (leave|note)',
  // "my orthopaedic surgeon": one word may say which.
  'my .? (doctor|gp|surgeon|oncologist|therapist|physiotherapist|psychiatrist|midwife|cardiologist|neurologist|rheumatologist)',
  "doctor's orders",
  '(broke|broken|fractured) my (leg|arm|wrist|ankle|hip|back)'
]

/**
 * Family matters: a divorce, a partner's job, a child's or a parent's illness, a death. Logistics
 * ("near my kids' school", "childcare on interview day") and "maternity leave" are brief enough.
 */
export const familyDetails = [
  '(divorce|divorcing|divorced|bereavement|funeral)',
  // Custody of a child, not a custody sergeant's work: "the custody hearing", "shared custody".
  'custody (of|battle|battles|hearing|hearings|arrangement|arrangements|case|dispute|agreement|order)',
  '(joint|shared|sole|full) custody',
  'passed away',
  'my ex',
  '(my|our) (husband|wife|partner|spouse|fiance|fiancé|fiancee|fiancée|boyfriend|girlfriend) #Adjective? (job|work|career|promotion|transfer|relocation|employer|contract|visa|post|company|position)',
  '(my|our) (husband|wife|partner|spouse|fiance|fiancé|fiancee|fiancée|boyfriend|girlfriend) (has|had|was|is|got) #Adverb? being? been? (offered|given|transferred|relocated|posted|promoted|laid|made)',
  // A partner's new post: "My husband starts with the port authority in Darwin in June".
  '(my|our) (husband|wife|partner|spouse|fiance|fiancé|fiancee|fiancée|boyfriend|girlfriend) (is|will)? (start|starts|started|starting|begin|begins|began|beginning) (with|at|work|a|an|his|her|their)',
  '(my|our) (son|daughter|kids|children|child|baby|toddler) (health|illness|condition|diagnosis|needs)',
  // "My wife has accepted a harbour-master post in Antwerp, and our two children start school there"
  '(my|our) (husband|wife|partner|spouse|fiance|fiancé|fiancee|fiancée|boyfriend|girlfriend) (has|had)? #Adverb? (accepted|taken|landed|secured|found) (a|an|the|his|her|their) .{0,3} (post|job|role|position|offer|contract|placement|transfer)',
  '(my|our) #Value? (son|sons|daughter|daughters|kids|children|child) (start|starts|started|starting|begin|begins|will start|are starting) (school|nursery|college|university|kindergarten)',
  // "our two boys are changing schools to go with her"
  '(my|our) #Value? (son|sons|daughter|daughters|boys|girls|kids|children|child) (is|are|will be)? (changing|moving|switching) (school|schools)',
  '(my|our) (mother|father|mum|mom|dad|parents|parent|grandmother|grandfather|grandma|grandpa|in-laws|sister|brother) (illness|health|care|condition|decline|passing|death|stroke|dementia)',
  '(caring|care) for my (mother|father|mum|mom|dad|parents|parent|grandmother|grandfather|sister|brother|son|daughter)',
  // "has had a second stroke"
  '(my|our) (mother|father|mum|mom|dad|parent|parents|grandmother|grandfather|sister|brother|son|daughter|husband|wife|partner) (has|had|suffered|was) #Adverb? (had|suffered)? (a|an)? #Value? (stroke|heart attack|breakdown|cancer|dementia|diagnosis|fall)',
  // A household's arrangements falling apart, beyond "childcare on interview day".
  '(childcare|nursery|daycare|childminder) (arrangements|plans|place)? (have|has|had) (fallen|fell|gone) (through|wrong)',
  '(my|our) (son|daughter|child|kids|children) (nursery|daycare|school|childminder|crèche|creche) (has|had|is|was)? (closed|closing|shut|shutting)',
  // "Our daycare in St. Boniface is shutting its doors"
  '(my|our) (nursery|daycare|childminder|crèche|creche) .{0,3} (is|has|was)? (closed|closing|shut|shutting|closes|shuts)',
  // A partner's hours that keep the writer at home: "my wife works nights at the hospital".
  '(my|our) (husband|wife|partner|spouse) (works|worked|working|is working) (nights|night shifts|shifts|weekends|away|offshore|long hours)',
  // "The crèche my son attends is closing at Christmas"
  '(crèche|creche|nursery|daycare|childminder) (my|our) (son|daughter|child|kids|children) (attends|attend|goes|go|uses|use) to? (is|has|was)? (closed|closing|shut|shutting)',
  "(my|our) (son|son's|daughter|daughter's|child's|children's|kids')? (childminder|nanny|babysitter|nursery) (has|had)? #Adverb? (given|handed) (in)? (notice|her notice|his notice|their notice)",
  // A separation: "my partner and I separated last month".
  '(my|our) (husband|wife|partner|spouse|boyfriend|girlfriend) and (i|me) (have|had)? #Adverb? (separated|split|broke|divorced)',
  '(separated|split|broke up) (from|with) (my|our) (husband|wife|partner|spouse|boyfriend|girlfriend)'
]

/** Words after a medical or family word that make it a field of work, not the writer's life: "cancer research". */
export const fieldNouns = [
  'research', 'care', 'services', 'service', 'centre', 'center', 'clinic', 'ward', 'unit', 'patients', 'team', 'department',
  'charity', 'sector', 'industry', 'field', 'programme', 'program', 'nurse', 'nurses', 'support', 'practice', 'policy',
  'policies', 'benefits', 'cover', 'coverage', 'insurance', 'work', 'role', 'position', 'provision', 'app', 'product',
  'teams', 'roles', 'positions', 'vacancy', 'vacancies', 'job', 'jobs', 'post', 'posts', 'project', 'projects', 'works',
  'group', 'groups', 'pipeline', 'lab', 'laboratory', 'administration', 'management', 'community',
  // A post covered for a while, and what a clinic runs: "the physiotherapy locum", "the rehab classes".
  'locum', 'locums', 'class', 'classes',
  // Where and how the work is done: "a rehabilitation hospital", "the chemotherapy verification workflow", "the practice's diabetes outreach".
  'hospital', 'hospitals', 'workflow', 'workflows', 'outreach', 'protocol', 'protocols',
  // Sciences named by what they study: "tumour immunology", "cancer biology".
  'immunology', 'biology', 'genetics', 'genomics', 'imaging', 'pathology', 'epidemiology', 'trials',
  // Rooms and bodies of a profession: "the club physio room", "the neuro rehab gym", "the dental therapy association",
  // "the medication safety committee".
  'room', 'rooms', 'gym', 'gyms', 'association', 'congress', 'conference', 'society', 'college', 'council', 'committee', 'committees',
  // Land management: "prescribed burns".
  'burn', 'burns', 'burning', 'fire', 'fires', 'grazing',
  // The funeral trade: "a funeral home", "the funeral hall staff", "funeral planning", "a funeral director".
  'home', 'homes', 'hall', 'halls', 'parlour', 'parlours', 'parlor', 'parlors', 'director', 'directors', 'directing', 'planning',
  'celebrant', 'celebrants', 'arranger', 'arrangers',
  // Records a post keeps: "the detainees' medication log".
  'log', 'logs', 'chart', 'charts', 'audit', 'audits'
]

/**
 * A field of work named before the word: "a post in radiotherapy", "a PhD position on declining
 * fertility", "future openings, especially in sports rehabilitation", "a certificate in soft tissue surgery",
 * "a graduate program in physical therapy".
 */
export const fieldBefore = new RegExp(String.raw`\b(?:${['phd', 'thesis', 'degree', 'career', 'training', 'specialty', 'specialism', 'fellowship', 'study', 'studies', 'position', 'post', 'role', 'job', 'work', 'research', 'project', 'placement', 'openings', 'roles', 'posts', 'vacancies', 'certificate', 'diploma', 'qualification', 'course', 'program', 'programme', 'especially', 'particularly', 'experience', 'interest', 'interested'].join('|')})\s+(?:in|on|into)\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu')

/** A study whose subject the word is: "the group's earlier study of depression among dialysis patients". */
export const studiedBefore = /\b(?:study|studies|research|trial|trials|survey|surveys|review|reviews|paper|papers)\s+(?:of|among|about)\s+(?:[\p{L}-]+\s+){0,2}$/iu

/** Money: a figure with a currency ("$95,000", "£60k", "€70.000", "USD 90,000", "CLP 2,300,000", "R14,200", "85k dollars"). */
export const moneyFigures: RegExp[] = [
  /[$£€¥₹₦₱₩₺₽]\s?\d(?:[\d,.]*\d)?(?:\s?(?:k|m|bn|million|thousand)\b)?/gi,
  // Rand, rupees, ringgit, shillings and taka by their letters, with a thousands group so that "R2" and
  // "R&D" are not money: "R14,200", "Rs. 12,00,000", "RM5,400", "KSh 145,000", "Tk 78,000".
  /\b(?:R|Rs\.?|RM|KSh|Kshs?\.?|USh|TSh|Tk\.?)\s?\d{1,3}(?:[ ,]\d{2,3})+(?:\.\d{2})?\b/g,
  /\b(?:USD|GBP|EUR|CAD|AUD|NZD|INR|CHF|AED|SAR|QAR|KWD|BHD|OMR|ZAR|NGN|KES|GHS|SGD|MYR|PHP|PKR|BDT|LKR|HKD|CNY|RMB|JPY|KRW|SEK|NOK|DKK|PLN|BRL|MXN|TRY|VND|THB|IDR|CLP|ARS|UYU|COP|PEN|PYG|BOB|CRC|DOP|GTQ|JMD|TTD|CZK|HUF|RON|BGN|ISK|ILS|EGP|MAD|UAH|TWD|NPR|ETB|UGX|TZS|RWF|ZMW|BWP|NAD|MUR|JOD)\s?\d(?:[\d,.]*\d)?(?:\s?k\b)?/g,
  // Turkish lira as "TL" only with three figures or more, so that a postcode's "PE12 6TL" is no money: "62,000 TL".
  /\b(?:\d{1,3}(?:[,.]\d{3})+|\d{3,}|\d+(?:\.\d)?\s?k)\s?TL\b/g,
  // "12 lakhs", "9,500 zloty"
  /\b\d(?:[\d,.]*\d)?\s?k?\s?(?:USD|GBP|EUR|CAD|AUD|NZD|INR|CHF|PLN|SEK|NOK|DKK|JPY|TRY|VND|CLP|ARS|UYU|CZK|HUF|ILS|HKD|SGD|ZAR|BRL|MXN|AED|dollars|pounds|euros|bucks|grand|lira|rupees|lakhs?|LPA|yen|yuan|zloty|zł|kronor|kroner|rand|naira|pesos|reais|dirhams|riyals|francs|ringgit|baht|rupiah|taka)(?![\p{L}\d])/giu
]

/** Figures that are money only beside pay words: "95k", "a 15% bonus". */
export const payFigures = /\b(?!40[13]k\b)\d{2,3}(?:\.\d)?k\b|\b\d{1,3}(?:\.\d+)?\s?%/gi

/**
 * What a percentage measures when it is not pay, right after it or after a range's second figure:
 * "down from 13.5% to around 12.5% alcohol", "99.9% uptime".
 */
export const measuredNotPaid = /^(?:\s*(?:to|and|or|-|–)\s*(?:around|about|roughly|nearly|under|below)?\s*\d{1,3}(?:\.\d+)?\s?%)?\s*(?:alcohol|abv|alc\b|moisture|humidity|sugar|acidity|fat|protein|uptime|availability|occupancy|capacity|utili[sz]ation|market\s+share|efficiency|accuracy|yield)/i

/**
 * What a percentage measures when it is not pay, named before it, alone or as a range's second
 * figure: "cut emissions by 40%", "lifted the response rate from 18% to 31%".
 */
export const measuredBefore = /\b(?:emissions|waste|energy(?:\s+use)?|fuel(?:\s+use)?|carbon|costs?|downtime|errors|defects|complaints|incidents|delays|turnaround|waiting\s+times?|wait\s+times?|response\s+times?|sales|revenue|traffic|footfall|output|throughput|usage|consumption|(?:response|completion|conversion|retention|open|click|attrition|churn|error|vacancy|occupancy|turnover|survival|pass|uptake|vaccination|return)\s+rates?)\s+(?:by|from|to|of|at)\s+(?:around\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|some\s+)?(?:\d{1,3}(?:\.\d+)?\s?%\s*(?:to|and|or|-|–)\s*(?:around\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?)?$/i

/** Pay words that make a bare figure a salary detail. */
export const payContext = /\b(?:salary|salaries|pay|paid|base|bonus|equity|stock|raise|compensation|comp|package|earn|earning|earnings|making|wage|rate|per (?:year|annum|hour)|a year|p\.?a\.?)\b/i

/** Telling what you earn, with or without the figure: "my current salary is", "I'm making". */
export const moneyStatements = [
  /\bmy (?:current |present |existing )?(?:salary|base(?: salary| pay)?|pay|compensation|package|wage|day rate|hourly rate|rate) (?:is|was|would be|comes to|amounts to)\b/gi,
  /\bI(?:['’]m| am) (?:currently |now )?(?:earning|making|paid|on)\b(?= [$£€\d]| about| around| over| under| roughly| nearly| almost)/gi
]

/** Openers of a numbered run of reasons, at a sentence's start or after a semicolon: "First,", "; secondly,". */
export const ordinalOpener = /(?:^|[;:]\s+)(?:and\s+)?(?:first(?:ly)?(?: of all)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|lastly|finally|last but not least)\s*,/gi

/** "for several reasons: the commute, the hours and the pay" */
export const inlineReasons = /\breasons?\b[^.:;\n]*:[ \t]*([^.\n]+)/gi

/** A bullet or number that opens a line of a list. */
export const listItem = /(?:^|\n)[ \t]*(?:[-*•‣–]|\d{1,2}[.)])[ \t]+(?=\S)/g

/** Words in the sentence before a list that make it a list of reasons. */
export const reasonLeadIn = /\b(?:reasons?|because|why|factors?|considerations?|concerns?|as follows|decided|decision|due to)\b/i

/**
 * A list of things handed back or sent, or of steps taken, not reasons: "I dropped the following
 * at your reception", "Because the welcome pack has already been sent, I have:", "this is what I've
 * done so far:".
 */
export const thingsLeadIn = /\b(?:returned|returning|return|dropped|enclosed|enclosing|attached|attaching|sent|posted|left|handed|cancell?ed)\b[^.:]*\bfollowing\b|\b(?:I|we)(?:\s+have|['’]ve)(?:\s+(?:already|now|since|also))?\s*:|\bwhat\s+(?:I|we)(?:\s+have|['’]ve)\s+(?:already\s+)?(?:done|returned|sent|arranged|handed\s+back)\b[^.:]*:/i
