/**
 * The /delen/ endpoint as a Request → Response handler: what it accepts and
 * what it refuses (privacy finding, honeypot, too large, wrong access code,
 * rate limit, not a form), what a browser without JavaScript gets back, and
 * that the contributor's name and e-mail reach only the request's description.
 */
import { describe, expect, it } from 'vitest';
import { accessCodeHash } from '../../src/contribute/access-code.ts';
import { formNames } from '../../src/contribute/contribution.ts';
import { contributeHandler, dutchToday, type HandlerOptions } from '../../src/contribute/handler.ts';
import { rateLimiter } from '../../src/contribute/rate-limit.ts';
import { StoreRefusal, type ContributionStore, type StoreRequest } from '../../src/contribute/store.ts';
import site from '../../src/site.config.ts';

/** A store that keeps what it is given. */
function recordingStore(fail?: StoreRefusal) {
  const saved: Array<{ request: StoreRequest; file: string; description: string }> = [];
  const store: ContributionStore = {
    async save(request) {
      if (fail) throw fail;
      const file = request.type === 'new' ? request.file({ draft: false }) : (request.apply('---\ntitle: Bestaand\nsummary: Een bestaande les met genoeg tekst.\n---\nTekst.\n') ?? '');
      const path = `content/${request.collection}/${request.type === 'new' ? request.slug : request.id}.md`;
      saved.push({ request, file, description: request.description(path) });
      return { file: path, url: 'https://git.example/pull/1' };
    },
  };
  return { store, saved };
}

const lesson = (extra: Record<string, string | string[]> = {}) => ({
  [formNames.kind]: 'lessons',
  title: 'Een vaste leesplek in de plusklas helpt',
  summary: 'Kinderen in de plusklas kregen een vaste leesplek. Dat gaf rust in de hele groep.',
  regions: ['heiloo'],
  topics: ['hoogbegaafdheid', 'gedrag'],
  date: '2026-03-02',
  'lessons-section0': 'Een vaste plek bij het raam, met een koptelefoon.',
  'lessons-section1': 'In het begin wilde iedereen er zitten.',
  [formNames.name]: 'Ans de Tester',
  [formNames.email]: 'ans@school.example',
  ...extra,
});

function form(fields: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) params.append(key, item);
  return params;
}

function post(fields: Record<string, string | string[]>, { json = true, headers = {} }: { json?: boolean; headers?: Record<string, string> } = {}) {
  return new Request('https://leernetwerk.example.nl/api/delen', {
    method: 'POST',
    body: form(fields),
    headers: { ...(json ? { Accept: 'application/json' } : { Accept: 'text/html' }), ...headers },
  });
}

function handler(options: Partial<HandlerOptions> = {}) {
  const recording = recordingStore();
  const handle = contributeHandler({ site, store: recording.store, today: () => '2026-03-14', ...options });
  return { handle, saved: recording.saved };
}

