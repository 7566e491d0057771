// MDX pages are compiled in the integrity pass: syntax errors of every page, with file and line,
// beside the YAML problems; and nothing but Markdown and the site's components passes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editYaml, errorsAfter, replaceIn } from '../helpers/mutate';
import { checkMdxBody } from '../../src/lib/content/mdx-check';

const guide = (dir: string) => join(dir, 'guides/en/startups.mdx');
const AT = '## Getting started\n';

describe('MDX syntax', () => {
  it('a bad MDX page and a bad YAML file are reported together, the MDX error with its line', () => {
    const message = errorsAfter((dir) => {
      replaceIn(guide(dir), AT, `${AT}\n<FrameworkLink id="axolotl">\n`);
      replaceIn(join(dir, 'frameworks/ja/deepspeed.mdx'), /\n## /, '\n{oops\n\n## ');
      editYaml(join(dir, 'support/axolotl.yaml'), (doc) => doc.setIn(['ddp', 'status'], 'yes'));
    });
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 3 problems:

      content/support/axolotl.yaml -> ddp -> status: "yes" is not one of full, partial, experimental, none, unknown

      content/frameworks/ja/deepspeed.mdx -> ja/deepspeed: line 6: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`
        Hint: Fix the MDX syntax; the page cannot be compiled.

      content/guides/en/startups.mdx -> en/startups: line 11: MDX syntax error: Expected a closing tag for \`<FrameworkLink>\`
        Hint: Fix the MDX syntax; the page cannot be compiled.
      "
    `);
  });
});

describe('MDX that could run code or style the page is refused', () => {
  it('imports from node: modules or packages, and exports', () => {
    const message = errorsAfter((dir) =>
      replaceIn(guide(dir), AT, `import { hostname } from 'node:os'\nimport cp from "node:child_process"\nexport const host = hostname()\n\n${AT}`),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 3 problems:

      content/guides/en/startups.mdx -> en/startups: line 9: imports "node:os"; MDX may import only the site's components (src/components/)
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 9: imports "node:child_process"; MDX may import only the site's components (src/components/)
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 9: \`export\` is not allowed in content MDX
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.
      "
    `);
  });

  it('raw <script>, on* handlers, style= and javascript: links', () => {
    const message = errorsAfter((dir) =>
      replaceIn(
        guide(dir),
        AT,
        `${AT}\n<script>alert(1)</script>\n\n<FrameworkLink id="axolotl" onClick="alert(1)" style="color:red" /> [a link](javascript:alert(1)) <a href="javascript:alert(2)">x</a>\n`,
      ),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 6 problems:

      content/guides/en/startups.mdx -> en/startups: line 11: <script> is not allowed; the components this page may use: FrameworkLink, FeatureLink, GuideLink
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 13: <FrameworkLink onClick=…>: event handler attributes are not allowed
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 13: <FrameworkLink style=…>: style attributes are not allowed (the page's CSP blocks them)
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 13: the link "javascript:alert(1)" would run script; links must go to pages or https URLs
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 13: <a> is not allowed; the components this page may use: FrameworkLink, FeatureLink, GuideLink
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 13: <a href="javascript:alert(2)">: script URLs are not allowed
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.
      "
    `);
  });

  it('expressions and spread attributes', () => {
    const message = errorsAfter((dir) => replaceIn(guide(dir), AT, `${AT}\nBuilt on {process.env.HOSTNAME}. <FeatureLink {...props} /> <GuideLink id={"mo" + "e"} /> {/* a comment is fine */}\n`));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 3 problems:

      content/guides/en/startups.mdx -> en/startups: line 11: the expression {process.env.HOSTNAME} would run code at build time; write the text instead
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 11: <FeatureLink> has a spread attribute {...props}
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.

      content/guides/en/startups.mdx -> en/startups: line 11: <GuideLink id={…}>: an attribute may hold text or a literal such as {"moe"}, not code
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.
      "
    `);
  });

  it('components a framework page does not provide', () => {
    const message = errorsAfter((dir) => replaceIn(join(dir, 'frameworks/en/unsloth.mdx'), /\n## /, '\n<FrameworkLink id="axolotl" />\n\n## '));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/frameworks/en/unsloth.mdx -> en/unsloth: line 6: <FrameworkLink> is not allowed; the components this page may use: none on this page
        Hint: MDX pages hold Markdown and the site's own components, nothing that runs code or styles the page.
      "
    `);
  });

  it('a page larger than the limit', () => {
    const message = errorsAfter((dir) => writeFileSync(guide(dir), `---\nuseCase: startups\ntitle: T\ndescription: D\nframeworks: [axolotl, llamafactory]\n---\n${'word '.repeat(25_000)}\n`));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/guides/en/startups.mdx -> en/startups: the body is 125001 characters; a page may have at most 100000
        Hint: Split the page or shorten it.
      "
    `);
  });
});

describe('checkMdxBody', () => {
  const options = { file: 'content/guides/en/x.mdx', bodyLine: 8, components: ['FrameworkLink'] };

  it('accepts Markdown, the allowed components, literal attribute values and imports of the site\'s components', () => {
    const body = "import X from '../../../src/components/mdx/FrameworkLink.astro'\n\n## Title\n\nText with <FrameworkLink id=\"unsloth\" /> and <FrameworkLink id={'axolotl'} />, a [link](https://example.org/) and `code`.\n";
    expect(checkMdxBody(body, options)).toEqual([]);
  });

  it('counts lines from the start of the file, not of the body', () => {
    expect(checkMdxBody('\n\n<script />\n', options)).toEqual([
      { line: 10, message: '<script> is not allowed; the components this page may use: FrameworkLink', hint: expect.any(String) },
    ]);
  });
});
