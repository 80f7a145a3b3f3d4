/**
 * Words and phrases of the negative-remarks rule. Patterns are compromise match patterns,
 * matched case-insensitively; single words are compared in lower case.
 */

import {thanksForSilence} from './shared/sarcastic-thanks.js'

/**
 * Words and phrases that speak badly of a workplace, most of them missing from AFINN or scored
 * too mildly there ("a joke" is +2 in AFINN). They count when the clause is about the recipient.
 */
export const workplaceNegatives = [
  'lowball', 'lowballed', 'lowballing', 'low ball', 'low balled',
  // "the site allowance you proposed undervalues what the work demands"
  '(undervalue|undervalues|undervalued|undervaluing)',
  '(disorganised|disorganized|unorganised|unorganized|disorganisation|disorganization)',
  '(chaotic|chaotically|shambolic|shambolically|messy|sloppy|amateurish|haphazard|haphazardly)',
  'amateur hour',
  // "has been run into the ground since the takeover and treats its guards like furniture", "treat their trainers like spare equipment"
  '(run|ran|driven|drove) into the ground',
  // "the owners there have run the place into the ground"
  '(run|ran|running|runs|driven|drove) (the|this|that|it|its|their) #Noun? into the ground',
  '(treats|treated|treat|treating) (its|their|his|her|our|the) #Adjective? #Noun+ like #Adjective? (furniture|dirt|rubbish|garbage|numbers|robots|machines|cattle|slaves|children|idiots|criminals|equipment|parts|objects|tools|cogs|pawns|servants)',
  '(toxic|hostile|cutthroat|exploitative|predatory|shady|sketchy|dodgy)',
  '(unprofessional|unprofessionally|unprepared|disinterested|distracted|dismissive|disrespectful)',
  '(rude|rudely|brusque|curt|condescending|patronising|patronizing|arrogant|smug|cliquey|cliquy|unwelcoming)',
  // "has been completely unreasonable about my notice period" (not "it would be unreasonable to ask").
  '(been|being) #Adverb? unreasonable',
  '(is|was|are|were) #Adverb? unreasonable (about|with|towards|toward|over)',
  'unreasonable (demands|expectations|hours|deadlines|targets|workload)',
  '(seemed|seems|felt|feels|was|is|were|are) #Adverb? cold',
  // "The salary on offer is frankly too low for anyone to live on"
  '(is|was|are|were) #Adverb? too (low|little|small|thin|meagre|meager) (to|for)',
  '(underpaid|underpaying|underpay|stingy|cheap|measly|paltry|miserly|meagre|meager|threadbare)',
  '(insulting|laughable|ridiculous|absurd|pathetic|pitiful|derisory|risible)',
  '(baffling|bewildering|perplexing|bizarre)',
  '(impossible|a nightmare) to work (with|for|under)',
  '(dispiriting|demoralising|demoralizing|disheartening|deflating)',
  // An interviewer's attention elsewhere: "he seemed more interested in his phone", "the panel ... in their phones".
  '(seemed|seems|was|were|looked|appeared) more interested in (his|her|their) (phone|phones|laptop|laptops|email|emails|screen|screens|watch|watches)',
  // "barely let me finish an answer", "spent most of our call reading messages"
  '(barely|hardly|never|rarely|scarcely) (let|lets|allowed) me (finish|speak|answer|talk|explain)',
  // "the panel spent half the time on their phones"
  '(spent|spend|spends) (most|much|half|all) of? (our|the|my) (call|interview|meeting|conversation|time|hour|presentation|talk|demo|audition|session) (reading|checking|answering|on) (messages|emails|texts|calls|his|her|their)',
  // "arrived twenty minutes late, never apologised, and spent the rest of the hour talking over me"
  '(talking|talked|talks|talk|spoke|speaking) over me',
  // "talked over most of my answers", "seemed to have made up his mind before I sat down"
  '(talking|talked|talks|talk|spoke|speaking) over (most|much|half|many|all|some) of my (answers|replies|points|questions|presentation)',
  '(seemed|seems|appeared|appears) to have (already)? made up (his|her|their) (mind|minds) (before|already)',
  // "the first interview left a sour taste"
  '(left|leaves|leave) (a|an)? #Adverb? (sour|bitter|bad|nasty|unpleasant) taste',
  '(arrived|turned|showed) up? #Value? (minutes|mins) late',
  // "took three phone calls in the middle of my answers", "brushed aside my physical-supply experience"
  '(took|take|takes|answered|answer|answers) .{0,3} (calls|call|messages) in the middle of (my|our)',
  '(took|take|takes|answered|answer|answers) .{0,3} (calls|call|messages) (during|mid) (my|our)',
  '(brushed|brushes|brush|waved|waves|wave) (aside|off) my',
  // "barely looked at my CV", said of the panel (the auxiliary form below blames without one).
  '(barely|hardly|scarcely) (looked|glanced) at my (cv|resume|résumé|application|portfolio)',
  // "seemed not to have read my application at all", "an assessment day thrown together at the last minute"
  '(seemed|seems|appeared|appears) not to have (read|opened|looked at) my (cv|resume|résumé|application|portfolio|statement|proposal|letter)',
  '(thrown|cobbled|slapped) together (at the last minute|last minute|in a hurry|in a rush)',
  // "the assessors barely looked up from their laptops"
  '(barely|hardly|never|rarely) (looked|glanced) up from (his|her|their) (phone|phones|laptop|laptops|screen|screens|notes|papers)',
  // "kept glancing at his phone through most of my answers"
  // "half of the search committee spent my open forum scrolling on their phones"
  '(scrolling|scrolled|texting|texted) (on|through) (his|her|their) (phone|phones|laptop|laptops)',
  '(kept|keeps) on? (glancing|looking|checking|scrolling|typing) (at|on|through)? (his|her|their) (phone|phones|laptop|laptops|watch|watches|screen|screens|emails|messages)',
  // "seemed uninterested and kept answering his phone while I was showing him my work"
  '(kept|keeps) on? (answering|taking|checking|reading) (his|her|their) (phone|phones|calls|emails|messages|texts)',
  // "the shift allowance tells a rather different story about how that dedication is valued"
  '(tells|told|tell|paints|painted) (a|an) #Adverb? (different|other) (story|picture)',
  // Sarcasm and silence: "Five weeks of silence ... was quite the masterclass in candidate experience".
  '(quite the|quite an|quite a) (masterclass|lesson|education)',
  // "a real lesson in candidate care"
  '(a real|a true|a proper) (masterclass|lesson|education) in',
  '(weeks|months) of (silence|radio silence)',
  // After praise: "the salary banding, sadly, was another story".
  '(was|is|were|are|been) (quite|rather|sadly|unfortunately)? (another|a different) (story|matter)',
  // "the overtime arrangements in the contract were, I'm sorry to say, a different matter entirely"
  '(another|a different) (story|matter) (entirely|altogether)',
  // "the contract, I'm afraid, read as if it had been drawn up for a much cheaper job"
  'as if it (had been|was|were|has been) (drawn up|written|designed|meant|intended|priced|pitched) for (a|an) (much|far)? (cheaper|lesser|smaller|lower|junior)',
  // Faint praise: "almost made the twelve-hour doubles bearable".
  '(bearable|tolerable)',
  '(is|are|was|were|came|comes|come) nowhere (near|close to) (what|enough|matching|reflecting|covering|meeting|the)',
  // "a fair way below what the agencies are paying", "not even close to what the work deserves".
  // "came in well below what the role asks for", "a good way below what interim partners command",
  // "a fair bit lower than what the other nurseries are offering", "a good bit below what the other contractors round here are paying".
  '(sits|sit|is|are|was|were|falls|fell|came|comes|come|lands|landed) in? (still|just|rather|quite|also|frankly|honestly|sadly|simply)? (a fair way|a good way|a long way|some way|quite a way|a fair bit|a good bit|a bit|a little|a touch|a good deal|a great deal|quite a bit|a lot|way|well|far|much|miles|slightly|somewhat|noticeably|markedly|significantly|considerably|substantially) (below|under|lower than|less than|short of) (what|the|market|my|our)',
  '(sits|sit|is|are|was|were|falls|fell) (below|under) (market|what)',
  // "the shift allowance is so far behind the rest of the industry"
  '(so far|far|well|way|a long way|some way|miles|years) behind (the rest|the market|market|what|other|most|the industry|industry)',
  // "the allowance for the away rounds ... would leave me paying to work at most races"
  '(leave|leaves|leaving) me paying to (work|do|be)',
  '(leave|leaves|leaving) me out of pocket',
  '(leave|leaves|leaving) me worse off',
  // "they deserve a far better night allowance than the one in my offer" (praise of the staff, a sting about pay)
  '(deserve|deserves) (a|an)? (far|much|way|rather|considerably)? (better|higher|fairer|bigger) .? (pay|salary|rate|rates|allowance|allowances|wage|wages|package|bonus) than',
  // "made the relocation support look all the thinner by comparison".
  '(all the|even) (thinner|weaker|poorer|worse|smaller|meaner|stingier|meagre|meager)',
  '(thinner|weaker|poorer|worse|smaller|meaner|stingier|threadbare|modest|paltry) by comparison',
  // "the accommodation and rotation terms were a real step backwards from what every other contractor is giving"
  '(a|an) #Adjective? step (backwards|backward|back|down) (from|compared)',
  // "felt like a step backwards for someone with my experience"
  '(a|an) #Adjective? step (backwards|backward|down) for (someone|somebody|anyone|a|an|me)',
  // "is simply not serious for a qualified technician"
  'not #Adverb? serious (for|compared|next|beside|given)',
  // "the supervisors I met seemed to have given up on the place"
  '(given|gave|give) up on (the|this|that) (place|site|farm|business|team|staff|workshop|operation|building)',
  // "the wage scale you proposed trails the rest of the Greek tanker market by a wide margin"
  '(trails|trail|trailed|trailing|lags|lag|lagged|lagging) .{0,8} by (a|some)? (wide|long|large|big|huge|considerable|significant|clear|fair) (margin|way|distance|stretch)',
  'not #Adverb? close to (what|the|market|matching)',
  '(little|no|zero|not much) confidence in (how|the|your)',
  // "left me with serious doubts about how the department is run" (not "about how I would manage")
  '(serious|real|grave|strong|deep) (doubts|reservations|misgivings) about (how|the way) (the|your|things|it|this|that|everything|they|he|she|#ProperNoun)',
  // "treats crew like spare parts", "nobody in management listens"
  '(treats|treated|treat|treating) . like (cattle|dirt|numbers|robots|machines|children|cogs|furniture|rubbish|garbage|trash|disposable)',
  '(treats|treated|treat|treating) . like spare parts',
  // "treat their crews as if they were disposable", "cut corners on edge protection"
  '(treats|treated|treat|treating) .{1,3} as if (they|we|it) (were|are|was) (disposable|expendable|invisible|numbers|robots|machines|furniture|cattle|nothing)',
  '(cut|cuts|cutting) corners',
  // "rips up the production plan on a whim", "never once asks the people making the chocolate"
  '(rips|ripped|ripping|tears|tore|tearing|scraps|scrapped|changes|changed|changing|cancels|cancelled|canceled) .{0,4} on a whim',
  'never once (asks|asked|listens|listened|consults|consulted|thanks|thanked|checks|checked|says|said)',
  '(nobody|noone) in (management|charge|leadership|senior management|hr) (listens|cares|listened|cared|bothers|bothered)',
  'no one in (management|charge|leadership|senior management|hr) (listens|cares|listened|cared|bothers|bothered)',
  '(heavy|high) handed',
  'ham fisted',
  '(pay|salary|remuneration|package|offer|rate|compensation|fee) #Adverb? (falls|fell|fall) #Adverb? short',
  '(insultingly|ridiculously|embarrassingly|absurdly|laughably|shockingly|painfully) (low|small|poor|little)',
  '(tedious|menial|monotonous|mindless)',
  'mind numbing',
  '(mediocre|subpar|underwhelming|unimpressive|uninspiring|outdated|shabby|cramped|depressing|soulless|unworkable)',
  // "the hourly rate is the lowest I've been offered in ten years"
  '(lowest|worst|poorest|smallest|stingiest|meanest) #Adverb? (i|we) (have|had)? #Adverb? been? (offered|seen|received|had|paid)',
  // "the stipend is simply not enough to live on"
  'not #Adverb? enough to (live|survive|get by|cover) (on|with|my|the|rent)?',
  '(felt|feel|feels|looked|looks|seemed|seems|is|was|are|were) #Adverb? dated',
  '(unresponsive|micromanaged|micromanaging|micromanagement|micromanager|overworked|understaffed)',
  'run down',
  // "lurched from one botched reorganisation to the next", "morale in the lab is at rock bottom"
  '(botched|bungled)',
  'rock bottom',
  '(low|poor|terrible|dire) morale',
  // "the pay on offer disappointingly thin"
  '(disappointingly|frustratingly|worryingly) (low|thin|small|modest|poor|limited|light|short)',
  // A frank verdict: "the salary on offer is frankly low for a coordinator role".
  '(frankly|honestly|bluntly|candidly|far too|way too|much too) (low|thin|meagre|meager|modest)',
  // "the weekly stipend is pretty thin", "would barely cover my cab home"
  '(pretty|rather|a bit|quite|very|really|too|awfully|fairly) thin',
  '(barely|hardly|scarcely) (cover|covers|covered)',
  // "the housing allowance would barely rent a storage room"
  '(barely|hardly|scarcely) (rent|rents|feed|feeds|house|houses) (a|an|one|the|my)',
  // "would barely equip a teaching lab"
  '(barely|hardly|scarcely) (equip|equips|furnish|fund|funds|stock|staff|buy)',
  // "struck me as rather mean for a job with this much travel"
  '(struck|strikes) me as #Adverb? (mean|stingy|miserly)',
  '(seemed|seems|felt|feels|looked|looks|is|was|are|were) (rather|a bit|quite|very|pretty|somewhat|frankly|distinctly|decidedly) mean',
  // "the owners treat their technicians with contempt"
  '(treat|treats|treated|treating) (their|its|his|her|our|the) . with (contempt|disdain|disrespect)',
  '(treat|treats|treated|treating) . with (contempt|disdain|disrespect)',
  // "the management clearly has no idea how to support frontline staff"
  '(has|have|had) #Adverb? (no|little) (idea|clue|understanding) (how|what|about|of)',
  // "the directors haven't a clue"
  '(have|has|had|do|does|did) not (got|have)? (a|any|the faintest|the slightest) clue',
  'clueless',
  'off putting',
  'drawn out',
  'long winded',
  'dragged on',
  '(poorly|badly) (organised|organized|run|managed|prepared|handled|communicated)',
  '(treated|handled) #Adverb? (poorly|badly)',
  // "my current boss has treated the crew pretty shabbily"
  '(treated|treats|treating|treat) .{0,3} (shabbily|appallingly|disgracefully|poorly|badly|terribly|horribly|awfully|dreadfully)',
  '(was|were|been|got|felt) (put|turned) off',
  'high turnover',
  'red (flag|flags)',
  '(a|an) (joke|farce|mess|nightmare|shambles|circus|trainwreck|disaster|headache|letdown|afterthought)',
  '(a|an) . (joke|farce|mess|nightmare|shambles|circus|trainwreck|disaster|headache|letdown|afterthought)',
  'not in the same league',
  '(left|leaves|leave) (a lot|much|something|plenty) to be desired',
  // "I only wish the salary banding had been half as generous".
  '(i|we) (only|just) wish (the|your)',
  'if only (the|your)',
  '(hard|harder|difficult) to (understand|fathom|justify)',
  // "which made the rotation all the harder to swallow"
  '(hard|harder|difficult|tough|tougher) to swallow',
  // "which made the night shift premium all the harder to take seriously"
  '(hard|harder|difficult|tough|tougher) to take #Adverb? seriously',
  // "hard to see as a serious offer"
  '(hard|harder|difficult) to (see|take|regard|treat) (it|this|that)? as (a|an)? (serious|fair|genuine|credible|real)',
  'dumpster fire',
  'sinking ship',
  '(an|the) interrogation',
  'anything but',
  '(a|an) insult',
  'bait and switch',
  'slap in the face',
  'waste of (my|our)? time',
  '(wasted|wasting) (my|our) time',
  'kept me waiting',
  'left me hanging',
  'beneath (me|my|someone|somebody|anyone)',
  '(shame|pity) about',
  'too bad about',
  // "the owner shouts at the tailors and wages come whenever he remembers"
  '(shouts|shouted|shouting|yells|yelled|yelling|screams|screamed|screaming|swears|swore|swearing) at (the|his|her|their|its|us|me|staff|workers|everyone|everybody|people|anyone)',
  '(wages|pay|salaries|salary|paychecks|paycheques|payslips) (come|comes|came|arrive|arrives|arrived|turn up|turns up|are paid|is paid|were paid|was paid) whenever',
  // "the panel spent most of my routine talking among themselves"
  '(talk|talked|talking|chat|chatted|chatting|whisper|whispered|whispering|gossip|gossiped|gossiping) (among|amongst) themselves',
  // "the agency's hourly rate for the contract is so much meaner than they are"
  '(meaner|stingier) than']

