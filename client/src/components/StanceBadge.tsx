import type { StanceT } from '../../../graph/schema/nodes.js';
import { useT } from '../i18n/i18n.js';

/**
 * A statement's stance as text (never colour alone); focus or hover shows the words that decided
 * it. Focusable so that keyboard users reach the cue too.
 */
export function StanceBadge({ stance, cue }: { stance: StanceT; cue: string }) {
  const { t } = useT();
  const why = cue ? `${t('stance.cue')}: «${cue}»` : t('stance.noCue');
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