describe('the /delen/ endpoint accepts', () => {
  it('a lesson that passes the build’s rules, and hands the store a file without the contributor’s name or e-mail', async () => {
    const { handle, saved } = handler();
    const response = await handle(post(lesson()), { address: '10.0.0.1' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ ok: true, file: 'content/lessons/een-vaste-leesplek-in-de-plusklas-helpt.md', url: 'https://git.example/pull/1' });
    expect(saved).toHaveLength(1);
    const [{ file, description, request }] = saved as [(typeof saved)[number]];
    expect(request).toMatchObject({ type: 'new', collection: 'lessons', slug: 'een-vaste-leesplek-in-de-plusklas-helpt' });
    expect(file).toContain('title: Een vaste leesplek in de plusklas helpt\n');
    expect(file).toContain('date: 2026-03-02\n');
    expect(file).toContain('## Wat werkte?\n\nEen vaste plek bij het raam, met een koptelefoon.\n');
    expect(file).not.toMatch(/Ans de Tester|ans@school\.example/);
    expect(description).toContain('`Ans de Tester` (`ans@school.example`)');
    expect(description).toContain('content/lessons/een-vaste-leesplek-in-de-plusklas-helpt.md');
    expect(description).toContain('- Naam bij de les: nee');
    expect(description).not.toContain('Vraag het na');
  });

  it('puts a contributor’s own profile under "Geschreven door" only when they ticked yes', async () => {
    const { handle, saved } = handler();
    await handle(post(lesson({ [formNames.author]: 'sanne-dekker', [formNames.authorConsent]: 'ja' })));
    expect(saved[0]!.file).toContain('authors:\n  - sanne-dekker\n');
    // Nobody logs in: the redactie reads that the contributor chose this profile, and asks the person.
    expect(saved[0]!.description).toContain('koos zelf het profiel sanne-dekker als auteur');
    expect(saved[0]!.description).toContain('Vraag het na bij sanne-dekker voordat je publiceert.');
    const refused = await handle(post(lesson({ [formNames.author]: 'sanne-dekker' })));
    expect(refused.status).toBe(422);
    expect(saved).toHaveLength(1);
  });

  it('the form as the page’s script sends it (multipart, with a boundary in capitals)', async () => {
    const { handle, saved } = handler();
    const boundary = 'AaB03xBoundaryWithCapitals';
    const parts = Object.entries(lesson()).flatMap(([key, value]) =>
      [value].flat().map((item) => `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${item}\r\n`),
    );
    const request = new Request('https://leernetwerk.example.nl/api/delen', {
      method: 'POST',
      body: `${parts.join('')}--${boundary}--\r\n`,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Accept: 'application/json' },
    });
    expect((await handle(request)).status).toBe(201);
    expect(saved).toHaveLength(1);
  });

  it('a title sent with line breaks, written on one line as the CMS would', async () => {
    const { handle, saved } = handler();
    const response = await handle(post(lesson({ title: 'Een vaste leesplek\n---\ndraft: false\nin de plusklas' })));
    expect(response.status).toBe(201);
    expect(saved[0]!.file).toContain('\ntitle: "Een vaste leesplek --- draft: false in de plusklas"\n');
  });

  it('a plain form post without JavaScript, answered with a redirect to the thank-you page', async () => {
    const { handle, saved } = handler();
    const response = await handle(post(lesson(), { json: false }));
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/delen/bedankt/');
    expect(saved).toHaveLength(1);
  });

  it('an addition to a page, under a heading of its own, with updated set to today', async () => {
    const { handle, saved } = handler();
    const response = await handle(
      post({
        [formNames.kind]: 'addition',
        [formNames.page]: 'https://leernetwerk.example.nl/lessen/verzuim-begint-klein/',
        [formNames.addition]: 'Bij ons hielp ook een vast belmoment met ouders op maandag.',
        [formNames.name]: 'Ans',
        [formNames.email]: 'ans@school.example',
      }),
    );
    expect(response.status).toBe(201);
    expect(saved[0]!.request).toMatchObject({ type: 'addition', collection: 'lessons', id: 'verzuim-begint-klein' });
    expect(saved[0]!.file).toContain('updated: 2026-03-14\n');
    expect(saved[0]!.file).toMatch(/## Aanvulling van 14 maart 2026\n\nBij ons hielp ook een vast belmoment met ouders op maandag\.\n$/);
  });
});