/**
 * Shortfalls only ever said under a negation, which therefore counts them rather than cancelling
 * them: "I can't say the relocation package came anywhere near matching it".
 */
export const deniedShortfalls = [
  '(came|come|comes|was|is|were|are|get|got) anywhere (near|close to) (matching|reflecting|meeting|covering|what|the|enough)',
  // "didn't come close to matching the quality of the people"
  '(came|come|comes) close to (matching|reflecting|meeting|covering|what|the)',
  // "the hourly rate doesn't stack up against what the other wineries pay"
  '(stack|stacks|stacked) up (against|to|with|well)?',
  // "the base of $240,000 doesn't reflect the market"
  '(reflect|reflects|reflected|match|matches|matched|meet|meets|met) (the|current|today) (market|market rate|market rates|going rate)',
  '(keep|keeps|kept) up with the (market|going rate)',
  // "the relocation package didn't show anything like the same generosity"
  '(show|shows|showed|match|matches|matched|reflect|reflects|reflected) anything like',
  // "it wouldn't even cover my gas"
  'even (cover|covers|covered)',
  // "the start-up package, I'm afraid, did not live up to them"
  '(live|lives|lived) up to',
  // "the retainer you proposed was, frankly, not a serious number"
  '(serious|credible|realistic) (number|offer|figure|amount|rate|proposal|salary|fee)',
  // "which does not say much for how the division is managed"
  'say (much|a lot|a great deal) for (how|the|your)',
  // "a fee of that size ... is not one I could take seriously"
  '(take|taken|took) #Adverb? seriously',
  // "The salary mentioned in the letter does not even come up to what a junior merchandiser is drawing"
  '(come|comes|came|coming) up to what',
  '(come|comes|came|coming) up to the (level|levels|standard|market|going|rate|rates|salary|salaries|pay)'
]

