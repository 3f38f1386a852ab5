import { analyseArticle } from '/work/main/dist/pipeline.js';
import { textArticle } from '/work/main/dist/model.js';
const texts = process.argv.slice(2);
for (const t of texts) {
  const a = analyseArticle({ ...textArticle(t), published: '2021-11-30' });
  console.log('TEXT:', t.slice(0, 120));
  for (const e of a.events ?? []) console.log('  EVENT', e.event_type, '/', e.sub_event_type, '|', e.trigger.text, '|', e.location?.text, e.actor1, '/', e.actor2);
  for (const n of a.nonEvents ?? []) console.log('  NON', JSON.stringify(n).slice(0, 200));
}
