/**
 * The git-host side of /delen/, against a local stand-in for each host's API:
 * every request the endpoint makes (file and branch checks, branch, commit,
 * pull or merge request, label) is asserted, with Decap's branch name
 * `cms/<collection>/<slug>` and label `decap-cms/pending_review`, so the
 * redactie finds the contribution in the CMS's workflow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { giteaStore } from '../../src/contribute/git-hosts/gitea.ts';
import { gitHubStore } from '../../src/contribute/git-hosts/github.ts';
import { gitLabStore } from '../../src/contribute/git-hosts/gitlab.ts';
import { fromBase64, toBase64 } from '../../src/contribute/git-hosts/http.ts';
import { gitHostStore } from '../../src/contribute/settings.ts';
import { StoreRefusal, type NewEntryRequest, type AdditionRequest } from '../../src/contribute/store.ts';
import site from '../../src/site.config.ts';
import { startGitHostStandIn, type StandIn } from '../helpers/git-host-stand-in.ts';

const workflow = { branch: 'main', labelPrefix: 'decap-cms/', status: 'pending_review' as const };
const lessonFile = '---\ntitle: Een vaste leesplek helpt\n---\n## Wat werkte?\n\nRust.\n';

const newLesson: NewEntryRequest = {
  type: 'new',
  collection: 'lessons',
  slug: 'een-vaste-leesplek-helpt',
  file: ({ draft }) => (draft ? `${lessonFile}draft` : lessonFile),
  title: 'Les via Delen: Een vaste leesplek helpt',
  description: (file) => `Van: \`Ans\` (\`ans@school.example\`)\nBestand: ${file}`,
};

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

const calls = () => standIn!.requests.map((request) => `${request.method} ${request.path}`);

describe('GitHub', () => {
  it('opens a pull request on cms/lessons/<slug> with one commit of the file and the workflow label', async () => {
    standIn = await startGitHostStandIn([
      { method: 'GET', path: '/repos/swv/leernetwerk/git/ref/heads/main', body: { object: { sha: 'base-sha' } } },
      { method: 'POST', path: '/repos/swv/leernetwerk/git/refs', status: 201, body: {} },
      { method: 'PUT', path: '/repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.md', status: 201, body: {} },
      { method: 'POST', path: '/repos/swv/leernetwerk/pulls', status: 201, body: { number: 42, html_url: 'https://github.example/swv/leernetwerk/pull/42' } },
      { method: 'POST', path: '/repos/swv/leernetwerk/issues/42/labels', body: [] },
    ]);
    const store = gitHubStore({ ...workflow, repo: 'swv/leernetwerk', token: 'geheim', apiRoot: standIn.url });
    const stored = await store.save(newLesson);

    expect(stored).toEqual({ file: 'content/lessons/een-vaste-leesplek-helpt.md', url: 'https://github.example/swv/leernetwerk/pull/42' });
    expect(calls()).toEqual([
      'GET /repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.md?ref=main',
      'GET /repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.mdx?ref=main',
      'GET /repos/swv/leernetwerk/git/ref/heads/cms/lessons/een-vaste-leesplek-helpt',
      'GET /repos/swv/leernetwerk/git/ref/heads/main',
      'POST /repos/swv/leernetwerk/git/refs',
      'PUT /repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.md',
      'POST /repos/swv/leernetwerk/pulls',
      'POST /repos/swv/leernetwerk/issues/42/labels',
    ]);
    const [, , , , branch, commit, pull, label] = standIn.requests;
    expect(branch!.body).toEqual({ ref: 'refs/heads/cms/lessons/een-vaste-leesplek-helpt', sha: 'base-sha' });
    expect(commit!.body).toEqual({ message: 'Create lessons “een-vaste-leesplek-helpt”', content: toBase64(lessonFile), branch: 'cms/lessons/een-vaste-leesplek-helpt' });
    // Through the pull request, not as a concept: publishing in the CMS's workflow puts it on the site.
    expect(fromBase64(commit!.body.content)).not.toContain('draft');
    expect(pull!.body).toEqual({
      title: 'Les via Delen: Een vaste leesplek helpt',
      body: 'Van: `Ans` (`ans@school.example`)\nBestand: content/lessons/een-vaste-leesplek-helpt.md',
      head: 'cms/lessons/een-vaste-leesplek-helpt',
      base: 'main',
    });
    expect(label!.body).toEqual({ labels: ['decap-cms/pending_review'] });
    expect(standIn.requests.every((request) => request.authorization === 'Bearer geheim')).toBe(true);
  });

  it('takes the next free name when the file or a waiting contribution already has it', async () => {
    standIn = await startGitHostStandIn([
      { method: 'GET', path: '/repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.md?ref=main', body: { content: toBase64('x'), sha: '1' } },
      { method: 'GET', path: '/repos/swv/leernetwerk/git/ref/heads/cms/lessons/een-vaste-leesplek-helpt-2', body: { object: { sha: '2' } } },
      { method: 'GET', path: '/repos/swv/leernetwerk/git/ref/heads/main', body: { object: { sha: 'base-sha' } } },
      { method: 'POST', path: /./, status: 201, body: { number: 1, html_url: 'https://github.example/pull/1' } },
      { method: 'PUT', path: /./, status: 201, body: {} },
    ]);
    const stored = await gitHubStore({ ...workflow, repo: 'swv/leernetwerk', token: 't', apiRoot: standIn.url }).save(newLesson);
    expect(stored.file).toBe('content/lessons/een-vaste-leesplek-helpt-3.md');
    expect(standIn.requests.find((request) => request.method === 'POST' && request.path.endsWith('/pulls'))!.body.head).toBe('cms/lessons/een-vaste-leesplek-helpt-3');
  });

  it('adds to an existing page on Decap’s branch for that entry, changing the file it read', async () => {
    const current = '---\ntitle: Verzuim begint klein\n---\nTekst.\n';
    standIn = await startGitHostStandIn([
      { method: 'GET', path: '/repos/swv/leernetwerk/contents/content/lessons/verzuim-begint-klein.md?ref=main', body: { content: toBase64(current), sha: 'file-sha' } },
      { method: 'GET', path: '/repos/swv/leernetwerk/git/ref/heads/main', body: { object: { sha: 'base-sha' } } },
      { method: 'POST', path: /./, status: 201, body: { number: 3, html_url: 'https://github.example/pull/3' } },
      { method: 'PUT', path: /./, status: 200, body: {} },
    ]);
    const addition: AdditionRequest = {
      type: 'addition',
      collection: 'lessons',
      id: 'verzuim-begint-klein',
      apply: (existing) => `${existing}\n## Aanvulling\n\nMeer.\n`,
      title: 'Aanvulling via Delen: lessons/verzuim-begint-klein',
      description: () => 'Van: `Ans`',
    };
    await gitHubStore({ ...workflow, repo: 'swv/leernetwerk', token: 't', apiRoot: standIn.url }).save(addition);
    const commit = standIn.requests.find((request) => request.method === 'PUT')!;
    expect(commit.body).toMatchObject({ message: 'Update lessons “verzuim-begint-klein”', sha: 'file-sha', branch: 'cms/lessons/verzuim-begint-klein' });
    expect(fromBase64(commit.body.content)).toBe(`${current}\n## Aanvulling\n\nMeer.\n`);
  });

  it('refuses an addition while the entry already waits in the workflow, and writes nothing', async () => {
    standIn = await startGitHostStandIn([
      { method: 'GET', path: '/repos/swv/leernetwerk/contents/content/lessons/verzuim-begint-klein.md?ref=main', body: { content: toBase64('---\n---\n'), sha: 's' } },
      { method: 'GET', path: '/repos/swv/leernetwerk/git/ref/heads/cms/lessons/verzuim-begint-klein', body: { object: { sha: 'b' } } },
    ]);
    const store = gitHubStore({ ...workflow, repo: 'swv/leernetwerk', token: 't', apiRoot: standIn.url });
    const addition: AdditionRequest = { type: 'addition', collection: 'lessons', id: 'verzuim-begint-klein', apply: (text) => text, title: 't', description: () => 'd' };
    await expect(store.save(addition)).rejects.toMatchObject({ reason: 'pending' });
    expect(standIn.requests.every((request) => request.method === 'GET')).toBe(true);
  });

  it('turns a failing host into a refusal that names the call, without the token', async () => {
    standIn = await startGitHostStandIn([{ method: 'GET', path: /git\/ref\/heads\/main$/, status: 401, body: { message: 'Bad credentials' } }]);
    const store = gitHubStore({ ...workflow, repo: 'swv/leernetwerk', token: 'geheim-token', apiRoot: standIn.url });
    const error = await store.save(newLesson).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreRefusal);
    expect((error as StoreRefusal).reason).toBe('host');
    expect((error as Error).message).toContain('401');
    expect((error as Error).message).not.toContain('geheim-token');
  });
});

describe('GitLab', () => {
  it('commits on a new branch cms/lessons/<slug> and opens a merge request with the workflow label', async () => {
    const project = '/projects/swv%2Fleernetwerk';
    standIn = await startGitHostStandIn([
      { method: 'POST', path: `${project}/repository/commits`, status: 201, body: {} },
      { method: 'POST', path: `${project}/merge_requests`, status: 201, body: { web_url: 'https://gitlab.example/swv/leernetwerk/-/merge_requests/5' } },
    ]);
    const stored = await gitLabStore({ ...workflow, repo: 'swv/leernetwerk', token: 'geheim', apiRoot: standIn.url }).save(newLesson);
    expect(stored.url).toBe('https://gitlab.example/swv/leernetwerk/-/merge_requests/5');
    expect(calls()).toEqual([
      `GET ${project}/repository/files/content%2Flessons%2Feen-vaste-leesplek-helpt.md?ref=main`,
      `GET ${project}/repository/files/content%2Flessons%2Feen-vaste-leesplek-helpt.mdx?ref=main`,
      `GET ${project}/repository/branches/cms%2Flessons%2Feen-vaste-leesplek-helpt`,
      `POST ${project}/repository/commits`,
      `POST ${project}/merge_requests`,
    ]);
    const [, , , commit, merge] = standIn.requests;
    expect(commit!.body).toEqual({
      branch: 'cms/lessons/een-vaste-leesplek-helpt',
      start_branch: 'main',
      commit_message: 'Create lessons “een-vaste-leesplek-helpt”',
      actions: [{ action: 'create', file_path: 'content/lessons/een-vaste-leesplek-helpt.md', content: toBase64(lessonFile), encoding: 'base64' }],
    });
    expect(merge!.body).toEqual({
      source_branch: 'cms/lessons/een-vaste-leesplek-helpt',
      target_branch: 'main',
      title: 'Les via Delen: Een vaste leesplek helpt',
      description: 'Van: `Ans` (`ans@school.example`)\nBestand: content/lessons/een-vaste-leesplek-helpt.md',
      labels: 'decap-cms/pending_review',
      remove_source_branch: true,
    });
    expect(standIn.requests.every((request) => request.authorization === 'Bearer geheim')).toBe(true);
  });
});

describe('Gitea', () => {
  it('writes the file on a new branch, makes the label once, and opens a pull request with it', async () => {
    standIn = await startGitHostStandIn([
      { method: 'POST', path: '/repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.md', status: 201, body: {} },
      { method: 'GET', path: '/repos/swv/leernetwerk/labels?limit=100', body: [{ id: 1, name: 'bug' }] },
      { method: 'POST', path: '/repos/swv/leernetwerk/labels', status: 201, body: { id: 9 } },
      { method: 'POST', path: '/repos/swv/leernetwerk/pulls', status: 201, body: { html_url: 'https://git.example/swv/leernetwerk/pulls/2' } },
    ]);
    const stored = await giteaStore({ ...workflow, status: 'draft', repo: 'swv/leernetwerk', token: 'geheim', apiRoot: standIn.url }).save(newLesson);
    expect(stored.url).toBe('https://git.example/swv/leernetwerk/pulls/2');
    expect(calls()).toEqual([
      'GET /repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.md?ref=main',
      'GET /repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.mdx?ref=main',
      'GET /repos/swv/leernetwerk/branches/cms%2Flessons%2Feen-vaste-leesplek-helpt',
      'POST /repos/swv/leernetwerk/contents/content/lessons/een-vaste-leesplek-helpt.md',
      'GET /repos/swv/leernetwerk/labels?limit=100',
      'POST /repos/swv/leernetwerk/labels',
      'POST /repos/swv/leernetwerk/pulls',
    ]);
    const [, , , commit, , label, pull] = standIn.requests;
    expect(commit!.body).toEqual({
      content: toBase64(lessonFile),
      message: 'Create lessons “een-vaste-leesplek-helpt”',
      branch: 'main',
      new_branch: 'cms/lessons/een-vaste-leesplek-helpt',
    });
    expect(label!.body).toMatchObject({ name: 'decap-cms/draft' });
    expect(pull!.body).toEqual({
      title: 'Les via Delen: Een vaste leesplek helpt',
      body: 'Van: `Ans` (`ans@school.example`)\nBestand: content/lessons/een-vaste-leesplek-helpt.md',
      head: 'cms/lessons/een-vaste-leesplek-helpt',
      base: 'main',
      labels: [9],
    });
    expect(standIn.requests.every((request) => request.authorization === 'token geheim')).toBe(true);
  });
});

describe('choosing the git host', () => {
  it('has no store without a token in the environment, so the form says sharing is not switched on', () => {
    expect(gitHostStore(site, {})).toBeUndefined();
    expect(gitHostStore(site, { LEERNETWERK_CONTRIBUTE_TOKEN: 't' })).toBeDefined();
  });

  it('uses the CMS’s host and repository, and a label prefix from the site config', async () => {
    standIn = await startGitHostStandIn([
      { method: 'GET', path: /git\/ref\/heads\/main$/, body: { object: { sha: 'b' } } },
      { method: 'POST', path: /./, status: 201, body: { number: 1, html_url: 'u' } },
      { method: 'PUT', path: /./, status: 201, body: {} },
    ]);
    const config = { ...site, contribute: { ...site.contribute, labelPrefix: 'redactie/' } };
    const store = gitHostStore(config, { LEERNETWERK_CONTRIBUTE_TOKEN: 't', LEERNETWERK_CONTRIBUTE_API_ROOT: standIn.url })!;
    await store.save(newLesson);
    expect(standIn.requests[0]!.path).toMatch(new RegExp(`^/repos/${site.cms.repo}/`));
    expect(standIn.requests.at(-1)!.body).toEqual({ labels: ['redactie/pending_review'] });
  });
});