/**
 * Remarks that blame the recipient without naming them: things done to the writer ("I was
 * ghosted") and sarcastic jabs ("thanks for nothing"). They need no target in the clause.
 */
export const unnamedBlame = [
  '(was|were|been|being|got|get|getting) (ghosted|lowballed|stonewalled|misled|messed around|jerked around|strung along)',
  '(was|were|been|being|got|get|getting) (kept|left) (waiting|hanging|in the dark)',
  // The active form names the writer as the one it was done to: "for ghosting me".
  '(ghosting|ghosted|lowballing|lowballed|stonewalling|stonewalled|stringing|strung) (me|us) along?',
  '(thanks|thank you) for nothing',
  ...thanksForSilence,
  // The silence itself, after thanks that describe the writer: "I'm grateful, I suppose, for the six restful weeks of quiet".
  'for the #Value? (restful|peaceful|quiet|calm|tranquil|blissful|lovely) (days|weeks|months) of #Adverb? #Adjective? (quiet|silence)',
  '(thanks|thank you) #Adverb? for wasting',
  '(it|that) (is|was) your loss',
  // "I did not appreciate being rushed": negated thanks for something done to the writer.
  '(do|did|does) not (really|particularly)? appreciate (being|how|the way|getting)',
  'good luck with that',
  // Whoever interviewed the writer "had barely looked at my CV".
  '(had|has|have) (clearly|obviously|evidently|apparently)? (barely|hardly|never|not even) (looked|glanced) at my (cv|resume|résumé|application|portfolio)',
  '(had|has|have) (clearly|obviously|evidently|apparently)? (barely|hardly|never|not even) (read|opened) my (cv|resume|résumé|application|portfolio)',
  // "two members of the panel had plainly not opened my research statement"
  '(had|has|have) (clearly|obviously|evidently|apparently|plainly)? not (even)? (read|opened) my (research|teaching|personal|supporting|cover)? (cv|resume|résumé|application|portfolio|statement|proposal|letter)',
  // "it was obvious that nobody had read my portfolio"
  '(nobody|noone) had #Adverb? (read|opened|looked at) my (cv|resume|résumé|application|portfolio|statement|proposal|letter)',
  'no one had #Adverb? (read|opened|looked at) my (cv|resume|résumé|application|portfolio|statement|proposal|letter)',
  // "the first panel gave the impression of not having opened my research statement"
  '(not|never) having #Adverb? (read|opened|looked at) my (research|teaching|personal|supporting|cover)? (cv|resume|résumé|application|portfolio|statement|proposal|letter)',
  // Disarray: "nobody seemed to know who was supposed to run the warm-up"
  '(nobody|noone) (seemed|appeared) to know (who|what|where|when|how) (was|were|is|are) (supposed|meant|going|due) to',
  'no one (seemed|appeared) to know (who|what|where|when|how) (was|were|is|are) (supposed|meant|going|due) to',
  // Silence: "Not a single word has reached me".
  'not (a|one) single? (word|reply|update|line|email|call|message) (has|had) #Adverb? (reached|come|arrived)'
]

