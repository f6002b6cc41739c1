/** The small pages a visitor sees when a short link does not lead anywhere, in English or Russian. */

export type PageLocale = 'en' | 'ru';
export type PageKind = 'unknown' | 'gone';

const TEXT: Record<PageLocale, Record<PageKind, { title: string; body: string }>> = {
  en: {
    unknown: { title: 'Link not found', body: 'This link does not exist. Check that it was copied completely.' },
    gone: {
      title: 'This link no longer works',
      body: 'The offer behind this link has ended or is paused. Ask the person who shared it for a new one.',
    },
  },
  ru: {
    unknown: { title: 'Ссылка не найдена', body: 'Такой ссылки нет. Проверьте, что она скопирована целиком.' },
    gone: {
      title: 'Ссылка больше не работает',
      body: 'Предложение по этой ссылке завершено или приостановлено. Попросите того, кто ею поделился, прислать новую.',
    },
  },
};

/** The visitor's preferred of English and Russian by Accept-Language (q-values honoured); English otherwise. */
export function pageLocale(acceptLanguage: string | undefined): PageLocale {
  if (!acceptLanguage) return 'en';
  let best: { locale: PageLocale; q: number } | null = null;
  for (const part of acceptLanguage.slice(0, 500).split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const primary = tag?.split('-')[0];
    if (primary !== 'en' && primary !== 'ru') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale: primary, q };
  }
  return best?.locale ?? 'en';
}

const cache = new Map<string, string>();

export function pageHtml(kind: PageKind, locale: PageLocale): string {
  const key = `${kind}:${locale}`;
  let html = cache.get(key);
  if (!html) {
    const { title, body } = TEXT[locale][kind];
    html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:15vh 24px;color:#1f2933;background:#f7f8fa}
main{max-width:32rem;margin:0 auto}h1{font-size:1.5rem;margin:0 0 .5rem}p{margin:0;color:#52606d}</style></head>
<body><main><h1>${title}</h1><p>${body}</p></main></body></html>
`;
    cache.set(key, html);
  }
  return html;
}
