import { mdxToMdast } from 'satteri';
import { posix } from 'node:path';

/** A problem in an MDX body, at a line of the file (not of the body). */
export interface MdxIssue {
  line?: number;
  message: string;
  hint: string;
}

/** The longest MDX body accepted, in characters (the longest page today is under 10,000). */
export const MAX_MDX_LENGTH = 100_000;

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const ONLY_MARKDOWN = 'MDX pages hold Markdown and the site\'s own components, nothing that runs code or styles the page.';
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
/** A JSON-like literal, e.g. `{"moe"}`: the one kind of attribute expression allowed. */
const LITERAL = /^\s*("[^"\\]*"|'[^'\\]*'|-?\d+(\.\d+)?|true|false)\s*$/;

/** Import sources of an ESM block (`import x from "y"`, `import "y"`, `import("y")`). */
function importSources(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w*${}\s,]+?\s*from\s*)?\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

/**
 * Compiles (parses) an MDX body and returns its syntax error, or every construct the site does not
 * allow: imports from outside src/components/, exports, `{expressions}`, elements other than the
 * allowed components, `on*=` handlers, `style=`, spread attributes and script links.
 */
export function checkMdxBody(body: string, options: { file: string; bodyLine: number; components: readonly string[] }): MdxIssue[] {
  const offset = options.bodyLine - 1;
  if (body.length > MAX_MDX_LENGTH) {
    return [{ message: `the body is ${body.length} characters; a page may have at most ${MAX_MDX_LENGTH}`, hint: 'Split the page or shorten it.' }];
  }
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const text = String((error as Error).message ?? error);
    const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\(\d+:\d+\))?(?:\s*\([\w:-]+\))?$/s.exec(text.split('\n')[0]!);
    return [{ ...(match ? { line: Number(match[1]) + offset } : {}), message: `MDX syntax error: ${match?.[3] ?? text}`, hint: 'Fix the MDX syntax; the page cannot be compiled.' }];
  }
  const issues: MdxIssue[] = [];
  const add = (node: Node, message: string) => issues.push({ ...(node.position ? { line: node.position.start.line + offset } : {}), message, hint: ONLY_MARKDOWN });
  const allowed = new Set(options.components);
  const componentsDir = 'src/components/';
  const visit = (node: Node) => {
    if (node.type === 'mdxjsEsm') {
      const code = String(node.value ?? '');
      for (const source of importSources(code)) {
        const resolved = source.startsWith('.') ? posix.normalize(posix.join(posix.dirname(options.file), source)) : source;
        if (!resolved.startsWith(componentsDir)) add(node, `imports "${source}"; MDX may import only the site's components (${componentsDir})`);
      }
      if (/^\s*export\b/m.test(code)) add(node, '`export` is not allowed in content MDX');
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT.test(String(node.value ?? ''))) {
      add(node, `the expression {${String(node.value).trim()}} would run code at build time; write the text instead`);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!allowed.has(name)) {
        const known = options.components.length ? options.components.join(', ') : 'none on this page';
        add(node, `<${name || '>'}> is not allowed; the components this page may use: ${known}`);
      }
      for (const attr of node.attributes ?? []) {
        const attrName = attr.name ?? '';
        if (attr.type !== 'mdxJsxAttribute') add(node, `<${name}> has a spread attribute {${String(attr.value)}}`);
        else if (/^on/i.test(attrName)) add(node, `<${name} ${attrName}=…>: event handler attributes are not allowed`);
        else if (attrName === 'style') add(node, `<${name} style=…>: style attributes are not allowed (the page's CSP blocks them)`);
        else if (typeof attr.value === 'string' && SCRIPT_URL.test(attr.value)) add(node, `<${name} ${attrName}="${attr.value}">: script URLs are not allowed`);
        else if (attr.value && typeof attr.value === 'object' && !LITERAL.test(String((attr.value as { value?: unknown }).value ?? ''))) {
          add(node, `<${name} ${attrName}={…}>: an attribute may hold text or a literal such as {"moe"}, not code`);
        }
      }
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && SCRIPT_URL.test(node.url)) {
      add(node, `the link "${node.url}" would run script; links must go to pages or https URLs`);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return issues;
}