/**
 * Contrasts that turn praise into a sting: "the team seemed nice, unlike the pay". Each kind says
 * what it needs, besides being in a clause about the recipient, to count.
 */
export const contrastStings = {
  /** Comparisons that name their own yardstick, praise said before (here or in the last sentence), scored or not. */
  pointingBack: [
    // "It's a pity the same can't be said for the relocation package"
    '(same|similar) #Adverb? (can|could|cannot) #Adverb? (not|hardly|scarcely|barely|never) be said',
    // "the same, I'm afraid, cannot be said of the contract"
    'same .{0,3} cannot be said',
    // "a pity the night-shift premium in the offer doesn't show the same care"
    '(does|did|do|will|would) not (show|reflect|match|have|bring) the same (care|warmth|attention|thought|consideration|respect|generosity|standard|quality)'
  ],
  /**
   * A denial that leaves out what it denies, so it points back to what was said first: "Your yard
   * is a credit to you and the team; the hourly rate in the offer, sadly, is not." It counts only
   * where it ends its clause (not "the role, sadly, is not the right fit").
   */
  trailingDenials: ['(sadly|unfortunately|alas) (is|was|are|were) not'],
  /** Contrasts that count after praise anywhere in the sentence. */
  afterPraise: [
    'not so much', 'less so', 'except (the|your)',
    // "the design team were as sharp and generous a group as I've met; the relocation package, I'm afraid, was rather less impressive"
    '(rather|much|far|considerably|somewhat|a lot) less (impressive|generous|attractive|competitive|appealing|inspiring)',
    // "Everyone in the workshop was warm and generous with their time; the salary offered was a good deal less generous"
    'a (good|great) deal less (impressive|generous|attractive|competitive|appealing|inspiring)',
    // "the crew could not have been more welcoming; sadly, the touring schedule ... shows none of that care"
    '(shows|showed|show|has|had|reflects|reflected) none of (that|this|the same) (care|warmth|attention|thought|consideration|respect|generosity|welcome)'
  ],
  /** Contrasts that count after praise when what follows names the recipient's side: "unlike the pay", "a pity that the equity terms...". */
  beforeTheirs: ['unlike', 'except for', 'apart from', 'other than', 'more than (i|we) can say', '(can|could|cannot) (not|hardly|scarcely|barely|never) say the same', '(shame|pity)',
    // "The people were excellent; I wish I could say as much for the hourly rate."
    'wish (i|we) could say as much', 'wish (i|we) could say the same']
}

