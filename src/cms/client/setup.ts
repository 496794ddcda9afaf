/**
 * The setup of Decap CMS at /admin/, bundled by the build into /_astro/ and
 * loaded by the admin page after decap-cms.js: preview styles like the site,
 * previews per collection, and the image rule on every save.
 */
import { decapGlobals, type ImmutableMap } from './decap.ts';
import { checkImageFields } from './image-alt-rule.ts';
import { renderPreview } from './preview.ts';
import { readSetupInput } from './setup-input.ts';

const { CMS, h, createClass } = decapGlobals();
const input = readSetupInput(document);

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
CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => checkImageFields(entry.get('data') as ImmutableMap) });
