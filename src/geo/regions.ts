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
interface RegionName {
  country: string;
  /** GeoNames admin1 code (US, GB) … */
  code?: string;
  /** … or the seat's name, from which the admin1 code is taken */
  seat?: string;
  names: string[];
  /** representative point as GeoNames gives it, where the extent of cities500 places is a poor guess */
  lat?: number;
  lon?: number;
}

interface AreaName {
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
  { country: 'CA', seat: 'Edmonton', names: ['Alberta'], lat: 52.28333, lon: -117.469 },
  { country: 'CA', seat: 'Victoria', names: ['British Columbia', 'B.C.', 'BC'], lat: 53.99983, lon: -125.0032 },
  { country: 'CA', seat: 'Winnipeg', names: ['Manitoba'], lat: 55.00019, lon: -97.00049 },
  { country: 'CA', seat: 'Fredericton', names: ['New Brunswick'], lat: 46.50018, lon: -66.00058 },
  { country: 'CA', seat: "St. John's", names: ['Newfoundland and Labrador', 'Newfoundland'], lat: 52.0, lon: -56.0 },
  { country: 'CA', seat: 'Halifax', names: ['Nova Scotia'], lat: 45.00015, lon: -62.99865 },
  { country: 'CA', seat: 'Toronto', names: ['Ontario'], lat: 49.25014, lon: -84.49983 },
  { country: 'CA', seat: 'Québec', names: ['Quebec', 'Québec'], lat: 52.00017, lon: -71.99907 },
  { country: 'CA', seat: 'Charlottetown', names: ['Prince Edward Island'], lat: 46.33, lon: -63.25 },
  { country: 'CA', seat: 'Regina', names: ['Saskatchewan'], lat: 54.0001, lon: -106.00099 },
  { country: 'CA', seat: 'Whitehorse', names: ['Yukon'], lat: 63.5, lon: -136.0 },
  { country: 'CA', seat: 'Yellowknife', names: ['Northwest Territories'], lat: 64.83, lon: -124.84 },
  { country: 'CA', seat: 'Iqaluit', names: ['Nunavut'], lat: 70.5, lon: -89.0 },
  { country: 'AU', seat: 'Sydney', names: ['New South Wales'], lat: -33.0, lon: 146.0 },
  { country: 'AU', seat: 'Melbourne', names: ['Victoria'], lat: -37.0, lon: 144.0 },
  { country: 'AU', seat: 'Brisbane', names: ['Queensland'], lat: -20.0, lon: 145.0 },
  { country: 'AU', seat: 'Perth', names: ['Western Australia'], lat: -25.0, lon: 122.0 },
  { country: 'AU', seat: 'Adelaide', names: ['South Australia'], lat: -30.0, lon: 135.0 },
  { country: 'AU', seat: 'Hobart', names: ['Tasmania'], lat: -42.0, lon: 147.0 },
  { country: 'AU', seat: 'Darwin', names: ['Northern Territory'], lat: -20.0, lon: 134.0 },
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
  // Sudan's states, through their capitals ("North Darfur state", as reports and ACLED's notes
  // write them); West Kordofan's capital is not a seat in cities500. "Red Sea" and "Northern"
  // alone are the sea and a word: only with "State".
  { country: 'SD', seat: 'Khartoum', names: ['Khartoum State'] },
  { country: 'SD', seat: 'El Obeid', names: ['North Kordofan', 'North Kordofan State', 'Shamal Kurdufan'] },
  { country: 'SD', seat: 'Kadugli', names: ['South Kordofan', 'South Kordofan State', 'Janub Kurdufan'] },
  { country: 'SD', seat: 'El Fasher', names: ['North Darfur', 'North Darfur State', 'Shamal Darfur'] },
  { country: 'SD', seat: 'Nyala', names: ['South Darfur', 'South Darfur State', 'Janub Darfur'] },
  { country: 'SD', seat: 'Geneina', names: ['West Darfur', 'West Darfur State', 'Gharb Darfur'] },
  { country: 'SD', seat: 'Zalingei', names: ['Central Darfur', 'Central Darfur State', 'Wasat Darfur'] },
  { country: 'SD', seat: 'El Daein', names: ['East Darfur', 'East Darfur State', 'Sharq Darfur'] },
  { country: 'SD', seat: 'Rabak', names: ['White Nile', 'White Nile State'] },
  { country: 'SD', seat: 'Ad-Damazin', names: ['Blue Nile', 'Blue Nile State'] },
  { country: 'SD', seat: 'Wad Medani', names: ['Al Jazirah', 'Al Jazirah State', 'Gezira', 'Gezira State', 'Al Gezira', 'El Gezira'] },
  { country: 'SD', seat: 'Singa', names: ['Sennar State', 'Sinnar State'] },
  { country: 'SD', seat: 'Al Qadarif', names: ['Gedaref State', 'Al Qadarif State'] },
  { country: 'SD', seat: 'Kassala', names: ['Kassala State'] },
  { country: 'SD', seat: 'Port Sudan', names: ['Red Sea State'] },
  { country: 'SD', seat: 'Ed Damer', names: ['River Nile', 'River Nile State', 'Nahr an Nil'] },
  { country: 'SD', seat: 'Dongola', names: ['Northern State'] },
  // Myanmar's states and regions not named after their capital ("Mon" alone is a weekday's
  // abbreviation, "Chin" a word: only with "State")
  { country: 'MM', seat: 'Myitkyina', names: ['Kachin', 'Kachin State'] },
  { country: 'MM', seat: 'Loikaw', names: ['Kayah', 'Kayah State', 'Karenni', 'Karenni State'] },
  { country: 'MM', seat: 'Hpa-An', names: ['Kayin', 'Kayin State', 'Karen State'] },
  { country: 'MM', seat: 'Hakha', names: ['Chin State'] },
  { country: 'MM', seat: 'Mawlamyine', names: ['Mon State'] },
  { country: 'MM', seat: 'Sittwe', names: ['Rakhine', 'Rakhine State', 'Arakan', 'Arakan State'] },
  { country: 'MM', seat: 'Taunggyi', names: ['Shan', 'Shan State'] },
  { country: 'MM', seat: 'Pathein', names: ['Ayeyarwady', 'Ayeyarwady Region', 'Irrawaddy Region'] },
  { country: 'MM', seat: 'Dawei', names: ['Tanintharyi', 'Tanintharyi Region'] },
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
  { country: 'CN', seat: 'Changsha', names: ['Hunan'] },
  { country: 'CN', seat: 'Shijiazhuang', names: ['Hebei'] },
  { country: 'CN', seat: 'Zhengzhou', names: ['Henan'] },
  { country: 'CN', seat: 'Jinan', names: ['Shandong'] },
  { country: 'CN', seat: 'Taiyuan', names: ['Shanxi'] },
  { country: 'CN', seat: 'Xi’an', names: ['Shaanxi'] },
  { country: 'CN', seat: 'Chengdu', names: ['Sichuan'] },
  { country: 'CN', seat: 'Kunming', names: ['Yunnan'] },
  { country: 'CN', seat: 'Guiyang', names: ['Guizhou'] },
  { country: 'CN', seat: 'Nanning', names: ['Guangxi'] },
  { country: 'CN', seat: 'Fuzhou', names: ['Fujian'] },
  { country: 'CN', seat: 'Hangzhou', names: ['Zhejiang'] },
  { country: 'CN', seat: 'Nanjing', names: ['Jiangsu'] },
  { country: 'CN', seat: 'Hefei', names: ['Anhui'] },
  { country: 'CN', seat: 'Nanchang', names: ['Jiangxi'] },
  { country: 'CN', seat: 'Shenyang', names: ['Liaoning'] },
  { country: 'CN', seat: 'Changchun', names: ['Jilin'] },
  { country: 'CN', seat: 'Harbin', names: ['Heilongjiang'] },
  { country: 'CN', seat: 'Hohhot', names: ['Inner Mongolia'] },
  { country: 'CN', seat: 'Lanzhou', names: ['Gansu'] },
  { country: 'CN', seat: 'Xining', names: ['Qinghai'] },
  { country: 'CN', seat: 'Yinchuan', names: ['Ningxia'] },
  { country: 'CN', seat: 'Haikou', names: ['Hainan'] },
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
  { names: ['European Union', 'EU'], feature: 'RGN', country: '', lat: 48.69, lon: 9.14 },
  { names: ['Arabian Peninsula', 'Arabia'], feature: 'RGN', country: '', lat: 23.0, lon: 46.0 },
  { names: ['Korean Peninsula'], feature: 'RGN', country: '', lat: 37.5, lon: 127.5 },
  // oceans and seas: natural features news names as places
  { names: ['Atlantic Ocean', 'Atlantic'], feature: 'RGN', country: '', lat: 10.0, lon: -25.0 },
  { names: ['Pacific Ocean', 'Pacific'], feature: 'RGN', country: '', lat: 0.0, lon: -160.0 },
  { names: ['Indian Ocean'], feature: 'RGN', country: '', lat: -10.0, lon: 75.0 },
  { names: ['Arctic Ocean', 'Arctic'], feature: 'RGN', country: '', lat: 85.0, lon: 0.0 },
  { names: ['Mediterranean Sea', 'Mediterranean'], feature: 'RGN', country: '', lat: 35.0, lon: 18.0 },
  { names: ['Black Sea'], feature: 'RGN', country: '', lat: 43.0, lon: 34.0 },
  { names: ['Sea of Azov'], feature: 'RGN', country: '', lat: 46.0, lon: 36.5 },
  { names: ['Baltic Sea', 'Baltic'], feature: 'RGN', country: '', lat: 58.0, lon: 20.0 },
  { names: ['Caspian Sea'], feature: 'RGN', country: '', lat: 42.0, lon: 50.5 },
  { names: ['Red Sea'], feature: 'RGN', country: '', lat: 20.0, lon: 38.5 },
  { names: ['Persian Gulf'], feature: 'RGN', country: '', lat: 27.0, lon: 51.0 },
  { names: ['South China Sea'], feature: 'RGN', country: '', lat: 12.0, lon: 114.0 },
  { names: ['North Sea'], feature: 'RGN', country: '', lat: 56.0, lon: 3.0 },
  // landmarks that stand for a government (metonymy) and are named as places
  { names: ['White House'], feature: 'RGN', country: 'US', admin1: 'DC', lat: 38.89768, lon: -77.03653 },
  { names: ['Pentagon'], feature: 'RGN', country: 'US', admin1: 'VA', lat: 38.87099, lon: -77.05596 },
  { names: ['Capitol Hill'], feature: 'RGN', country: 'US', admin1: 'DC', lat: 38.88993, lon: -77.00906 },
  { names: ['Kremlin'], feature: 'RGN', country: 'RU', admin1: '48', lat: 55.75202, lon: 37.61749 },
  { names: ['Downing Street'], feature: 'RGN', country: 'GB', admin1: 'ENG', lat: 51.50336, lon: -0.12764 },
  { names: ['Wall Street'], feature: 'RGN', country: 'US', admin1: 'NY', lat: 40.70643, lon: -74.00894 },
  { names: ['Silicon Valley'], feature: 'RGN', country: 'US', admin1: 'CA', lat: 37.37, lon: -122.04 },
];

