/**
 * Test helpers: an Article of one's own sentences with toponyms resolved from a small table of
 * places (GeoNames coordinates and populations), for the checks' tests while the geoparser is
 * not needed. Only tests import this file.
 */
import type { Article, Place, ToponymMention } from '../model.js';
import { plainArticle } from '../testing/article.js';

export const PLACES: Record<string, Place> = {
  Kharkiv: place(706483, 'Kharkiv', 49.98081, 36.25272, 1433886, 'PPLA'),
  Balakliia: place(712926, 'Balakliia', 49.45595, 36.84433, 26921),
  Kupiansk: place(703656, 'Kupiansk', 49.71003, 37.61581, 27169),
  Izium: place(707292, 'Izium', 49.20697, 37.27679, 45884),
  Chuhuiv: place(710403, 'Chuhuiv', 49.83559, 36.68660, 32636),
  Lyman: place(704204, 'Lyman', 48.98560, 37.80520, 20066),
  Sloviansk: place(693468, 'Sloviansk', 48.86667, 37.61667, 124800),
  Vovchansk: place(689304, 'Vovchansk', 50.29078, 36.94108, 18432),
  Siversk: place(699712, 'Siversk', 48.86817, 38.10146, 11068),
  Lysychansk: place(702972, 'Lysychansk', 48.91676, 38.42446, 103459),
};

function place(geonameid: number, name: string, lat: number, lon: number, population: number, feature = 'PPL'): Place {
  return { geonameid, name, featureClass: 'P', feature, country: 'UA', admin1: null, lat, lon, population };
}

/** An article whose toponyms are every occurrence of the given surface forms (surface → place key). */
export function articleWith(text: string, names: Record<string, string>, published = '2022-09-09'): Article {
  const toponyms: ToponymMention[] = [];
  for (const [surface, key] of Object.entries(names)) {
    let i = text.indexOf(surface);
    while (i >= 0) {
      toponyms.push({ start: i, end: i + surface.length, text: surface, place: PLACES[key]!, confidence: 0.9 });
      i = text.indexOf(surface, i + surface.length);
    }
  }
  toponyms.sort((a, b) => a.start - b.start);
  return plainArticle(text, { id: 'a1', published, toponyms });
}
