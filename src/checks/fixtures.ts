/**
 * Test helpers: an Article of one's own sentences with toponyms resolved from a small table of
 * places (GeoNames coordinates and populations), for the checks' tests while the geoparser is
 * not needed. The checks' tests and the checks benchmark import this file.
 */
import type { Article, Place, ToponymMention } from '../model.js';
import { plainArticle } from '../testing/article.js';

/** Ids, coordinates, populations and feature codes as GeoNames' UA dump has them; keys and names are the spellings the tests write. */
export const PLACES: Record<string, Place> = {
  Kharkiv: place(706483, 'Kharkiv', 49.98177, 36.25475, 1421125, 'PPLA'),
  Balakliia: place(712926, 'Balakliia', 49.45595, 36.84433, 26334),
  Kupiansk: place(703656, 'Kupiansk', 49.71003, 37.61581, 27169, 'PPLA2'),
  Izium: place(707292, 'Izium', 49.20697, 37.27679, 45884, 'PPLA2'),
  Chuhuiv: place(710374, 'Chuhuiv', 49.83538, 36.6865, 36519, 'PPLA2'),
  Lyman: place(704204, 'Lyman', 48.99012, 37.80843, 20066, 'PPLA3'),
  Sloviansk: place(693468, 'Sloviansk', 48.84974, 37.59739, 105141),
  Vovchansk: place(689304, 'Vovchansk', 50.29078, 36.94108, 17459),
  Siversk: place(694403, 'Siversk', 48.86476, 38.09683, 10875, 'PPLA3'),
  Lysychansk: place(702972, 'Lysychansk', 48.91211, 38.42088, 93340, 'PPLA3'),
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
