/**
 * In the log, a reach-out nudge that named someone and went unanswered can still be marked
 * "we talked" afterwards (issue 11): a small button beside it records the contact at the
 * moment the person presses it. Once they were in touch since, it says so instead.
 */
import type { RecentNudge } from '../../src/log/recent.ts';
import type { State } from '../../src/state/types.ts';
import { t } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import { isolate } from './people-words.ts';

interface Props {
  readonly nudge: RecentNudge;
  readonly state: State;
  readonly command: CommandRunner;
  /** The nudge is still on the Now card, where Done records it. */
  readonly waiting: boolean;
}

export function LogWeTalked({ nudge, state, command, waiting }: Props) {
  const { personId } = nudge;
  if (personId === undefined || waiting) return null;
  const person = state.people.people.find((p) => p.id === personId);
  if (!person) return null;
  if (person.contacts.some((c) => c.at >= nudge.at)) return <span class="in-touch"> · {t('people_logInTouch')}</span>;
  if (nudge.outcome !== 'none' && nudge.outcome !== 'dismissed') return null;
  return (
    <button
      type="button"
      class="link we-talked"
      aria-label={t('people_logWeTalkedLabel', [isolate(person.name)])}
      aria-disabled={command.busy}
      onClick={() => void command.run('talked', { id: personId, at: Date.now() })}
    >
      {t('people_logWeTalked')}
    </button>
  );
}
