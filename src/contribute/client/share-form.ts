/**
 * The script of /delen/ (the only script of the page; the form works
 * without it). It shows the parts of the form that fit the chosen kind,
 * fills in the page to add to (?over=lessen/<id>), checks the build's rules
 * while typing (contribution.ts: lengths, required fields and the privacy
 * guard, which speaks at once, before anything is sent) and sends the form
 * without leaving the page.
 */
import { nl } from '../../i18n/nl.ts';
import type { NamedReferenceDecoder } from '../../content-check/visible-characters.ts';
import { formInput, formNames, kindOf, pageOf, readContribution, type Problem } from '../contribution.ts';

const form = document.getElementById('delen-formulier') as HTMLFormElement | null;
if (form) setUp(form);

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** The browser's own list of named character references (`&commat;` is an @), as the CMS's check uses it. */
function namedReferences(): NamedReferenceDecoder {
  const decoder = document.createElement('textarea');
  return (reference) => {
    decoder.innerHTML = reference;
    return decoder.value;
  };
}

/** Today on this computer as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function setUp(form: HTMLFormElement): void {
  const decodeNamed = namedReferences();
  const summary = byId<HTMLDivElement>('delen-problemen');
  const summaryIntro = byId<HTMLParagraphElement>('delen-problemen-intro');
  const summaryList = byId<HTMLUListElement>('delen-problemen-lijst');
  const busy = byId<HTMLSpanElement>('delen-bezig');
  const sent = byId<HTMLDivElement>('delen-verstuurd');
  const touched = new Set<string>();
  let attempted = false;
  let timer: number | undefined;

  const controls = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)];
  const errorOf = (name: string) => document.getElementById(`delen-${name}-fout`);

  function showKind(): void {
    const kind = kindOf(formInput(new FormData(form))) ?? 'lessons';
    for (const part of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-kinds]')) {
      part.hidden = !(part.dataset.kinds ?? '').split(' ').includes(kind);
    }
  }

  function prefill(): void {
    const query = new URLSearchParams(location.search);
    const page = query.get('over');
    const kind = page ? 'addition' : query.get('soort');
    const radio = form.querySelector<HTMLInputElement>(`input[name="${formNames.kind}"][value="${CSS.escape(kind ?? '')}"]`);
    if (radio) radio.checked = true;
    if (page && pageOf(page)) {
      byId<HTMLInputElement>('delen-over').value = page;
      const chosen = byId<HTMLParagraphElement>('delen-gekozen-pagina');
      chosen.textContent = nl.share.pageChosen(page);
      chosen.hidden = false;
    }
    // A lesson shared from a voorbeeld's page is about that voorbeeld (contributeUrl in src/lib/urls.ts).
    const prototype = byId<HTMLSelectElement>('delen-prototype');
    const prototypeId = query.get('prototype');
    if (prototypeId && [...prototype.options].some((option) => option.value === prototypeId)) prototype.value = prototypeId;
    const date = byId<HTMLInputElement>('delen-date');
    if (!date.value) date.value = localToday();
  }

  /** The problems the form shows now: personal data at once, the rest once a field was left or sending was tried. */
  function currentProblems(): Problem[] {
    const { problems } = readContribution(formInput(new FormData(form)), { today: localToday(), decodeNamed });
    return problems.filter((problem) => problem.privacy || attempted || touched.has(problem.field));
  }

  function showFieldProblems(problems: Problem[]): void {
    for (const element of form.querySelectorAll<HTMLElement>('.field-error')) element.textContent = '';
    for (const element of form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
    for (const problem of problems) {
      const error = errorOf(problem.field);
      if (error) error.textContent = error.textContent ? `${error.textContent} ${problem.message}` : problem.message;
      for (const control of controls(problem.field)) control.setAttribute('aria-invalid', 'true');
    }
  }

  function showSummary(problems: Problem[], message?: string): void {
    summaryList.replaceChildren(
      ...problems.map((problem) => {
        const item = document.createElement('li');
        const target = controls(problem.field)[0];
        if (target?.id) {
          const link = document.createElement('a');
          link.href = `#${target.id}`;
          link.textContent = problem.message;
          item.append(link);
        } else item.textContent = problem.message;
        return item;
      }),
    );
    summaryIntro.textContent = message ?? nl.share.problemsIntro(problems.length);
    summary.hidden = false;
    summary.focus();
  }

  function check(): void {
    const problems = currentProblems();
    showFieldProblems(problems);
    if (attempted && problems.length === 0) summary.hidden = true;
  }

  async function send(): Promise<void> {
    busy.textContent = nl.share.sending;
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } });
      const answer = (await response.json()) as { ok: boolean; message: string; problems?: Problem[]; url?: string };
      busy.textContent = '';
      if (answer.ok) {
        form.hidden = true;
        summary.hidden = true;
        byId('delen-verstuurd-tekst').textContent = answer.message;
        if (answer.url) {
          const link = byId<HTMLAnchorElement>('delen-verstuurd-link');
          link.href = answer.url;
          link.hidden = false;
        }
        sent.hidden = false;
        sent.focus();
        return;
      }
      const problems = answer.problems ?? [];
      showFieldProblems(problems);
      showSummary(problems, problems.length ? undefined : answer.message);
    } catch {
      busy.textContent = '';
      showSummary([], nl.share.mailInstead(form.dataset.mail ?? ''));
    }
  }

  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).name === formNames.kind) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 250);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === formNames.kind) {
      showKind();
      check();
    }
  });
  form.addEventListener('focusout', (event) => {
    const name = (event.target as HTMLInputElement).name;
    if (!name || name === formNames.kind) return;
    touched.add(name);
    check();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    attempted = true;
    const problems = currentProblems();
    showFieldProblems(problems);
    if (problems.length > 0) {
      showSummary(problems);
      return;
    }
    void send();
  });

  prefill();
  showKind();
}
