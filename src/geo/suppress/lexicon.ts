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
  tom tony tyler amber lucy tanya marty kathleen clarence dorothy frances florence gloria
  jordan morgan taylor madison logan hunter carter austin cameron chase mason jackson tucker
  alfred allan alice ally andy angie annie arnold audrey barry beatrice bernie betsy beverly
  brenda brett bridget bryan calvin carla carmen carrie cathy cecilia chad charlotte cheryl chloe
  christy cindy claudia clint cody colleen connie courtney cynthia dale dana darren dave dawn
  debbie denise derek diane dominic don doris duncan dustin earl eddie edgar edith eileen elaine
  eleanor eli elijah ellie elsa emilio emma eric ernest esther ethan eva evan evelyn felix fiona
  floyd francis franklin gabriel gail gavin gene georgia gina glen glenn grant gwen hailey hank
  harvey hazel heidi herbert holly hunter ivan jackie jacqueline jamie janice jared jay jean jenny
  jerome jesse jill jo joanna jodie joey johnny jordan josephine joy joyce julian june kara karl
  katie kay kayla kelvin kent kerry kirk kurt lance leah leo leonard leslie lily lindsay lisa lloyd
  lois lorraine louise luis lydia lynn mabel mackenzie marcus margo marian marilyn mario marion
  marsha marty marvin maureen max megan melanie melissa mia miles milton miranda molly monica
  morris murray myrtle nadia naomi natalie neal ned nigel nina noah nora norman olive olivia oscar
  owen paige pam peggy penny percy phil phyllis preston priscilla quentin ralph randall reggie
  rhonda rita rob roberta rodney rosa ross roy ruby rudy russ ruth sabrina sally sandy scott
  selena seth shane shannon shawn sheila shelby sidney sonia stacy stella sue sylvia tammy tara
  ted terri tessa theo theresa tiffany toby todd tommy tracy travis trevor troy vanessa vera
  vernon vicky victoria viola virginia wade wallace wanda warren wendy wesley whitney wilbur
  willie wilma winston yvonne zoe tom tony tyler valeriy valery vasily victor viktor vincent vitaliy vitaly vitali vladimir
  volodymyr walter wayne william xi yulia yuri yuriy zachary
  hanna olha yuliia tatiana nataliia liudmyla lyudmila larysa viktoriia mariia serhii yurii valerii
  pavel yevgeny stepan vadim kyrylo hennadiy gennady anatoliy anatoly arseniy borys fedir fyodor
  kostiantyn konstantin`.split(/\s+/),
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