/**
 * Negative words that describe the writer's situation or plain facts, not the recipient: "a
 * scheduling conflict", "a tough decision", "sorry to disappoint you", "you warned me".
 */
export const situationWords = [
  'conflict', 'conflicts', 'clash', 'clashes', 'clashing', 'problem', 'problems', 'issue', 'issues', 'trouble', 'difficult', 'difficulty',
  'hard', 'tough', 'shame', 'pity', 'disappoint', 'worry', 'worried', 'concern', 'concerns', 'concerned',
  'sad', 'torn', 'guilty', 'lose', 'lost', 'losing', 'loss', 'struggle', 'suffer', 'suffered', 'suffering', 'fear', 'mistake', 'burden', 'sick', 'ill',
  'pain', 'painful', 'stress', 'pressure', 'doubt', 'doubting', 'wrong', 'hate', 'warn', 'warned', 'warning',
  'challenge', 'challenges', 'risk', 'risks', 'bother',
  // Events the work is about: "the outage schedule", "the work your team did during the last outbreak".
  'outage', 'outages', 'outbreak', 'outbreaks', 'pandemic', 'costly',
  // The writer's own health: "signed off work with anxiety".
  'anxiety', 'anxious', 'depression', 'depressed', 'burnout', 'grief',
  // Events that befall a place, met with sympathy: "sorry to hear about the fire at the branch".
  'fire', 'flood', 'flooding', 'accident', 'storm', 'illness', 'injury', 'damage', 'damaged',
  // "the odd shift" is an occasional one; "refuse" is also rubbish ("the refuse service").
  'odd', 'refuse',
  // A legal sense ("contentious and advisory work") and a feeling, usually the writer's.
  'contentious', 'nervous',
  // "timing alone": only, not lonely.
  'alone',
  // AFINN scores "withdrawal" -3; in a decline it is the writer's own step ("my withdrawal").
  'withdrawal',
  // A role: "if the practice ever needs an outside critic for its design reviews".
  'critic',
  // What environmental work is about: "contaminated sediment remediation".
  'contaminated', 'contamination'
]

