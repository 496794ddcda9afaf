/**
 * The setup of Decap CMS at /admin/, bundled by the build into /_astro/ and
 * loaded by the admin page after decap-cms.js: preview styles like the site,
 * previews per collection, and on every save and publish the image rule and
 * the build's own checks (save-guard.ts), so nothing is written that the
 * build would refuse.
 */
import { decapGlobals, type ImmutableMap } from './decap.ts';
import { mergePhrases, phraseOverrides, type Phrases } from './dutch-phrases.ts';
import { withUpdatedToday } from './updated-on-save.ts';
import { checkImageFields } from './image-alt-rule.ts';
import { renderPreview } from './preview.ts';
import { browserNamedReferences, guardSave } from './save-guard.ts';
import { cmsStartedFlag, readSetupInput } from './setup-input.ts';

const { CMS, h, createClass } = decapGlobals();
const input = readSetupInput(document);
const decodeNamed = browserNamedReferences(document);

CMS.registerLocale('nl', mergePhrases((CMS.getLocale('nl') ?? {}) as Phrases, phraseOverrides));
for (const href of input.previewStyles) CMS.registerPreviewStyle(href);
for (const [collection, kind] of Object.entries(input.previewKinds)) {
  CMS.registerPreviewTemplate(
    collection,
    createClass({
      render() {
        return renderPreview(h, kind, this.props);
      },
    }),
  );
}
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    // The image rule first: it drops an image field that was left empty, which the schema would refuse.
    // `updated` becomes today on every save, so the page says when it last changed without the editor thinking of it.
    const data = withUpdatedToday(entry.get('collection'), checkImageFields(entry.get('data') as ImmutableMap));
    guardSave(document, entry.get('collection'), data, decodeNamed);
    return data;
  },
});
// Publishing from the editorial workflow writes the entry too; it may have been saved before these checks existed.
CMS.registerEventListener({
  name: 'prePublish',
  handler: ({ entry }) => guardSave(document, entry.get('collection'), checkImageFields(entry.get('data') as ImmutableMap), decodeNamed),
});
// Only now: started by itself, Decap could read config.yml and pick its phrases before this module
// (and the chunk it imports) had arrived, and show English labels (manual-init.js stops that).
(window as unknown as Record<string, unknown>)[cmsStartedFlag] = true;
CMS.init();
