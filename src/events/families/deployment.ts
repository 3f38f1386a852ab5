import { words, type TriggerFamily } from '../family.js';

/**
 * Forces are sent somewhere: "sent reinforcements to X", "redeployment towards X", "deployed
 * paratroopers around X" (ACLED: Strategic developments / Change to group/activity).
 *
 *   matches:  "The army announced it had sent reinforcements to the Zaporizhzhia region."
 *   must not: "Kyiv urged its allies to deploy more air defence near Zaporizhzhia." (a request)
 */
export const deployment: TriggerFamily = {
  name: 'deployment',
  event_type: 'Strategic developments',
  sub_event_type: 'Change to group/activity',
  triggers: [words('reinforcements', 'redeploy(?:ed|ment|ing)', 'deploy(?:ed|ment)')],
  anchor: 'object',
  announcement: true,
  examples: {
    matches: ['The army announced it had sent reinforcements to the Zaporizhzhia region.'],
    rejects: ['Kyiv urged its allies to deploy more air defence near Zaporizhzhia.'],
  },
};