/**
 * Words that say whom a charity or a service helps: before the people they describe ("the work
 * your team does with bereaved families", "homeless young people", "abused and neglected
 * children") they name the work, and blame no one.
 */
export const peopleServedWords = [
  'bereaved', 'grieving', 'homeless', 'vulnerable', 'disadvantaged', 'abused', 'neglected', 'deprived', 'isolated',
  'injured', 'poor', 'struggling', 'lonely', 'troubled', 'excluded', 'unemployed', 'dying', 'traumatised', 'traumatized',
  'orphaned', 'displaced', 'hungry', 'distressed', 'marginalised', 'marginalized', 'abandoned', 'at-risk'
]

/** The people a service helps, after a word for their plight; not "poor people skills". */
export const peopleServed = String.raw`(?:young\s+|older\s+|elderly\s+|local\s+)?(?:families|children|kids|people|adults|patients|clients|residents|pupils|students|communities|women|men|girls|boys|veterans|survivors|refugees|parents|carers|youth|teenagers|households|individuals|mothers|fathers|learners|animals|pets)\b(?!\s+(?:skills|management|leadership))`

/**
 * Feelings aimed at something: "disappointed by the offer" speaks of the offer, where
 * "disappointed I can't make it" speaks of the writer. "impressed" counts when negated.
 */
export const aimedFeelings = [
  'disappointed', 'unhappy', 'frustrated', 'annoyed', 'upset', 'offended', 'insulted', 'dissatisfied',
  'unimpressed', 'underwhelmed', 'impressed'
]

/**
 * Praise whose denial is a criticism, however mildly AFINN scores it (or not at all): "the offer
 * isn't competitive", "the panel wasn't professional". Stronger praise (AFINN 3 or more) counts
 * when negated anyway.
 */
export const deniablePraise = [
  'competitive', 'fair', 'generous', 'professional', 'organised', 'organized', 'welcoming', 'friendly', 'respectful',
  'helpful', 'clear', 'transparent', 'honest', 'prepared', 'responsive'
]

