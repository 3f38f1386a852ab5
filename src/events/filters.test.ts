import { describe, expect, it } from 'vitest';
import { disclaimerAfter, isCaption, isDurative, isHypothetical, isNegated, localHedge } from './filters.js';

function hypothetical(sentence: string, trigger: string, announcement = false): boolean {
  const at = sentence.indexOf(trigger);
  return isHypothetical(sentence, at, at + trigger.length, announcement);
}

describe('isHypothetical', () => {
  it('rejects conditions, forecasts, intentions and modal clauses', () => {
    expect(hypothetical('If the gains are confirmed, Kyiv could retake Lyman.', 'retake')).toBe(true);
    expect(hypothetical('A seizure of Lyman would cut the road to the north.', 'seizure')).toBe(true);
    expect(hypothetical('Bloggers predicted Ukraine will seize the city soon.', 'seize')).toBe(true);
    expect(hypothetical('The army made no secret of its intention to retake the city.', 'retake')).toBe(true);
    expect(hypothetical('During operations to recapture lost ground near Izium, troops advanced.', 'recapture')).toBe(
      true,
    );
    expect(hypothetical('Commanders are preparing to recapture Lyman.', 'recapture')).toBe(true);
    expect(hypothetical('Officials expect Ukrainian forces to retake Lyman within days.', 'retake')).toBe(true);
  });
  it('keeps reports of what happened', () => {
    expect(hypothetical('Ukrainian troops retook Lyman on Saturday.', 'retook')).toBe(false);
    expect(hypothetical('In one clip a flag can be seen over the town hall that troops retook.', 'retook')).toBe(false);
    expect(hypothetical('Ukrainian troops managed to retake Lyman on Sunday.', 'retake')).toBe(false);
    expect(hypothetical('The ministry said it had decided to withdraw its troops from Lyman.', 'withdraw', true)).toBe(
      false,
    );
  });
  it('keeps an announced decision for strategic developments, not a speculation', () => {
    const s = 'The ministry said the troops would be regrouped from the Lyman area.';
    expect(hypothetical(s, 'regrouped', true)).toBe(false);
    expect(hypothetical(s, 'regrouped', false)).toBe(true);
    expect(hypothetical('Analysts said a withdrawal from Lyman could come within weeks.', 'withdrawal', true)).toBe(
      true,
    );
  });
  it('does not take the month of May for a modal', () => {
    expect(hypothetical('Since May, Russian forces shelled Nikopol every night.', 'shelled')).toBe(false);
  });
});

describe('isNegated', () => {
  const neg = (s: string, t: string) => isNegated(s, s.indexOf(t));
  it('finds denials and negations just before the trigger', () => {
    expect(neg('Russia denied shelling the town.', 'shelling')).toBe(true);
    expect(neg('There was no fighting in Izium on Monday.', 'fighting')).toBe(true);
  });
  it('leaves plain reports alone', () => {
    expect(neg('Russia shelled the town again.', 'shelled')).toBe(false);
  });
});

describe('isDurative', () => {
  it('marks states that last, not events', () => {
    expect(isDurative('The area has been the scene of heavy fighting near Siversk.')).toBe(true);
    expect(isDurative('…where some of the heaviest fighting has taken place in recent months.')).toBe(true);
    expect(isDurative('Fighting continued outside Lyman on Saturday.')).toBe(false);
  });
});

describe('isCaption', () => {
  it('recognises photo and video captions', () => {
    expect(isCaption('Friday shows firefighters in a building hit by a Russian airstrike in Kharkiv.')).toBe(true);
    expect(isCaption('A flat in Kharkiv struck by Russian missiles is pictured on Friday.')).toBe(true);
    expect(isCaption('Footage circulating online shows a flag over the school in Izium.')).toBe(true);
  });
  it('leaves reports alone', () => {
    expect(isCaption('Russian missiles struck a flat in Kharkiv on Friday, the mayor said.')).toBe(false);
    // footage cited as the source after the statement, as a speaker would be
    expect(
      isCaption('Soldiers hoisted their flag over the school in Izium, photographs shared by the army showed.'),
    ).toBe(false);
    expect(isCaption('Troops entered the centre of Hroza on Monday, according to a video posted by the brigade.')).toBe(
      false,
    );
    expect(
      isCaption(
        'Troops entered Hroza on Monday, photographs posted by the brigade showed, a week after the assault began.',
      ),
    ).toBe(false);
    // a caption with its own credit stays a caption
    expect(
      isCaption(
        'A flat in Kharkiv struck by Russian missiles is pictured on Friday, photographs by the city council show.',
      ),
    ).toBe(true);
    expect(isCaption('Videos shared by soldiers showed a flag over the school in Izium.')).toBe(true);
  });
});

describe('localHedge', () => {
  it('reads unconfirmed and hedged wording', () => {
    expect(localHedge('Unconfirmed footage appeared to show troops in Izium.')).toBe('unconfirmed');
    expect(localHedge('Troops reportedly entered Izium.')).toBe('hedged');
    expect(localHedge('Troops entered Izium on Saturday.')).toBeNull();
  });
});

describe('disclaimerAfter', () => {
  it('reads a following sentence that says the report could not be checked', () => {
    expect(disclaimerAfter('His claim could not be verified.')).toBe('unconfirmed');
    expect(disclaimerAfter('Neither account could be checked independently.')).toBe('unconfirmed');
  });
  it('leaves other sentences alone', () => {
    expect(disclaimerAfter('The claim was repeated by the ministry on Friday.')).toBeNull();
    expect(disclaimerAfter('Officials could not be reached for comment.')).toBeNull();
    expect(disclaimerAfter(null)).toBeNull();
  });
});