/** Country names news uses beyond the package's common, official and alternative spellings. */
export const EXTRA_COUNTRY_NAMES: ReadonlyMap<string, string[]> = new Map(Object.entries({
  US: ['America', 'U.S.', 'U.S.A.', 'United States', 'US', 'USA'],
  GB: ['Britain', 'U.K.', 'Great Britain', 'United Kingdom', 'UK'],
  AE: ['UAE', 'U.A.E.'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  KP: ['North Korea'],
  KR: ['South Korea'],
  PS: ['Palestine'],
  VA: ['Vatican', 'Holy See'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
}));

/** Demonyms beyond the package's, with the area they point to (an ISO code or an area name). */
export const EXTRA_DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  British: 'GB', European: 'Europe', African: 'Africa', Asian: 'Asia',
  'Latin American': 'South America', Kurdish: 'Kurdistan', Palestinian: 'PS', Arab: 'Arabian Peninsula',
  Scottish: 'Scotland', Welsh: 'Wales', Crimean: 'Crimea', Chechen: 'Chechnya',
  'Middle Eastern': 'Middle East',
}));

/**
 * Countries whose names reach English through romanisation from another script: only there
 * are transliteration variants (Balaklyaya for Balakliia) expected, so only there does a
 * transliteration key count as a match.
 */
