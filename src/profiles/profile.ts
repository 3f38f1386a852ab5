/**
 * The shape of a conflict profile (profiles/*.json, validated against profiles/profile.schema.json
 * when loaded): what belongs to one war — its parties and the words that name them, their ACLED
 * actor names by period, their leaders, the words each side's media use — so that no stage's code
 * names a party. The schema's descriptions say what each field is for.
 */

/** An ACLED actor name and the dates (inclusive, ISO) it applies to. */
export interface ActorName {
  name: string;
  from?: string;
  to?: string;
}

export interface ProfilePerson {
  name: string;
  variants?: string[];
  role?: string;
  from?: string;
  to?: string;
}

export interface ProfileSide {
  /** the side as stored and shown on entities, claims and statements */
  id: string;
  /** ISO 3166-1 alpha-2 of the state this side governs */
  country?: string;
  names: string[];
  demonyms?: string[];
  seats?: string[];
  institutions?: string[];
  affiliates?: string[];
  installedBy?: string;
  opponent?: string;
  leaders?: ProfilePerson[];
  forces?: ActorName[];
  police?: ActorName[];
  government?: ActorName[];
  gainWords?: string[];
  epithets?: string[];
}

export interface ProfileOrganisation {
  acronym: string;
  canonical: string;
  side: string;
  kind?: 'organization' | 'group';
}

export interface ArmedGroup {
  names: string[];
  actor: string;
  inter: number;
  side?: string;
}

export interface ConflictProfile {
  id: string;
  name: string;
  countries: string[];
  sides: ProfileSide[];
  organisations?: ProfileOrganisation[];
  armedGroups?: ArmedGroup[];
}

/** The profile an article is read with, and how it was chosen. */
export interface ArticleProfile {
  /** a profile id, or 'generic' when no profile's countries hold the article's places */
  id: string;
  by: 'places' | 'forced';
}
