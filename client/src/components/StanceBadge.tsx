import type { StanceT } from '../../../graph/schema/nodes.js';
import { useT } from '../i18n/i18n.js';

/**
 * A statement's stance as text (never colour alone); focus or hover shows the words that decided
 * it. Focusable so that keyboard users reach the cue too, except inside a widget that keeps focus
 * itself (a search's options: `focusable={false}`), where the cue is read out with the option.
 */
export function StanceBadge({ stance, cue, focusable = true }: { stance: StanceT; cue: string; focusable?: boolean }) {
  const { t } = useT();
  const why = cue ? `${t('stance.cue')}: «${cue}»` : t('stance.noCue');
  if (!focusable)
    return (
      <span className={`stance stance-${stance}`} title={why}>
        {t(`stance.${stance}`)}
        <span className="visually-hidden">. {why}</span>
      </span>
    );
  return (
    <span
      className={`stance stance-${stance}`}
      tabIndex={0}
      title={why}
      aria-label={`${t(`stance.${stance}`)}. ${why}`}
    >
      {t(`stance.${stance}`)}
    </span>
  );
}