export const ROMANISED_COUNTRIES = new Set(
  `UA RU BY KZ KG TJ UZ TM MN BG RS MK ME BA GE AM AZ MD GR CY IL PS SY IQ IR AF PK IN BD NP LK
  SA YE OM AE QA BH KW JO LB EG LY TN DZ MA SD SS ER ET SO TD MR CN TW HK JP KR KP TH LA KH MM VN`.split(/\s+/),
);

/**
 * Country points as GeoNames gives them, where they differ much from the package's (GeoNames
 * puts Canada at 60.1 N 113.6 W, the package at 60 N 95 W).
 */
export const COUNTRY_POINTS: ReadonlyMap<string, [number, number]> = new Map(Object.entries({
  US: [39.76, -98.5], CA: [60.10867, -113.64258], AU: [-25, 135], JP: [35.68536, 139.75309],
  GB: [54.75844, -2.69531], IT: [42.83333, 12.83333], KR: [36.5, 127.75], IL: [31.5, 34.75],
  CN: [35, 105], IN: [22, 79], MX: [23, -102], BR: [-10, -55], FR: [46, 2], DE: [51.5, 10.5],
  ES: [40, -4], SY: [35, 38], IQ: [33, 44], IR: [32, 53], AF: [33, 66], PK: [30, 70],
}));

