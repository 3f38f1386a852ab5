/**
 * Reading conflict profiles: the ones shipped in `profiles/`, and a user's own (a path given to
 * `--profile`, or listed in SITREP_PROFILES, separated like PATH). Each file is checked against
 * `profiles/profile.schema.json`; a file that does not fit fails with one line naming the file and
 * the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { packageRoot } from '../geo/paths.js';
import type { ConflictProfile } from './profile.js';

export const PROFILE_DIR = join(packageRoot, 'profiles');
export const SCHEMA_FILE = join(PROFILE_DIR, 'profile.schema.json');

let validator: ValidateFunction | null = null;

function validate(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    validator = new Ajv({ allErrors: false, strict: true }).compile(schema);
  }
  return validator;
}

export class ProfileError extends Error {}

/**
 * Checks one parsed profile: the schema, then what a schema cannot say (a side named by
 * `opponent`, `installedBy` or an organisation exists; side ids are unique).
 */
export function checkProfile(value: unknown, file: string): ConflictProfile {
  const check = validate();
  if (!check(value)) {
    const e = check.errors![0];
    const field = e.instancePath || '/';
    const extra =
      e.keyword === 'additionalProperties'
        ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'`
        : '';
    throw new ProfileError(`${file}: ${field} ${e.message ?? 'is not valid'}${extra}`);
  }
  const profile = value as ConflictProfile;
  const ids = new Set<string>();
  profile.sides.forEach((s, i) => {
    if (ids.has(s.id)) throw new ProfileError(`${file}: /sides/${i}/id '${s.id}' is used by an earlier side`);
    ids.add(s.id);
  });
  const known = (id: string | undefined, field: string): void => {
    if (id !== undefined && !ids.has(id))
      throw new ProfileError(`${file}: ${field} '${id}' is not the id of a side of this profile`);
  };
  profile.sides.forEach((s, i) => {
    known(s.opponent, `/sides/${i}/opponent`);
    known(s.installedBy, `/sides/${i}/installedBy`);
  });
  (profile.organisations ?? []).forEach((o, i) => known(o.side, `/organisations/${i}/side`));
  (profile.armedGroups ?? []).forEach((g, i) => known(g.side, `/armedGroups/${i}/side`));
  return profile;
}

export function readProfile(file: string): ConflictProfile {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ProfileError(`${file}: ${(err as Error).message}`);
  }
  return checkProfile(value, file);
}

/** The profiles shipped with sitrep, in file-name order. */
export function bundledProfiles(): ConflictProfile[] {
  return readdirSync(PROFILE_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'profile.schema.json')
    .sort()
    .map((f) => readProfile(join(PROFILE_DIR, f)));
}

/** The user's own profile files named in SITREP_PROFILES. */
export function userProfileFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.SITREP_PROFILES ?? '').split(delimiter).filter(Boolean);
}