describe('the /delen/ endpoint refuses', () => {
  it('a phone number in a lesson, with the privacy guard’s message, and stores nothing', async () => {
    const { handle, saved } = handler();
    const response = await handle(post(lesson({ summary: 'Bel de moeder van de leerling gerust op 06 12345678 als er iets is.' })));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.problems).toContainEqual(expect.objectContaining({ field: 'summary', privacy: true, message: expect.stringMatching(/lijkt op een telefoonnummer/) }));
    expect(saved).toEqual([]);
  });

  it('a child’s name with an age in the text', async () => {
    const { handle, saved } = handler();
    const response = await handle(post(lesson({ 'lessons-section1': 'Sem (7 jaar) wilde er steeds zitten en dat gaf ruzie.' })));
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toContainEqual(expect.objectContaining({ field: 'lessons-section1', privacy: true }));
    expect(saved).toEqual([]);
  });

  it('an e-mail address or phone number hidden in percent escapes of a link, which the build would find', async () => {
    const { handle, saved } = handler();
    const texts = ['Mail [de intern begeleider](mailto:jan%40school.example) gerust.', 'Of [bel even](tel:%30%36%31%32%33%34%35%36%37%38) na schooltijd.'];
    const response = await handle(post(lesson({ 'lessons-section1': texts[0]!, 'lessons-section2': texts[1]! })));
    expect(response.status).toBe(422);
    const problems = (await response.json()).problems;
    expect(problems).toContainEqual(expect.objectContaining({ field: 'lessons-section1', privacy: true, message: expect.stringMatching(/lijkt op een e-mailadres/) }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'lessons-section2', privacy: true, message: expect.stringMatching(/lijkt op een telefoonnummer/) }));
    expect(saved).toEqual([]);
  });

  it('characters the build refuses (control characters, bidi overrides) in any field, in the text also written as &#x...;', async () => {
    const { handle, saved } = handler();
    const response = await handle(
      post(lesson({ title: 'Een vaste leesplek \u202e in de plusklas', 'lessons-section1': 'In het begin &#x202E;wilde iedereen er zitten.', [formNames.name]: 'Ans\u0000' })),
    );
    expect(response.status).toBe(422);
    const problems = (await response.json()).problems;
    for (const field of ['title', 'lessons-section1', formNames.name]) {
      expect(problems).toContainEqual({ field, message: expect.stringMatching(/^bevat .*\(U\+(202E|0000)\)/) });
    }
    expect(saved).toEqual([]);
  });

  it('a filled-in honeypot', async () => {
    const { handle, saved } = handler();
    const response = await handle(post(lesson({ [formNames.honeypot]: 'https://spam.example' })));
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/Laat dit veld leeg/);
    expect(saved).toEqual([]);
  });

  it('a submission larger than contribute.maxBytes, by its length or by what arrives', async () => {
    const small = { ...site, contribute: { ...site.contribute, maxBytes: 2_000 } };
    const { handle, saved } = handler({ site: small });
    const big = lesson({ 'lessons-section2': 'x'.repeat(3_000) });
    expect((await handle(post(big))).status).toBe(413);
    // A body that says nothing about its length is cut off while it is read.
    const streamed = new Request('https://leernetwerk.example.nl/api/delen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(form(big).toString()));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    const response = await handle(streamed);
    expect(response.status).toBe(413);
    expect((await response.json()).message).toMatch(/te lang: hoogstens 2 kB/);
    expect(saved).toEqual([]);
  });

  it('a wrong access code when the site has one, and accepts the right one', async () => {
    const withCode = { ...site, contribute: { ...site.contribute, accessCodeHash: await accessCodeHash('duinrand-2026') } };
    const { handle, saved } = handler({ site: withCode });
    expect((await handle(post(lesson({ [formNames.accessCode]: 'raden' })))).status).toBe(403);
    expect((await handle(post(lesson()))).status).toBe(403);
    expect(saved).toEqual([]);
    expect((await handle(post(lesson({ [formNames.accessCode]: ' duinrand-2026 ' })))).status).toBe(201);
  });

  it('more than contribute.ratePerHour submissions from one address in an hour', async () => {
    let now = Date.parse('2026-03-14T10:00:00Z');
    const { handle, saved } = handler({ rateLimiter: rateLimiter(2, () => now) });
    expect((await handle(post(lesson()), { address: '10.0.0.1' })).status).toBe(201);
    expect((await handle(post(lesson()), { address: '10.0.0.1' })).status).toBe(201);
    const third = await handle(post(lesson()), { address: '10.0.0.1' });
    expect(third.status).toBe(429);
    expect((await third.json()).message).toMatch(/over een uur opnieuw/);
    expect((await handle(post(lesson()), { address: '10.0.0.2' })).status).toBe(201);
    now += 61 * 60 * 1000;
    expect((await handle(post(lesson()), { address: '10.0.0.1' })).status).toBe(201);
    expect(saved).toHaveLength(4);
  });

  it('anything but a POSTed form', async () => {
    const { handle } = handler();
    expect((await handle(new Request('https://leernetwerk.example.nl/api/delen'))).status).toBe(405);
    const asJson = new Request('https://leernetwerk.example.nl/api/delen', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect((await handle(asJson)).status).toBe(415);
  });

  it('a choice the form does not offer', async () => {
    const { handle, saved } = handler({ choices: async () => ({ regions: ['heiloo'], topics: ['gedrag'] }) });
    const response = await handle(post(lesson({ topics: ['gedrag', 'verzonnen-thema'] })));
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toContainEqual(expect.objectContaining({ field: 'topics', message: expect.stringContaining('verzonnen-thema') }));
    expect(saved).toEqual([]);
  });

  it('empty required choices with "Kies minstens één ..."', async () => {
    const { handle } = handler();
    const response = await handle(post(lesson({ regions: [], topics: [] })));
    const messages = (await response.json()).problems.map((problem: { message: string }) => problem.message);
    expect(messages).toEqual(expect.arrayContaining(['Kies minstens één werkgebied.', 'Kies minstens één thema.']));
  });

  it('without a store, by saying that sharing is not switched on and where to mail instead', async () => {
    const handle = contributeHandler({ site, store: undefined });
    const response = await handle(post(lesson()));
    expect(response.status).toBe(503);
    expect((await response.json()).message).toContain(site.contact.email);
  });

  it('with a page for a browser without JavaScript that lists the problems and says the text is still there', async () => {
    const { handle } = handler();
    const response = await handle(post(lesson({ title: 'Kort', summary: 'Mail me: ans@school.example' }), { json: false }));
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toMatch(/Titel: is te kort/);
    expect(html).toMatch(/terugknop/);
    expect(html).not.toContain('<script');
  });

  it('when the git host fails: the contributor reads where to mail, the log gets the reason', async () => {
    const logged: string[] = [];
    const failing = recordingStore(new StoreRefusal('host', 'POST /pulls: 500'));
    const handle = contributeHandler({ site, store: failing.store, log: (message) => logged.push(message) });
    const response = await handle(post(lesson()));
    expect(response.status).toBe(502);
    expect((await response.json()).message).toContain(site.contact.email);
    expect(logged).toEqual([expect.stringContaining('POST /pulls: 500')]);
  });
});

describe('dates', () => {
  it('takes today in the Netherlands, also just after midnight there', () => {
    expect(dutchToday(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
  });
});