/**
 * Postal and AP abbreviations of US states and Canadian provinces, recognised only after
 * "Town," ("Edmonton, Ky.") where they cannot be a title or a word.
 */
export const REGION_ABBREVIATIONS: ReadonlyMap<string, [string, string]> = new Map(Object.entries({
  'Ala.': ['US', 'AL'], 'Ariz.': ['US', 'AZ'], 'Ark.': ['US', 'AR'], 'Calif.': ['US', 'CA'], 'Colo.': ['US', 'CO'],
  'Conn.': ['US', 'CT'], 'Del.': ['US', 'DE'], 'Fla.': ['US', 'FL'], 'Ga.': ['US', 'GA'], 'Ill.': ['US', 'IL'],
  'Ind.': ['US', 'IN'], 'Kan.': ['US', 'KS'], 'Kans.': ['US', 'KS'], 'Ky.': ['US', 'KY'], 'La.': ['US', 'LA'],
  'Md.': ['US', 'MD'], 'Mass.': ['US', 'MA'], 'Mich.': ['US', 'MI'], 'Minn.': ['US', 'MN'], 'Miss.': ['US', 'MS'],
  'Mo.': ['US', 'MO'], 'Mont.': ['US', 'MT'], 'Neb.': ['US', 'NE'], 'Nev.': ['US', 'NV'], 'N.H.': ['US', 'NH'],
  'N.J.': ['US', 'NJ'], 'N.M.': ['US', 'NM'], 'N.Y.': ['US', 'NY'], 'N.C.': ['US', 'NC'], 'N.D.': ['US', 'ND'],
  'Okla.': ['US', 'OK'], 'Ore.': ['US', 'OR'], 'Pa.': ['US', 'PA'], 'R.I.': ['US', 'RI'], 'S.C.': ['US', 'SC'],
  'S.D.': ['US', 'SD'], 'Tenn.': ['US', 'TN'], 'Tex.': ['US', 'TX'], 'Vt.': ['US', 'VT'], 'Va.': ['US', 'VA'],
  'Wash.': ['US', 'WA'], 'W.Va.': ['US', 'WV'], 'Wis.': ['US', 'WI'], 'Wyo.': ['US', 'WY'],
  'Alta.': ['CA', '01'], 'Man.': ['CA', '03'], 'Ont.': ['CA', '08'], 'Que.': ['CA', '10'], 'Sask.': ['CA', '11'], 'N.S.': ['CA', '07'],
}));
