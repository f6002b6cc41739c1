import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { en } from '../../i18n/locales/en';
import { useSaleDetailsT } from './useSaleDetailsT';

function Probe() {
  const t = useSaleDetailsT();
  return (
    <>
      {t('saleDetails.lines.title')}|{t('saleDetails.rejectionCode.DUPLICATE')}
    </>
  );
}

describe('useSaleDetailsT', () => {
  it('adds the sale view labels to the language on screen only, keeping the kit reasons', () => {
    const i18n = i18next.createInstance();
    void i18n.use(initReactI18next).init({
      lng: 'en',
      fallbackLng: false,
      initAsync: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      resources: { en: { translation: en } },
    });
    // The first-load kit has the reasons but not the rest of the view.
    expect(i18n.exists('saleDetails.rejectionCode.DUPLICATE')).toBe(true);
    expect(i18n.exists('saleDetails.lines.title')).toBe(false);
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <Probe />
      </I18nextProvider>,
    );
    expect(html).toBe('Products|Already claimed');
    // Russian was never fetched: adding to it would make i18next skip the fetch.
    expect(i18n.hasResourceBundle('ru', 'translation')).toBe(false);
  });
});
