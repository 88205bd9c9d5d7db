/** The kinds of repository the checklist knows (CHECKLIST §5). */
export const PROFILES = ['ml-application', 'ml-library', 'library'] as const;
export type Profile = (typeof PROFILES)[number];

/** A profile as a user sets it: `auto` asks the tool to infer it. */
export type ProfileSetting = Profile | 'auto';

export const PROFILE_SETTINGS: readonly ProfileSetting[] = ['auto', ...PROFILES];

/** Where the profile came from: inferred from the repository, the config file, or an action/CLI input. */
export type ProfileSource = 'inferred' | 'config' | 'input';

export interface ProfileDecision {
  profile: Profile;
  /** Sentences that justify the profile, each naming a file (and line where there is one). */
  reasons: string[];
  source: ProfileSource;
}

export function isProfileSetting(value: string): value is ProfileSetting {
  return (PROFILE_SETTINGS as readonly string[]).includes(value);
}
