/**
 * Names of first-level regions and larger areas that cities500 cannot supply by itself.
 *
 * cities500 gives every admin1 code and, through its PPLA (seat of a first-order division),
 * the seat of most of them: an oblast or governorate named after its seat ("Kharkiv Oblast",
 * "the region of Sumy") is found from the seat without any table. This file lists the regions
 * whose name is not their seat's — US states by their GeoNames code, others through their
 * seat (so no admin1 code is written from memory) — chosen for news and conflict reporting,
 * plus continents and named areas (Donbas) that span several regions. Users add the rest
 * with `sitrep gazetteer import admin1CodesASCII.txt`.
 */
export interface RegionName {
  country: string;
  /** GeoNames admin1 code (US, GB) … */
  code?: string;
  /** … or the seat's name, from which the admin1 code is taken */
  seat?: string;
  names: string[];
}

export interface AreaName {
  names: string[];
  feature: 'CONT' | 'RGN';
  country: string;
  admin1?: string;
  lat: number;
  lon: number;
}

const US: [string, string][] = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'],
  ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'],
  ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'],
  ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'],
  ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'],
  ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];

export const REGION_NAMES: RegionName[] = [
  ...US.map(([code, name]) => ({ country: 'US', code, names: [name] })),
  { country: 'GB', code: 'ENG', names: ['England'] },
  { country: 'GB', code: 'SCT', names: ['Scotland'] },
  { country: 'GB', code: 'WLS', names: ['Wales'] },
  { country: 'GB', code: 'NIR', names: ['Northern Ireland'] },
  // Canada, Australia
  { country: 'CA', seat: 'Edmonton', names: ['Alberta'] },
  { country: 'CA', seat: 'Victoria', names: ['British Columbia', 'B.C.'] },
  { country: 'CA', seat: 'Winnipeg', names: ['Manitoba'] },
  { country: 'CA', seat: 'Fredericton', names: ['New Brunswick'] },
  { country: 'CA', seat: "St. John's", names: ['Newfoundland and Labrador', 'Newfoundland'] },
  { country: 'CA', seat: 'Halifax', names: ['Nova Scotia'] },
  { country: 'CA', seat: 'Toronto', names: ['Ontario'] },
  { country: 'CA', seat: 'Charlottetown', names: ['Prince Edward Island'] },
  { country: 'CA', seat: 'Regina', names: ['Saskatchewan'] },
  { country: 'CA', seat: 'Whitehorse', names: ['Yukon'] },
  { country: 'CA', seat: 'Yellowknife', names: ['Northwest Territories'] },
  { country: 'CA', seat: 'Iqaluit', names: ['Nunavut'] },
  { country: 'AU', seat: 'Sydney', names: ['New South Wales'] },
  { country: 'AU', seat: 'Melbourne', names: ['Victoria'] },
  { country: 'AU', seat: 'Brisbane', names: ['Queensland'] },
  { country: 'AU', seat: 'Perth', names: ['Western Australia'] },
  { country: 'AU', seat: 'Adelaide', names: ['South Australia'] },
  { country: 'AU', seat: 'Hobart', names: ['Tasmania'] },
  { country: 'AU', seat: 'Darwin', names: ['Northern Territory'] },
  // Ukraine and Russia: regions not named after their seat
  { country: 'UA', seat: 'Simferopol', names: ['Crimea', 'Krym'] },
  { country: 'UA', seat: 'Uzhhorod', names: ['Zakarpattia', 'Transcarpathia'] },
  { country: 'UA', seat: 'Lutsk', names: ['Volyn'] },
  { country: 'RU', seat: 'Grozny', names: ['Chechnya', 'Chechen Republic'] },
  { country: 'RU', seat: 'Makhachkala', names: ['Dagestan'] },
  { country: 'RU', seat: 'Nazran', names: ['Ingushetia'] },
  { country: 'RU', seat: 'Kazan', names: ['Tatarstan'] },
  { country: 'RU', seat: 'Ufa', names: ['Bashkortostan'] },
  { country: 'RU', seat: 'Krasnodar', names: ['Kuban'] },
  // Middle East, Asia, Africa, Americas
  { country: 'IQ', seat: 'Ramadi', names: ['Anbar'] },
  { country: 'IQ', seat: 'Mosul', names: ['Nineveh', 'Ninawa'] },
  { country: 'IQ', seat: 'Tikrit', names: ['Salahuddin', 'Salah al-Din'] },
  { country: 'IQ', seat: 'Baqubah', names: ['Diyala'] },
  { country: 'AF', seat: 'Lashkar Gah', names: ['Helmand'] },
  { country: 'AF', seat: 'Jalalabad', names: ['Nangarhar'] },
  { country: 'NG', seat: 'Maiduguri', names: ['Borno'] },
  { country: 'IN', seat: 'Thiruvananthapuram', names: ['Kerala'] },
  { country: 'IN', seat: 'Bengaluru', names: ['Karnataka'] },
  { country: 'IN', seat: 'Mumbai', names: ['Maharashtra'] },
  { country: 'IN', seat: 'Chennai', names: ['Tamil Nadu'] },
  { country: 'IN', seat: 'Lucknow', names: ['Uttar Pradesh'] },
  { country: 'IN', seat: 'Patna', names: ['Bihar'] },
  { country: 'IN', seat: 'Kolkata', names: ['West Bengal'] },
  { country: 'IN', seat: 'Jaipur', names: ['Rajasthan'] },
  { country: 'IN', seat: 'Hyderabad', names: ['Telangana'] },
  { country: 'IN', seat: 'Srinagar', names: ['Jammu and Kashmir'] },
  { country: 'PK', seat: 'Peshawar', names: ['Khyber Pakhtunkhwa'] },
  { country: 'PK', seat: 'Quetta', names: ['Balochistan', 'Baluchistan'] },
  { country: 'PK', seat: 'Karachi', names: ['Sindh'] },
  { country: 'CN', seat: 'Urumqi', names: ['Xinjiang'] },
  { country: 'CN', seat: 'Lhasa', names: ['Tibet'] },
  { country: 'CN', seat: 'Guangzhou', names: ['Guangdong'] },
  { country: 'CN', seat: 'Wuhan', names: ['Hubei'] },
  { country: 'MX', seat: 'Culiacán', names: ['Sinaloa'] },
  { country: 'MX', seat: 'Guadalajara', names: ['Jalisco'] },
  { country: 'MX', seat: 'Morelia', names: ['Michoacán'] },
  { country: 'MX', seat: 'Chilpancingo', names: ['Guerrero'] },
  { country: 'MX', seat: 'Ciudad Victoria', names: ['Tamaulipas'] },
  { country: 'ES', seat: 'Barcelona', names: ['Catalonia', 'Catalunya'] },
  { country: 'ES', seat: 'Seville', names: ['Andalusia'] },
  { country: 'DE', seat: 'Munich', names: ['Bavaria'] },
  { country: 'FR', seat: 'Ajaccio', names: ['Corsica'] },
  { country: 'IT', seat: 'Palermo', names: ['Sicily'] },
  { country: 'IT', seat: 'Milan', names: ['Lombardy'] },
];

