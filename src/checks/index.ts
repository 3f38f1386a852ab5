/** The checks stage (#6): claims against the gazetteer (article stage) and control maps (corpus stage). */
export { checkArticle, geographicChecks, statementPatterns } from './check-article.js';
export {
  AreaCache,
  articleMapChecks,
  articleOwnChecks,
  checkControl,
  eventChecks,
  snapshotsOf,
  withChecks,
} from './check-control.js';
export { parseControlMap, statusAt, type ControlArea, type ControlSnapshot, type ControlStatus } from './control.js';
