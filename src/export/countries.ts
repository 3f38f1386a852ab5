/**
 * Countries as ACLED names them: ISO 3166-1 alpha-2 → alpha-3 (for event_id_cnty), numeric
 * (ACLED's `iso` column), ACLED's country name and region. A general lexicon: Europe and its
 * neighbours in full, the rest of the world's larger conflict theatres.
 *
 *   UA → { iso3: 'UKR', iso: 804, country: 'Ukraine', region: 'Europe' }
 *   an unknown code (e.g. 'XK' if missing) gives null, and the exporters leave the columns empty.
 */
export interface Country {
  iso3: string;
  iso: number;
  country: string;
  region: string;
}

const E = 'Europe';
const ME = 'Middle East';
const CCA = 'Caucasus and Central Asia';

// prettier-ignore
const table: [string, string, number, string, string][] = [
  ['UA', 'UKR', 804, 'Ukraine', E], ['RU', 'RUS', 643, 'Russia', E], ['BY', 'BLR', 112, 'Belarus', E],
  ['MD', 'MDA', 498, 'Moldova', E], ['PL', 'POL', 616, 'Poland', E], ['RO', 'ROU', 642, 'Romania', E],
  ['SK', 'SVK', 703, 'Slovakia', E], ['HU', 'HUN', 348, 'Hungary', E], ['LT', 'LTU', 440, 'Lithuania', E],
  ['LV', 'LVA', 428, 'Latvia', E], ['EE', 'EST', 233, 'Estonia', E], ['FI', 'FIN', 246, 'Finland', E],
  ['SE', 'SWE', 752, 'Sweden', E], ['NO', 'NOR', 578, 'Norway', E], ['DK', 'DNK', 208, 'Denmark', E],
  ['DE', 'DEU', 276, 'Germany', E], ['FR', 'FRA', 250, 'France', E], ['GB', 'GBR', 826, 'United Kingdom', E],
  ['IE', 'IRL', 372, 'Ireland', E], ['NL', 'NLD', 528, 'Netherlands', E], ['BE', 'BEL', 56, 'Belgium', E],
  ['LU', 'LUX', 442, 'Luxembourg', E], ['CH', 'CHE', 756, 'Switzerland', E], ['AT', 'AUT', 40, 'Austria', E],
  ['CZ', 'CZE', 203, 'Czech Republic', E], ['IT', 'ITA', 380, 'Italy', E], ['ES', 'ESP', 724, 'Spain', E],
  ['PT', 'PRT', 620, 'Portugal', E], ['GR', 'GRC', 300, 'Greece', E], ['BG', 'BGR', 100, 'Bulgaria', E],
  ['RS', 'SRB', 688, 'Serbia', E], ['HR', 'HRV', 191, 'Croatia', E], ['SI', 'SVN', 705, 'Slovenia', E],
  ['BA', 'BIH', 70, 'Bosnia and Herzegovina', E], ['ME', 'MNE', 499, 'Montenegro', E],
  ['MK', 'MKD', 807, 'North Macedonia', E], ['AL', 'ALB', 8, 'Albania', E], ['XK', 'XKX', 0, 'Kosovo', E],
  ['CY', 'CYP', 196, 'Cyprus', ME], ['MT', 'MLT', 470, 'Malta', E], ['IS', 'ISL', 352, 'Iceland', E],
  ['TR', 'TUR', 792, 'Turkey', ME], ['GE', 'GEO', 268, 'Georgia', CCA], ['AM', 'ARM', 51, 'Armenia', CCA],
  ['AZ', 'AZE', 31, 'Azerbaijan', CCA], ['KZ', 'KAZ', 398, 'Kazakhstan', CCA], ['UZ', 'UZB', 860, 'Uzbekistan', CCA],
  ['KG', 'KGZ', 417, 'Kyrgyzstan', CCA], ['TJ', 'TJK', 762, 'Tajikistan', CCA], ['TM', 'TKM', 795, 'Turkmenistan', CCA],
  ['SY', 'SYR', 760, 'Syria', ME], ['IQ', 'IRQ', 368, 'Iraq', ME], ['IR', 'IRN', 364, 'Iran', ME],
  ['IL', 'ISR', 376, 'Israel', ME], ['PS', 'PSE', 275, 'Palestine', ME], ['LB', 'LBN', 422, 'Lebanon', ME],
  ['JO', 'JOR', 400, 'Jordan', ME], ['SA', 'SAU', 682, 'Saudi Arabia', ME], ['YE', 'YEM', 887, 'Yemen', ME],
  ['AE', 'ARE', 784, 'United Arab Emirates', ME], ['EG', 'EGY', 818, 'Egypt', 'Northern Africa'],
  ['LY', 'LBY', 434, 'Libya', 'Northern Africa'], ['SD', 'SDN', 729, 'Sudan', 'Northern Africa'],
  ['ML', 'MLI', 466, 'Mali', 'Western Africa'], ['NG', 'NGA', 566, 'Nigeria', 'Western Africa'],
  ['BF', 'BFA', 854, 'Burkina Faso', 'Western Africa'], ['NE', 'NER', 562, 'Niger', 'Western Africa'],
  ['CD', 'COD', 180, 'Democratic Republic of Congo', 'Middle Africa'], ['CF', 'CAF', 140, 'Central African Republic', 'Middle Africa'],
  ['SS', 'SSD', 728, 'South Sudan', 'Eastern Africa'], ['ET', 'ETH', 231, 'Ethiopia', 'Eastern Africa'],
  ['SO', 'SOM', 706, 'Somalia', 'Eastern Africa'], ['MZ', 'MOZ', 508, 'Mozambique', 'Southern Africa'],
  ['AF', 'AFG', 4, 'Afghanistan', 'South Asia'], ['PK', 'PAK', 586, 'Pakistan', 'South Asia'],
  ['IN', 'IND', 356, 'India', 'South Asia'], ['MM', 'MMR', 104, 'Myanmar', 'Southeast Asia'],
  ['CN', 'CHN', 156, 'China', 'East Asia'], ['US', 'USA', 840, 'United States', 'North America'],
  ['CA', 'CAN', 124, 'Canada', 'North America'], ['MX', 'MEX', 484, 'Mexico', 'Central America'],
  ['CO', 'COL', 170, 'Colombia', 'South America'], ['VE', 'VEN', 862, 'Venezuela', 'South America'],
  ['HT', 'HTI', 332, 'Haiti', 'Caribbean'],
];

const byAlpha2 = new Map<string, Country>(
  table.map(([a2, iso3, iso, country, region]) => [a2, { iso3, iso, country, region }]),
);

export function country(alpha2: string | null | undefined): Country | null {
  return alpha2 ? (byAlpha2.get(alpha2.toUpperCase()) ?? null) : null;
}
