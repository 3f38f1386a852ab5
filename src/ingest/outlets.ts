/**
 * News outlets: a general lexicon of news organisations (names and spellings) and a table of
 * well-known news domains. Wire agencies are in wire.ts: a wire credit never becomes an outlet.
 *
 *   outletFromUrl('https://www.themoscowtimes.com/2022/09/08/x') → 'The Moscow Times'
 *   outletFromUrl('https://news.example-courier.co.uk/a')        → 'Example Courier' (prettified domain)
 *   outletFromName('Radio Free Europe/Radio Liberty')            → 'RFE/RL'
 *   outletFromName('Ukrainian')                                  → null (not a news organisation)
 */
interface OutletLexicon {
  /** canonical name → spellings met in bylines, datelines and footers */
  names: Record<string, string[]>;
  /** registrable domain → canonical name */
  domains: ReadonlyMap<string, string>;
}

export const outletLexicon: OutletLexicon = {
  names: {
    'MailOnline': ['MailOnline', 'Mail Online', 'Daily Mail', 'the Daily Mail'],
    'Newsweek': ['Newsweek'],
    'The Moscow Times': ['The Moscow Times', 'Moscow Times'],
    'RFE/RL': ['RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Free Europe', 'Radio Liberty'],
    'BBC': ['BBC', 'BBC News', 'BBC World Service'],
    'CNN': ['CNN'],
    'The Guardian': ['The Guardian', 'Guardian'],
    'The Observer': ['The Observer'],
    'The New York Times': ['The New York Times', 'New York Times', 'NYT'],
    'The Washington Post': ['The Washington Post', 'Washington Post'],
    'The Wall Street Journal': ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
    'Financial Times': ['Financial Times', 'the FT'],
    'The Times': ['The Times'],
    'The Telegraph': ['The Telegraph', 'The Daily Telegraph', 'Telegraph'],
    'The Independent': ['The Independent'],
    'The Economist': ['The Economist'],
    'Sky News': ['Sky News'],
    'Al Jazeera': ['Al Jazeera'],
    'Deutsche Welle': ['Deutsche Welle', 'DW'],
    'France 24': ['France 24', 'France24'],
    'RFI': ['RFI', 'Radio France Internationale'],
    'Euronews': ['Euronews'],
    'Politico': ['Politico', 'POLITICO'],
    'Axios': ['Axios'],
    'NPR': ['NPR'],
    'NBC News': ['NBC News', 'NBC'],
    'CBS News': ['CBS News', 'CBS'],
    'ABC News': ['ABC News'],
    'Fox News': ['Fox News'],
    'CNBC': ['CNBC'],
    'Bloomberg': ['Bloomberg', 'Bloomberg News'],
    'Business Insider': ['Business Insider', 'Insider'],
    'The Atlantic': ['The Atlantic'],
    'The Hill': ['The Hill'],
    'USA Today': ['USA Today', 'USA TODAY'],
    'Los Angeles Times': ['Los Angeles Times', 'LA Times'],
    'Time': ['TIME magazine', 'Time magazine'],
    'The Daily Beast': ['The Daily Beast', 'Daily Beast'],
    'HuffPost': ['HuffPost', 'Huffington Post'],
    'Vox': ['Vox'],
    'Yahoo News': ['Yahoo News'],
    'Voice of America': ['Voice of America', 'VOA'],
    'Daily Express': ['Daily Express', 'Express.co.uk'],
    'Daily Mirror': ['Daily Mirror', 'The Mirror'],
    'The Sun': ['The Sun'],
    'Metro': ['Metro'],
    'Evening Standard': ['Evening Standard'],
    'The i': ['inews', 'The i Paper'],
    'CBC News': ['CBC News', 'CBC'],
    'Global News': ['Global News'],
    'The Kyiv Independent': ['The Kyiv Independent', 'Kyiv Independent'],
    'Kyiv Post': ['Kyiv Post', 'KyivPost'],
    'Ukrainska Pravda': ['Ukrainska Pravda'],
    'Hromadske': ['Hromadske'],
    'Ukrinform': ['Ukrinform'],
    'UNIAN': ['UNIAN'],
    'Meduza': ['Meduza'],
    'Novaya Gazeta': ['Novaya Gazeta'],
    'The Insider': ['The Insider'],
    'Le Monde': ['Le Monde'],
    'Le Figaro': ['Le Figaro'],
    'Libération': ['Libération', 'Liberation'],
    'Ouest-France': ['Ouest-France'],
    'Der Spiegel': ['Der Spiegel', 'Spiegel'],
    'Die Zeit': ['Die Zeit'],
    'Bild': ['Bild'],
    'El País': ['El País', 'El Pais'],
    'Corriere della Sera': ['Corriere della Sera'],
    'ABC (Australia)': ['ABC Australia'],
    'The Sydney Morning Herald': ['The Sydney Morning Herald', 'Sydney Morning Herald'],
    'The Irish Times': ['The Irish Times'],
    'The Japan Times': ['The Japan Times'],
    'South China Morning Post': ['South China Morning Post', 'SCMP'],
    'The Times of India': ['The Times of India', 'Times of India'],
    'Haaretz': ['Haaretz'],
    'The Jerusalem Post': ['The Jerusalem Post', 'Jerusalem Post'],
    'Anadolu Agency': ['Anadolu Agency'],
    'TASS': ['TASS'],
    'RIA Novosti': ['RIA Novosti', 'RIA'],
    'Interfax': ['Interfax'],
    'RT': ['RT', 'Russia Today'],
    'Sputnik': ['Sputnik'],
    'Kommersant': ['Kommersant'],
    'Izvestia': ['Izvestia'],
  },
  domains: new Map(Object.entries({
    'dailymail.co.uk': 'MailOnline',
    'newsweek.com': 'Newsweek',
    'themoscowtimes.com': 'The Moscow Times',
    'rferl.org': 'RFE/RL',
    'bbc.co.uk': 'BBC',
    'bbc.com': 'BBC',
    'cnn.com': 'CNN',
    'theguardian.com': 'The Guardian',
    'nytimes.com': 'The New York Times',
    'washingtonpost.com': 'The Washington Post',
    'wsj.com': 'The Wall Street Journal',
    'ft.com': 'Financial Times',
    'thetimes.co.uk': 'The Times',
    'telegraph.co.uk': 'The Telegraph',
    'independent.co.uk': 'The Independent',
    'economist.com': 'The Economist',
    'news.sky.com': 'Sky News',
    'aljazeera.com': 'Al Jazeera',
    'dw.com': 'Deutsche Welle',
    'france24.com': 'France 24',
    'rfi.fr': 'RFI',
    'euronews.com': 'Euronews',
    'politico.com': 'Politico',
    'politico.eu': 'Politico',
    'axios.com': 'Axios',
    'npr.org': 'NPR',
    'nbcnews.com': 'NBC News',
    'cbsnews.com': 'CBS News',
    'abcnews.go.com': 'ABC News',
    'foxnews.com': 'Fox News',
    'cnbc.com': 'CNBC',
    'bloomberg.com': 'Bloomberg',
    'businessinsider.com': 'Business Insider',
    'theatlantic.com': 'The Atlantic',
    'thehill.com': 'The Hill',
    'usatoday.com': 'USA Today',
    'latimes.com': 'Los Angeles Times',
    'time.com': 'Time',
    'thedailybeast.com': 'The Daily Beast',
    'huffpost.com': 'HuffPost',
    'vox.com': 'Vox',
    'news.yahoo.com': 'Yahoo News',
    'voanews.com': 'Voice of America',
    'express.co.uk': 'Daily Express',
    'mirror.co.uk': 'Daily Mirror',
    'thesun.co.uk': 'The Sun',
    'metro.co.uk': 'Metro',
    'standard.co.uk': 'Evening Standard',
    'inews.co.uk': 'The i',
    'cbc.ca': 'CBC News',
    'globalnews.ca': 'Global News',
    'kyivindependent.com': 'The Kyiv Independent',
    'kyivpost.com': 'Kyiv Post',
    'pravda.com.ua': 'Ukrainska Pravda',
    'hromadske.ua': 'Hromadske',
    'ukrinform.net': 'Ukrinform',
    'unian.info': 'UNIAN',
    'meduza.io': 'Meduza',
    'novayagazeta.eu': 'Novaya Gazeta',
    'theins.ru': 'The Insider',
    'lemonde.fr': 'Le Monde',
    'lefigaro.fr': 'Le Figaro',
    'liberation.fr': 'Libération',
    'ouest-france.fr': 'Ouest-France',
    'spiegel.de': 'Der Spiegel',
    'zeit.de': 'Die Zeit',
    'bild.de': 'Bild',
    'elpais.com': 'El País',
    'corriere.it': 'Corriere della Sera',
    'abc.net.au': 'ABC (Australia)',
    'smh.com.au': 'The Sydney Morning Herald',
    'irishtimes.com': 'The Irish Times',
    'japantimes.co.jp': 'The Japan Times',
    'scmp.com': 'South China Morning Post',
    'timesofindia.indiatimes.com': 'The Times of India',
    'haaretz.com': 'Haaretz',
    'jpost.com': 'The Jerusalem Post',
    'aa.com.tr': 'Anadolu Agency',
    'tass.com': 'TASS',
    'tass.ru': 'TASS',
    'ria.ru': 'RIA Novosti',
    'interfax.ru': 'Interfax',
    'rt.com': 'RT',
    'sputniknews.com': 'Sputnik',
    'kommersant.ru': 'Kommersant',
    'iz.ru': 'Izvestia',
    // wire agencies' own sites: the outlet is the agency itself (and then it is not a wire credit)
    'reuters.com': 'Reuters',
    'apnews.com': 'AP',
    'afp.com': 'AFP',
  })),
};

// second-level labels under which registrable domains sit (example.co.uk, example.com.ua)
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'news']);

const byLowerName = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(outletLexicon.names)) {
  byLowerName.set(canonical.toLowerCase(), canonical);
  for (const s of spellings) byLowerName.set(s.toLowerCase(), canonical);
}

/** The canonical outlet for a name as written (case-insensitive), or null. */
export function outletFromName(name: string): string | null {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return byLowerName.get(key) ?? byLowerName.get(key.replace(/^the /, '')) ?? null;
}

/** Every spelling in the lexicon, longest first (for building alternations). */
export function outletSpellings(): string[] {
  return [...byLowerName.keys()].sort((a, b) => b.length - a.length);
}

/** The outlet a URL belongs to: the table of news domains, else the prettified domain. */
export function outletFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/^(www|m|amp|mobile|edition|eu|uk|us|en)\./, '');
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.');
    const hit = outletLexicon.domains.get(suffix);
    if (hit) return hit;
  }
  return prettifyDomain(labels);
}

function prettifyDomain(labels: string[]): string | null {
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return null;
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i]) && labels[labels.length - 1].length === 2) i--;
  const name = labels[i];
  if (!name || name === 'localhost') return null;
  return name
    .split('-')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}
