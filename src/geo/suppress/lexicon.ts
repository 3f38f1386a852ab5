/** General lexicons: titles, common first names, organisation and media words, unit words. */

export const TITLES = new Set(
  `mr mrs ms miss dr prof president vice secretary minister premier chancellor prime gen general
  lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral cmdr commander marshal
  sen senator rep representative gov governor mayor judge justice king queen prince princess pope
  sheikh emir ayatollah rev reverend father sister brother lord lady sir dame officer chief deputy
  ambassador envoy spokesman spokeswoman spokesperson director chairman chairwoman ceo founder
  coach manager analyst correspondent reporter journalist mp mep patriarch metropolitan bishop
  archbishop cardinal imam rabbi detective inspector constable sheriff councillor councilman
  councilwoman senior advisor adviser aide speaker leader head commissioner attorney`.split(/\s+/),
);

export const FIRST_NAMES = new Set(
  `aaron adam adrian ahmed ahmad alan albert alex alexander alexandra alexei alexey ali alice alina
  alison amanda amy ana anastasia andrea andrei andrew andriy andrii angela ann anna anne anthony
  antony anton antonio arthur ashley barack barbara ben benjamin bernard beth betty bill billy bob
  boris brad brandon brian bruce carl carlos carol caroline catherine charles charlie chris
  christian christina christine christopher claire colin craig dan daniel danny david dean deborah
  denis dennis denys diana dmitry dmytro donald donna doug douglas dylan ed edward elena elizabeth
  ellen emily emma emmanuel eric erik eugene evgeny frank fred gary george gerald gordon grace
  greg gregory hannah harold harry heather helen henry hillary howard hugh ian igor ihor irina
  isaac jack jacob jake james jane janet jason jean jeff jeffrey jennifer jeremy jerry jessica jim
  jimmy joan joe joel john johnny jon jonathan jose joseph josh joshua juan judy julia julie justin
  nataliya natalia oksana olena iryna tetiana tetyana kateryna svitlana halyna yevhen vadym vitalii
  oleh denys andriy volodymyr vasyl bohdan yaroslav karen kate katherine kathleen keith kelly ken kenneth kevin kim kirill kyle larry laura lauren
  lawrence lee leon leonid linda lisa lloyd louis lucy luke lyudmyla maksym margaret maria marie
  mark martin mary matt matthew maxim michael michelle mike mikhail mohammed muhammad mykhailo
  mykola nancy natalia nathan neil nicholas nick nicole nikolai oleg oleksandr oleksiy oleksii olga
  oliver pamela patricia patrick paul pavlo pedro peter petro philip rachel ralph ramzan randy ray
  raymond rebecca richard rick rob robert robin roger roman ron ronald rose ruslan russell ryan sam
  samuel sandra sara sarah scott sean serhiy sergei sergey sergiy sharon shirley simon sophie
  stanley stephen steve steven stuart susan taras ted teresa terry thomas tim timothy tina todd
  tom tony tyler valeriy valery vasily victor viktor vincent vitaliy vitaly vitali vladimir
  volodymyr walter wayne william xi yulia yuri yuriy zachary`.split(/\s+/),
);

/** Words that end the name of an organisation or a medium ("The Washington Post", "King's College"). */
export const ORGANISATION_WORDS = new Set(
  `post times journal herald tribune gazette telegraph chronicle mail observer examiner inquirer
  courier dispatch bulletin press standard independent guardian express daily weekly magazine
  news radio tv television network broadcasting university college institute school academy
  club fc united rovers corporation corp company co inc ltd llc group party bank council committee
  ministry department agency service services foundation association federation union league
  commission authority airlines airways records studios church cathedral`.split(/\s+/),
);

/** Words that follow the name of a military or police unit ("the Kraken unit"). */
export const UNIT_WORDS = new Set(
  `unit units brigade brigades battalion battalions regiment regiments division divisions squad
  squadron platoon corps detachment branch legion battlegroup special`.split(/\s+/),
);
