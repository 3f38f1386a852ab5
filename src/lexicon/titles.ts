/**
 * Titles and role words, lower-cased, that stand before a person's name or for a person ("Brigadier
 * General", "the spokesman", "Dr"). Geoparsing reads a capitalised word after one as a name, not a
 * place ("Mayor Ivanenko"), and never takes one for a town itself ("Police Chief said"); the
 * entities stage reads them around a person's name as the person's role. Abbreviations are
 * written without their full stop.
 *
 *   a title:      "General Valery Smith", "Deputy Minister Olena Kovalenko", "Dr Jo Bloggs"
 *   not a title:  "general" in "the general public" is only a title before a name
 */
export const TITLES: ReadonlySet<string> = new Set(
  `
  mr mrs ms miss dr prof professor sir lady lord dame king queen prince princess pope sultan
  sheikh emir ayatollah rev reverend father sister brother patriarch metropolitan bishop archbishop
  cardinal imam rabbi
  president vice premier chancellor prime minister secretary deputy envoy ambassador
  gov governor mayor sen senator rep representative congressman congresswoman assemblyman
  delegate lawmaker mp mep speaker councillor councilor councilman councilwoman alderman
  judge justice attorney prosecutor sheriff detective inspector constable commissioner
  gen general brigadier lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral
  cmdr commander commander-in-chief marshal officer official chief head leader senior
  spokesman spokeswoman spokesperson director chairman chairwoman chair ceo founder coach manager
  advisor adviser aide analyst expert researcher correspondent reporter journalist editor
  `
    .trim()
    .split(/\s+/),
);
