/**
 * Common first names, lower-cased: English and international ones, and the East Slavic names of
 * the region's reporting in their several romanisations (Oleksandr, Aleksandr, Alexander). A first
 * name before a capitalised word marks a person: geoparsing leaves "Florence Smith" alone, the
 * entities stage reads "Valentina Kovalenko" as a person. No entry is a particular story's person.
 *
 *   a person:  "Olena Kovalenko said", "spokesman Andriy Shevchenko"
 *   not alone: "Florence" on its own is still a town (geoparsing weighs the place's size)
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `
  aaron abdul abigail adam adrian ahmad ahmed alan albert aleksandar aleksandr aleksei alex
  alexander alexandr alexandra alexei alexey alexis alfred ali alice alina alison allan ally
  amanda amber amy ana anastasia anatoliy anatoly andrea andrei andrew andrey andrii andriy andy
  angela angie ann anna anne annie anthony anton antonio antony arnold arsen arseniy artem arthur
  artyom ashley audrey austin barack barbara barry bashar beatrice ben benjamin bernard bernie
  beth betsy betty beverly bill billy bob bobby bogdan bohdan boris borys brad brandon brenda
  brett brian bridget brittany bruce bryan calvin cameron carl carla carlos carmen carol caroline
  carolyn carrie carter catherine cathy cecilia chad charles charlie charlotte chase cheryl chloe
  chris christian christina christine christopher christy chuck cindy claire clarence claudia
  clint cody colin colleen connie corey courtney craig cynthia dale dan dana daniel danielle danny
  darren dave david dawn dean debbie deborah debra denis denise dennis denys derek diana diane
  dmitri dmitriy dmitry dmytro dominic don donald donna doris dorothy doug douglas duncan dustin
  dylan earl ed eddie edgar edith edward eileen ekaterina elaine eleanor elena eli elijah
  elizabeth ellen ellie elsa emilio emily emma emmanuel eric erik ernest esther ethan eugene eva
  evan evelyn evgeny fedir felix fiona florence floyd frances francis francois frank franklin fred
  fyodor gabriel gail galina gary gavin gene gennady gennifer george georgia gerald gina glen
  glenn gloria gordon grace grant greg gregory grigory gwen hailey halyna hank hanna hannah harold
  harry harvey hassan hazel heather heidi helen hennadiy henry herbert hillary holly howard
  hryhoriy hugh huma hunter ian igor ihor ilya irina iryna isaac isabella ivan ivanka jacinda jack
  jackie jackson jacob jacqueline jair jake james jamie jane janet janice jared jason jay jean jeb
  jeff jeffrey jennifer jenny jens jeremy jerome jerry jesse jessica jill jim jimmy jo joan joanna
  jodie joe joel joey john johnny jon jonathan jordan jose josep joseph josephine josh joshua joy
  joyce juan judith judy julia julian julie june justin kamala kara karen karl kate kateryna
  katherine kathleen kathryn katie kay kayla keith kelly kellyanne kelvin ken kenneth kent kerry
  kevin kim kimberly kirill kirilo kirk konstantin kostiantyn kurt kyle kyrylo lance larry larysa
  laura lauren lawrence leah lee leo leon leonard leonid leslie lily linda lindsay lisa liudmyla
  liz lloyd logan lois lori lorraine louis louise lucy luis luiz luke lydia lynn lyudmila lyudmyla
  mabel mackenzie madison maksym marco marcus margaret margo maria marian marie mariia marilyn
  mario marion mariya mark marsha martha martin marty marvin mary mason matt matthew maureen max
  maxim megan melania melanie melissa mia michael michelle miguel mike mikhail mikheil miles
  milton miranda mitch mohammed molly monica morgan morris muhammad murray mykhailo mykola myrtle
  nadia nancy naomi narendra natalia natalie nataliia nataliya nathan neal ned neil newt nicholas
  nick nicolas nicole nigel nikita nikolai nina noah nora norman oksana olaf oleg oleh oleksandr
  oleksii oleksiy olena olga olha olive oliver olivia omar oscar owen paige pam pamela patricia
  patrick paul pavel pavlo pedro peggy penny percy peter petr petro phil philip phyllis preston
  priscilla pyotr quentin rachel rafael ralph ramzan rand randall randy ray raymond rebecca recep
  reggie reince rhonda richard rick rishi rita rob robert roberta robin rodney roger roman ron
  ronald rosa rose ross roy ruby rudy ruslan russ russell rustem ruth ryan sabrina sally sam
  samantha samuel sandra sandy sara sarah scott sean selena sergei sergey sergio sergiy serhii
  serhiy seth shane shannon sharon shawn sheila shelby shinzo shirley sidney simon sonia sophia
  sophie stacy stanislav stanley stella stepan stephanie stephen steve steven stuart sue susan
  svetlana svitlana sylvia tammy tanya tara taras tatiana taylor tayyip ted teresa terri terry
  tessa tetiana tetyana theo theresa thomas tiffany tim timothy tina toby todd tom tommy tony
  tracy travis trevor troy tucker tyler ursula vadim vadym valentina valeri valerii valeriy valery
  vanessa vasily vasyl vera vernon vicky victor victoria viktor viktoriia vincent viola virginia
  vitali vitalii vitaliy vitaly vladimir volodymyr vyacheslav wade wallace walter wanda warren
  wayne wendy wesley whitney wilbur william willie wilma winston xi yaroslav yevgeniy yevgeny
  yevhen yulia yuliia yuliya yuri yurii yuriy yury yvonne zachary zinaida zoe`
    .trim()
    .split(/\s+/),
);
