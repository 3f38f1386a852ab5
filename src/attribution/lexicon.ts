/**
 * Words of reporting: the verbs that act as cues, the adverbs and auxiliaries that may sit
 * between a source and its cue, and the tokens that never start a source. General English
 * lexicons, studied on PolNeAR's train split (the most frequent cues there) and news style.
 */

// Verbs whose subject is a source and whose complement is content. Every inflection is listed:
// cues are looked up by the word as written (CUE_WORDS), and WEAK_FORMS drops single forms.
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  state: ['state', 'states', 'stated', 'stating'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  report: ['report', 'reports', 'reported', 'reporting'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  post: ['post', 'posts', 'posted', 'posting'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  note: ['note', 'notes', 'noted', 'noting'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  estimate: ['estimate', 'estimates', 'estimated'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  assert: ['assert', 'asserts', 'asserted'],
  allege: ['allege', 'alleges', 'alleged'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  stress: ['stress', 'stresses', 'stressed'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized'],
  indicate: ['indicate', 'indicates', 'indicated'],
  reveal: ['reveal', 'reveals', 'revealed'],
  predict: ['predict', 'predicts', 'predicted'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  find: ['found', 'finds'],
  conclude: ['conclude', 'concludes', 'concluded'],
  recall: ['recall', 'recalls', 'recalled'],
  respond: ['respond', 'responds', 'responded'],
  reply: ['reply', 'replies', 'replied'],
  continue: ['continued'],
  describe: ['describe', 'describes', 'described'],
  call: ['call', 'calls', 'called', 'calling'],
  urge: ['urge', 'urges', 'urged'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  hope: ['hope', 'hopes', 'hoped'],
  expect: ['expect', 'expects', 'expected'],
  fear: ['fear', 'fears', 'feared'],
  want: ['want', 'wants', 'wanted'],
  agree: ['agree', 'agrees', 'agreed'],
  complain: ['complain', 'complains', 'complained'],
  charge: ['charged'],
  contend: ['contend', 'contends', 'contended'],
  maintain: ['maintain', 'maintains', 'maintained'],
  point: ['pointed'],
  quote: ['quoted'],
  cite: ['cite', 'cites', 'cited', 'citing'],
  know: ['know', 'knows', 'knew'],
  feel: ['feel', 'feels', 'felt'],
  worry: ['worry', 'worries', 'worried'],
  question: ['questioned'],
  insinuate: ['implied', 'implies'],
  remark: ['remarked'],
  observe: ['observed'],
  propose: ['propose', 'proposes', 'proposed'],
  demand: ['demand', 'demands', 'demanded'],
  threaten: ['threaten', 'threatens', 'threatened'],
  criticise: ['criticized', 'criticised', 'criticizes', 'criticises'],
  praise: ['praised', 'praises'],
  blame: ['blamed', 'blames'],
  reject: ['rejected', 'rejects'],
  dismiss: ['dismissed', 'dismisses'],
  recognise: ['recognized', 'recognised'],
  understand: ['understand', 'understands'],
  seem: ['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared'],
  caption: ['captioned'],
  publish: ['published'],
  broadcast: ['broadcast', 'aired'],
  mention: ['mentioned', 'mentions'],
  declined: ['declined', 'declines', 'refused', 'refuses'],
  refer: ['referring', 'referred', 'refers'],
  seek: ['sought', 'seeks', 'seeking'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
  see: ['sees', 'saw', 'seen', 'see'],
  read: ['reads'],
};

// Regular verbs of saying, opinion and evidence: their forms are built by `inflect`.
// prettier-ignore
const REGULAR_CUES = [
  'exclaim', 'confess', 'interrupt', 'email', 'recount', 'mock', 'ridicule', 'scoff', 'quip', 'joke', 'boast',
  'concede', 'counter', 'retort', 'lament', 'muse', 'wonder', 'proclaim', 'reiterate', 'testify', 'comment',
  'assure', 'pledge', 'attack', 'slam', 'blast', 'condemn', 'denounce', 'defend', 'support', 'endorse',
  'oppose', 'applaud', 'welcome', 'hail', 'doubt', 'dispute', 'challenge', 'hint', 'signal', 'disclose',
  'release', 'request', 'recommend', 'advise', 'caution', 'consider', 'regard', 'characterize', 'characterise',
  'label', 'dub', 'brand', 'refer', 'elaborate', 'detail', 'summarize', 'summarise', 'project', 'forecast',
  'question', 'speculate', 'surmise', 'guess', 'reckon', 'insinuate', 'allege', 'contend', 'announce', 'relay',
  'inform', 'notify', 'explain', 'repeat', 'echo', 'chide', 'scold', 'rebuke', 'thank', 'congratulate',
  'ask', 'answer', 'clarify', 'assert', 'affirm', 'stress', 'underline', 'highlight', 'suggest', 'imply',
  'predict', 'estimate', 'calculate', 'conclude', 'assess', 'judge', 'determine', 'discover', 'learn',
  'realize', 'realise', 'acknowledge', 'admit', 'agree', 'disagree', 'object', 'protest', 'complain',
  'criticize', 'criticise', 'praise', 'blame', 'accuse', 'charge', 'warn', 'threaten', 'promise', 'vow',
  'insist', 'maintain', 'claim', 'deny', 'reject', 'dismiss', 'refute', 'rebut', 'confirm', 'verify',
  'report', 'state', 'declare', 'note', 'observe', 'remark', 'mention', 'cite', 'quote', 'add', 'continue',
  'recall', 'remember', 'describe', 'call', 'urge', 'demand', 'propose', 'plead', 'reply', 'respond',
  'post', 'tweet', 'publish', 'broadcast', 'air', 'caption', 'argue', 'reason', 'believe', 'hope',
  'expect', 'fear', 'worry', 'want', 'prefer', 'like', 'love', 'hate', 'dislike', 'favor', 'favour',
  'back', 'champion', 'advocate', 'tout', 'promote', 'push', 'decry', 'deplore', 'lambast', 'castigate',
  'talk', 'express', 'offer', 'issue', 'sign', 'discuss', 'focus', 'rail', 'unveil', 'list', 'present',
  'deem', 'share', 'compare', 'address', 'deliver', 'point', 'vote', 'seek', 'view', 'speak',
  // voicing, naming and persuading: PolNeAR marks their subject as a source
  'remind', 'voice', 'portray', 'encourage', 'shout', 'chant', 'yell', 'interject', 'assail', 'bemoan',
  'liken', 'deride', 'retweet', 'reference', 'invoke', 'convince', 'persuade', 'apologize', 'apologise',
  'credit', 'outline', 'articulate', 'allude', 'rebuff', 'disavow', 'justify', 'document', 'emphasize',
  'emphasise', 'decry', 'sound', 'order',
];

function inflect(lemma: string): string[] {
  const out = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) out.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + 'ies');
  else out.push(lemma + 's');
  if (/e$/.test(lemma)) out.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (/^(?:[^aeiou]*[aeiou][bdgmnprt])$/.test(lemma) && !/(?:er|en|on|al|el)$/.test(lemma)) {
    const last = lemma[lemma.length - 1];
    out.push(lemma + last + 'ed', lemma + last + 'ing');
  } else out.push(lemma + 'ed', lemma + 'ing');
  return out;
}

// Forms that, on PolNeAR's train split, were a cue less than three times in ten ("remarks",
// "voting", "continues", "support"): mostly nouns, habits or stances rather than reporting.
// prettier-ignore
const WEAK_FORMS = new Set([
  'learning', 'thanks', 'add', 'advised', 'voting', 'remarks', 'continuing', 'states', 'feels', 'advocates',
  'speaking', 'remark', 'advising', 'maintains', 'air', 'addressing', 'address', 'determining', 'airing',
  'opposing', 'continue', 'expects', 'comment', 'understands', 'believed', 'call', 'vote', 'continues',
  'focus', 'dislike', 'maintained', 'speak', 'thought', 'opposes', 'consider', 'support', 'saw', 'reporting',
  'viewing', 'presents', 'complain', 'speaks', 'admitting', 'addresses', 'spoken', 'discovered', 'favors',
  'considering', 'agrees', 'answering', 'promoting', 'questions', 'hate',
]);

export const CUE_WORDS: ReadonlyMap<string, string> = new Map(
  [
    ...REGULAR_CUES.flatMap((lemma) => inflect(lemma).map((f) => [f, lemma] as const)),
    ...Object.entries(CUE_LEMMAS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
  ].filter(([f]) => !WEAK_FORMS.has(f)),
);

/** Cues whose forms are also common nouns ("claims", "reports", "calls"): need a VERB tag. */
// prettier-ignore
export const NOUN_LIKE_CUES = new Set([
  'claims', 'reports', 'report', 'calls', 'call', 'posts', 'post', 'notes', 'note', 'states', 'state',
  'tweets', 'tweet', 'estimates', 'estimate', 'shows', 'show', 'fears', 'fear', 'hopes', 'hope', 'finds',
  'quoted', 'demands', 'demand', 'promise', 'promises', 'warning', 'writing', 'report', 'question',
  'charged', 'worried', 'expected', 'known', 'feel', 'broadcast', 'published', 'answer', 'thought', 'found',
  'saying', 'reporting', 'posting', 'calling', 'showing', 'stating', 'adding', 'telling',
  'comment', 'comments', 'support', 'supports', 'attack', 'attacks', 'release', 'releases', 'request',
  'requests', 'detail', 'details', 'project', 'projects', 'forecast', 'forecasts', 'label', 'labels',
  'brand', 'brands', 'signal', 'signals', 'hint', 'hints', 'doubt', 'doubts', 'dispute', 'disputes',
  'challenge', 'challenges', 'answer', 'answers', 'reply', 'replies', 'back', 'backs', 'air', 'airs',
  'like', 'likes', 'love', 'loves', 'favor', 'favour', 'push', 'pushes', 'champion', 'reason', 'reasons',
  'object', 'objects', 'protest', 'protests', 'judge', 'judges', 'blast', 'blasts', 'slam', 'slams',
  'echo', 'echoes', 'charge', 'charges', 'promote', 'caption', 'captions', 'estimate', 'estimates',
  'plea', 'dub', 'email', 'emails', 'joke', 'jokes', 'welcome', 'hail', 'counter', 'guess', 'air',
  'welcomed', 'backed', 'pushed', 'released', 'detailed', 'labeled', 'labelled', 'branded', 'charged',
  'projected', 'favored', 'loved', 'liked', 'reasoned', 'learned', 'learnt', 'calculated', 'determined',
  'talk', 'talks', 'offer', 'offers', 'issue', 'issues', 'sign', 'signs', 'focus', 'list', 'lists', 'present',
  'presents', 'share', 'shares', 'address', 'point', 'points', 'vote', 'votes', 'view', 'views', 'reads',
  'listed', 'signed', 'issued', 'offered', 'shared', 'presented', 'voted', 'focused', 'sees', 'speaking',
]);

/** Cues that take an addressee before their content ("told Reuters that…"). */
// prettier-ignore
export const ADDRESSEE_CUES = new Set(['tell', 'ask', 'urge', 'warn', 'accuse', 'promise', 'remind']);

/** Words that may stand between a source and its cue ("Petrenko also said", "he has repeatedly said"). */
// prettier-ignore
export const BETWEEN_SOURCE_AND_CUE = new Set([
  'also', 'earlier', 'previously', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been',
  'repeatedly', 'further', 'again', 'reportedly', 'publicly', 'separately', 'initially', 'first', 'last',
  'recently', 'once', 'still', 'now', 'already', 'subsequently', 'similarly', 'privately', 'officially',
  'will', 'would', 'could', 'may', 'might', 'should', 'did', 'does', 'do', 'not', "n't", 'never', 'often',
  'flatly', 'strongly', 'openly', 'just', 'even', 'yesterday', 'today', 'clearly', 'explicitly',
]);

/** Pronouns that can be a source; he/she are resolved to the last named person. */
// prettier-ignore
export const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);

/** Inside a source noun phrase, these small words may link its parts ("Institute for the Study of War"). */
// prettier-ignore
export const NP_LINKS = new Set(['of', 'for', 'the', 'at', 'in', "'s", '’s', '-', '&', 'and']);

/** Weekdays and time words that may sit between a cue and its content ("claimed Thursday to…"). */
// prettier-ignore
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'earlier', 'later', 'late', 'early', 'morning', 'evening', 'night', 'afternoon', 'overnight', 'week',
  'weekend', 'month', 'recently', 'previously', 'again', 'also', 'last', 'this', 'on', 'separately',
  'publicly', 'privately', 'repeatedly', 'however', 'too', 'in', 'a', 'an', 'statement', 'interview',
]);