// Points are the usual representative points of these areas (continents as in GeoNames).
export const AREA_NAMES: AreaName[] = [
  { names: ['Africa'], feature: 'CONT', country: '', lat: 7.19, lon: 21.09 },
  { names: ['Asia'], feature: 'CONT', country: '', lat: 29.84, lon: 89.3 },
  { names: ['Europe'], feature: 'CONT', country: '', lat: 48.69, lon: 9.14 },
  { names: ['North America'], feature: 'CONT', country: '', lat: 46.07, lon: -100.55 },
  { names: ['South America', 'Latin America'], feature: 'CONT', country: '', lat: -14.6, lon: -57.66 },
  { names: ['Oceania'], feature: 'CONT', country: '', lat: -18.31, lon: 138.52 },
  { names: ['Antarctica'], feature: 'CONT', country: '', lat: -78.16, lon: 16.41 },
  { names: ['Middle East'], feature: 'RGN', country: '', lat: 29.0, lon: 41.0 },
  { names: ['Donbas', 'Donbass'], feature: 'RGN', country: 'UA', lat: 48.3, lon: 38.3 },
  { names: ['Kurdistan'], feature: 'RGN', country: 'IQ', lat: 36.2, lon: 44.0 },
  { names: ['Gaza Strip', 'Gaza'], feature: 'RGN', country: 'PS', lat: 31.42, lon: 34.38 },
  { names: ['West Bank'], feature: 'RGN', country: 'PS', lat: 32.0, lon: 35.25 },
  { names: ['Darfur'], feature: 'RGN', country: 'SD', lat: 13.5, lon: 24.0 },
  { names: ['Kashmir'], feature: 'RGN', country: 'IN', lat: 34.5, lon: 76.0 },
  { names: ['Siberia'], feature: 'RGN', country: 'RU', lat: 60.0, lon: 100.0 },
  { names: ['Balkans'], feature: 'RGN', country: '', lat: 43.0, lon: 21.0 },
  { names: ['Caucasus'], feature: 'RGN', country: '', lat: 42.5, lon: 45.0 },
  { names: ['Sahel'], feature: 'RGN', country: '', lat: 15.0, lon: 5.0 },
  { names: ['Scandinavia'], feature: 'RGN', country: '', lat: 62.0, lon: 15.0 },
  { names: ['Caribbean'], feature: 'RGN', country: '', lat: 15.0, lon: -75.0 },
];

/** Country names news uses beyond the package's common, official and alternative spellings. */
export const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['America', 'U.S.', 'U.S.A.', 'United States'],
  GB: ['Britain', 'U.K.', 'Great Britain', 'United Kingdom'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  KP: ['North Korea'],
  KR: ['South Korea'],
  PS: ['Palestine'],
  VA: ['Vatican'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  TR: ['Turkiye', 'Türkiye'],
};

/** Demonyms beyond the package's, with the area they point to (an ISO code or an area name). */
export const EXTRA_DEMONYMS: Record<string, string> = {
  British: 'GB', Britons: 'GB', Americans: 'US', European: 'Europe', Europeans: 'Europe',
  African: 'Africa', Asian: 'Asia', 'Latin American': 'South America', Kurdish: 'Kurdistan',
  Palestinian: 'PS', Russians: 'RU', Ukrainians: 'UA', Syrians: 'SY', Canadians: 'CA',
  Australians: 'AU', Israelis: 'IL', Iranians: 'IR', Iraqis: 'IQ', Afghans: 'AF',
  Scottish: 'Scotland', Welsh: 'Wales', Crimean: 'Crimea', Chechen: 'Chechnya',
  'Middle Eastern': 'Middle East',
};
