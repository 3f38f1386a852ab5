/** One colour per ACLED event_type, used by the map, the list and the legend alike. */
export const typeColours: Record<string, string> = {
  Battles: '#c62828',
  'Explosions/Remote violence': '#ef6c00',
  'Violence against civilians': '#6a1b9a',
  Protests: '#2e7d32',
  Riots: '#6d4c41',
  'Strategic developments': '#00897b',
};

export const colourOf = (eventType: string): string => typeColours[eventType] ?? '#455a64';

export const controlColours: Record<string, string> = {
  occupied: '#e53935',
  contested: '#fbc02d',
  liberated: '#5c6bc0',
};

/** marker radius in pixels: grows with the square root of the independent outlets */
export const radiusOf = (corroboration: number): number => 5 + 3 * Math.sqrt(Math.max(0, corroboration - 1));