/**
 * Nouns after an evaluative word that make it about the match or the moment, not the
 * recipient: "a poor fit", "the wrong time", "not a good match", "a hard decision", "a crazy
 * few weeks".
 */
export const matchNouns = [
  'fit', 'match', 'time', 'timing', 'moment', 'decision', 'choice', 'call', 'news', 'luck', 'step', 'move', 'idea',
  'sense', 'deal', 'understanding', 'chance', 'few', 'week', 'weeks', 'month', 'months', 'year', 'days', 'turn', 'outcome', 'result', 'while',
  // Idioms: "in good conscience", "in good faith", "loose ends".
  'conscience', 'faith', 'ends'
]

/**
 * Praise AFINN does not score that is sarcastic when emphasised or in scare quotes about the
 * recipient's side: "your *thorough* six-round process", your "flexible" working policy.
 */
export const unscoredPraise = [
  'speedy', 'fast', 'smooth', 'thorough', 'exhaustive', 'flexible', 'quick', 'prompt', 'swift', 'efficient', 'organised', 'organized',
  'seamless', 'transparent', 'responsive', 'timely', 'streamlined', 'well-run', 'professional', 'comprehensive', 'rigorous', 'unlimited'
]

/**
 * A department, a post or a line of work named by its field: "the disability team", "the emergency
 * department", "your head of financial crime", "the team's work on fraud detection". A negative
 * word there names the work, not a judgement of it.
 */
