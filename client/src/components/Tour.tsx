import { useState } from 'react';
import { useT } from '../i18n/i18n.js';

const STEPS = ['tour.1', 'tour.2', 'tour.3', 'tour.4'] as const;
export const TOUR_SEEN_KEY = 'sakskart.tourSeen';

/** A short guided tour: shown on first visit, reopened from "Kom i gang". */
export function Tour({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const [step, setStep] = useState(0);
  const last = step === STEPS.length - 1;
  return (
    <div className="tour-backdrop">
      <div className="tour" role="dialog" aria-modal="true" aria-labelledby="tour-title">
        <h2 id="tour-title">
          {t('tour')} {step + 1}/{STEPS.length}
        </h2>
        <p>{t(STEPS[step]!)}</p>
        <div className="tour-buttons">
          <button type="button" onClick={onClose}>
            {t('tour.skip')}
          </button>
          <button type="button" autoFocus onClick={() => (last ? onClose() : setStep(step + 1))}>
            {last ? t('tour.done') : t('tour.next')}
          </button>
        </div>
      </div>
    </div>
  );
}