export const fieldNames = [
  // Things of a trade named by a word that blames elsewhere: "the barrier facility" of an animal unit,
  // "one shared defect log", "the Daund crew lobby", "the freezer failure last weekend" (a mishap, not blame).
  'barrier (facility|facilities|unit|units|room|rooms|suite|area|corridor)',
  'defect (log|logs|list|lists|tracker|tracking|register|report|reports|database)',
  '(crew|signing-on|booking|staff) lobby',
  '(freezer|power|equipment|pump|compressor|server|boiler|signal|signalling|signaling) (failure|failures|outage|outages|breakdown|breakdowns|fault|faults)',
  // What bereavement work follows and what a stonemason restores: "supporting families after a death",
  // "the war memorial restoration".
  '(after|following|before|around|through|since) (a|the|each|every|any|their) #Adjective? (death|deaths)',
  'war (memorial|memorials|grave|graves|cemetery|cemeteries|museum|museums|records|veterans|history)',
  // A security trade's things: "false alarm call-outs", "the detention officers".
  '(false|fire|burglar|intruder|intrusion|security|smoke|panic|car|alarm) (alarm|alarms)',
  'detention (officer|officers|centre|center|centres|centers|facility|facilities|staff|suite|suites|work|unit|units)',
  // What waste services handle: "hazardous waste roles", "work on illegal dumping".
  '(hazardous|toxic|dangerous|clinical|radioactive|illegal|fly) (waste|goods|materials|substances|chemicals|dumping|tipping)',
  // A grower's setbacks, told as the work: "regenerates quinoa accessions after a failed crop", "the
  // canola plots that failed in last year's dry spring".
  '(failed|failing) (crop|crops|harvest|harvests|plot|plots|trial|trials|batch|batches|hive|hives|colony|colonies|seedlings|planting|plantings)',
  '(crop|crops|plot|plots|harvest|harvests|trials|hives|colonies|batches|beds|seedlings|cuttings|plantings) (that|which) (failed|died)',
  '#Adjective? #Noun+ (team|teams|department|departments|unit|ward|service|services|practice|desk|division|group|clinic|centre|center|lab|labs|laboratory|area|sector|field|function|line|helpline|project|projects|programme|program|pathway|pathways)',
  // Two fields joined: "the disputes and claims team", "the domestic violence and child abuse unit",
  // "the disputes and prison law work".
  '(#Noun|#PresentTense) and (#Noun|#PresentTense) #Noun? (team|teams|department|departments|unit|service|services|desk|division|group|function|line|work|law|hearings|hearing|cases|proceedings|trials)',
  // What the people the work serves have survived: "often for people who have survived trauma and
  // torture" (only after "who": the writer's own "I survived your ..." is not spared).
  'who (have|has|had)? (survived|fled|escaped) #Adjective? #Noun and #Adjective? #Noun',
  'who (have|has|had)? (survived|fled|escaped) #Adjective? #Noun',
  'survivors of #Adjective? #Noun and #Adjective? #Noun',
  'survivors of #Adjective? #Noun',
  // "the difference between criminal and youth chamber work"
  '(criminal|civil|family|youth|juvenile) and (criminal|civil|family|youth|juvenile) #Noun? (work|law|chamber|chambers|court|courts|cases|matters|hearings|proceedings)',
  // compromise may tag a plural as a verb: "the community eating disorders service".
  '(#Noun|#Adjective) #PresentTense (team|teams|department|unit|ward|service|services|clinic|centre|center|lab|group|practice)',
  // "your tailings dam failure risk assessments"
  '#Noun+ (detection|prevention|investigation|investigations|analytics|research|modelling|modeling|reduction|awareness|recovery|response|scoring|monitoring|screening|assessment|assessments)',
  // A system named by what it handles: "the new alarm management system".
  '#Noun (management|monitoring|handling|reporting) (system|systems|software|platform|tool|tools|process|project|programme|program)',
  // Drills and training named by what they prepare for: "the safety and emergency procedures day";
  // and care by its kind: "older adults after emergency admission".
  '(emergency|safety|crisis|disaster|survival) (procedures|procedure|drill|drills|training|exercise|exercises|equipment|briefing|briefings|landing|landings|response|admission|admissions|medicine|nursing|surgery|care)',
  // A public service named by its field: "a county emergency management office".
  '(emergency|disaster|crisis) (management|planning|preparedness|services|operations)',
  // Legal work named by what it is about: "your domestic abuse protection order work", "child abuse
  // cases"; and social work: "how your team handles child abuse referrals".
  '#Noun+ (order|orders|law|casework|cases|proceedings|litigation|referral|referrals|disclosures|allegations)',
  // Criminal law as a field: "a set that specialises in criminal work", "the criminal listings office".
  'criminal (trial|trials|hearing|hearings|sittings|reporting|records|work|law|practice|defence|defense|justice|bar|appeals|appeal|cases|case|court|courts|division|matters|litigation|prosecution|prosecutions|listings|listing|list|lists|legal|procedure|evidence|proceedings|office|offices|clients|chambers|side|team|unit|department|lawyer|lawyers|barrister|barristers|solicitor|solicitors|pupillage)',
  // What work is on: "your team's published research on payment scams", "my master's project on
  // hazardous waste sites", "your team's work on reducing wrongly declined card payments", "the problem statement on fraud scoring".
  '(research|work|study|studies|paper|papers|publications|report|reports|findings|project|projects|thesis|dissertation|statement|problem|exercise|task|challenge|assignment|presentation|talk|brief) (on|into) /ing$/? #Adverb? #Adjective? #PastTense? #Noun+',
  // The work named by who does it: "The work your team does on illegal dumping".
  '(work|research) (that|which)? (your|the|their) #Noun? (team|lab|unit|group|service|department|office|staff) (does|did|do|has|have|is|are)? (done|doing)? (on|into) #Adjective? #Noun+',
  // A plural compromise tags as a verb: "the team's work on killer defects".
  '(research|work|study|studies|paper|papers|publications|report|reports|findings|project|projects|thesis|dissertation) (on|into) #Adjective? #Noun+ #PresentTense',
  // Two subjects joined: "your team's published research on mule accounts and payment scams".
  '(research|work|study|studies|paper|papers|publications|report|reports|findings|project|projects|thesis|dissertation|statement|problem|exercise|task|challenge|assignment|presentation|talk|brief) (on|into) #Adjective? #Noun (#Noun|#PresentTense)? and #Adjective? #Noun+',
  // A second subject after "and on": "your work on side-impact dummies and on pedestrian injury after collisions".
  '(research|work|study|studies|paper|papers|publications|findings|project|projects) (on|into) .{1,4} and (on|into) #Adjective? #Noun+ (after|from|in|of|with)? #Noun*',
  '(head|director|manager|lead|vp) of #Adjective? #Noun+',
  // What the writer specialises in: "a role that lets me specialise in paediatric sports injuries".
  '(specialise|specialize|specialises|specializes|specialising|specializing|specialised|specialized) in #Adjective? #Noun+',
  // Posts and places named by their field: "the trauma nurse coordinator role", "the crisis house".
  '#Noun+ (role|roles|post|posts|position|job|coordinator|nurse|nurses|worker|workers|house|houses|cafe|café|bed|beds|registry|registries|study|studies|trial|trials|list|lists)',
  // What a post is for: "the link nurse role for infection control".
  '(role|post|position|job|lead|nurse|specialist|coordinator) (for|in) #Adjective? #Noun+',
  // A workplace named as a place: "the Resettlement Worker post at the prison" (not "it felt like a prison").
  '(at|in|inside|within|across|for|from|to) (the|this|that) (prison|prisons|jail|jails|gaol|penitentiary|morgue|mortuary)'
]

/** Slang intensifiers AFINN scores as negative: "an insane amount of care", "terribly kind". */
export const intensifiers = ['insane', 'insanely', 'crazy', 'ridiculous', 'ridiculously', 'terribly', 'awfully', 'mad', 'wild']

/** What an intensifier may size up without blaming it: "an insane amount of care". */
export const quantityNouns = ['amount', 'couple', 'number', 'level', 'degree', 'range', 'variety', 'volume', 'array']
