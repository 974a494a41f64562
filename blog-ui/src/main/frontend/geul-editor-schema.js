import { Mark, Node, mergeAttributes } from '@tiptap/core';
import { DOMParser as DocumentParser } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import Bold from '@tiptap/extension-bold';
import Italic from '@tiptap/extension-italic';
import Strike from '@tiptap/extension-strike';
import Code from '@tiptap/extension-code';
import CodeBlock from '@tiptap/extension-code-block';
import Paragraph from '@tiptap/extension-paragraph';
import Heading from '@tiptap/extension-heading';
import Blockquote from '@tiptap/extension-blockquote';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import Image from '@tiptap/extension-image';

/**
 * Everything the blog stores is a node or a mark of the editor, so that opening a post and saving it changes
 * nothing, and editing a word changes only that word.
 *
 * The blog's sanitizer (HtmlSanitizer on the server) decides what a post may hold; this schema holds all of it:
 * folds (details/summary), figures with captions, tables with captions, column groups, header cells and spans,
 * definition lists, divisions, code blocks with their language, images with their size, alignment and link, video
 * players, and every inline element with the tag it was written with (b stays b, strong stays strong).
 *
 * ProseMirror keeps a block either of text or of blocks, never both; HTML does not. Text that stands loose in a
 * container (a list item, a cell, a quote, a fold, the post itself) is wrapped in a paragraph marked
 * data-geul-implicit when a post is opened ({@link toEditor}) and unwrapped again when it is saved
 * ({@link fromEditor}), so <li>text</li> stays <li>text</li>.
 */

const tagName = (element) => (typeof element === 'string' ? '' : element.tagName.toLowerCase());

/** An attribute kept as the HTML had it. */
const keep = () => ({ default: null });

/** An attribute that records something of the element for rendering it back, not an HTML attribute itself. */
const hidden = (parse, fallback = null) => ({ default: fallback, keepOnSplit: true, parseHTML: parse, renderHTML: () => ({}) });

/** A mark that writes back the tag it was read from (b or strong, i or em, s, strike or del). */
function keepingTag(Base, tags, fallback) {
  return Base.extend({
    addAttributes() {
      return {
        ...this.parent?.(),
        tag: hidden((element) => {
          const tag = tagName(element);
          return tags.includes(tag) && tag !== fallback ? tag : null;
        }),
      };
    },
    renderHTML({ mark, HTMLAttributes }) {
      return [mark.attrs.tag || fallback, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
    },
  });
}

/** An inline element with no button of its own (sub, sup, kbd, mark...): kept as it is. */
function inlineElement(tag, attributes = []) {
  return Mark.create({
    name: `html_${tag}`,
    addAttributes() {
      return Object.fromEntries(attributes.map((name) => [name, keep()]));
    },
    parseHTML() {
      return [{ tag }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, HTMLAttributes, 0];
    },
  });
}

/** A block that holds other blocks (a figure, a fold, a division, a cell...). */
function container(name, tag, { attributes = [], group = 'block', content = 'block+', view = null, extra = {} } = {}) {
  return Node.create({
    name,
    group,
    content,
    defining: true,
    addAttributes() {
      return Object.fromEntries(attributes.map((attribute) => [attribute, keep()]));
    },
    parseHTML() {
      return [{ tag }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, HTMLAttributes, 0];
    },
    ...(view ? { addNodeView: () => () => view() } : {}),
    ...extra,
  });
}

/** In the editor a fold is shown open, as a framed box, so its text can be edited; it is saved as details. */
function foldView(className) {
  const dom = document.createElement('div');
  dom.className = className;
  return { dom, contentDOM: dom };
}

const ImplicitParagraph = Paragraph.extend({
  addAttributes() {
    return {
      implicit: {
        default: false,
        keepOnSplit: false,
        parseHTML: (element) => element.hasAttribute('data-geul-implicit'),
        renderHTML: (attributes) => (attributes.implicit ? { 'data-geul-implicit': '' } : {}),
      },
    };
  },
});

const KeptCodeBlock = CodeBlock.extend({
  // imported preformatted text may hold a bold word or a citation: kept as written
  marks: '_',
  addAttributes() {
    return {
      ...this.parent?.(),
      preClass: hidden((element) => element.getAttribute('class')),
      bare: hidden((element) => !element.querySelector('code'), false),
    };
  },
  renderHTML({ node }) {
    const pre = node.attrs.preClass ? { class: node.attrs.preClass } : {};
    if (node.attrs.bare && !node.attrs.language) {
      return ['pre', pre, 0];
    }
    const language = node.attrs.language ? { class: this.options.languageClassPrefix + node.attrs.language } : {};
    return ['pre', pre, ['code', language, 0]];
  },
});

const KeptImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), align: keep(), loading: keep() };
  },
});

const cellAttributes = ['colspan', 'rowspan', 'width', 'abbr', 'axis', 'scope'];

const TableCell = Node.create({
  name: 'tableCell',
  content: 'block+',
  isolating: true,
  addAttributes() {
    return {
      tag: hidden((element) => tagName(element), 'td'),
      ...Object.fromEntries(cellAttributes.map((name) => [name, keep()])),
    };
  },
  parseHTML() {
    return [{ tag: 'td' }, { tag: 'th' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [node.attrs.tag === 'th' ? 'th' : 'td', HTMLAttributes, 0];
  },
});

const TableRow = Node.create({
  name: 'tableRow',
  content: 'tableCell+',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: () => ['tr', 0],
});

const TableSection = Node.create({
  name: 'tableSection',
  content: 'tableRow+',
  addAttributes() {
    return { tag: hidden((element) => tagName(element), 'tbody') };
  },
  parseHTML: () => [{ tag: 'thead' }, { tag: 'tbody' }, { tag: 'tfoot' }],
  renderHTML: ({ node }) => [node.attrs.tag, 0],
});

const TableCol = Node.create({
  name: 'tableCol',
  atom: true,
  addAttributes: () => ({ span: keep(), width: keep() }),
  parseHTML: () => [{ tag: 'col' }],
  renderHTML: ({ HTMLAttributes }) => ['col', HTMLAttributes],
});

const TableColgroup = Node.create({
  name: 'tableColgroup',
  content: 'tableCol*',
  addAttributes: () => ({ span: keep(), width: keep() }),
  parseHTML: () => [{ tag: 'colgroup' }],
  renderHTML: ({ HTMLAttributes }) => ['colgroup', HTMLAttributes, 0],
});

const TableCaption = container('tableCaption', 'caption', { group: null });

const Table = container('table', 'table', {
  attributes: ['summary', 'width'],
  content: '(tableCaption | tableColgroup | tableSection)+',
  extra: { isolating: true },
});

/** A video player (YouTube, Vimeo, Kakao TV, Naver TV) as the server allows it: kept whole, moved as one piece. */
const VideoFrame = Node.create({
  name: 'videoFrame',
  group: 'inline',
  inline: true,
  atom: true,
  draggable: true,
  addAttributes() {
    return Object.fromEntries(['src', 'width', 'height', 'title', 'allowfullscreen', 'sandbox', 'loading',
      'referrerpolicy'].map((name) => [name, keep()]));
  },
  parseHTML: () => [{ tag: 'iframe[src]' }],
  renderHTML: ({ HTMLAttributes }) => ['iframe', HTMLAttributes],
});

const Summary = Node.create({
  name: 'summary',
  group: 'block',
  content: 'inline*',
  defining: true,
  parseHTML: () => [{ tag: 'summary' }],
  renderHTML: () => ['summary', 0],
  addNodeView: () => () => foldView('geul-editor-fold-summary'),
});

/** The nodes and marks of geul's editor. */
export function geulExtensions({ link } = {}) {
  return [
    StarterKit.configure({
      // no empty line forced after a last table or figure (it would be saved); the gap cursor reaches past them
      trailingNode: false,
      paragraph: false,
      heading: false,
      blockquote: false,
      bold: false,
      italic: false,
      strike: false,
      code: false,
      codeBlock: false,
      listItem: false,
      bulletList: false,
      orderedList: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: null, class: null },
        ...link,
      },
    }),
    ImplicitParagraph,
    Heading.configure({ levels: [1, 2, 3, 4, 5, 6] }),
    Blockquote.extend({ addAttributes: () => ({ cite: keep() }) }),
    keepingTag(Bold, ['b', 'strong'], 'strong'),
    keepingTag(Italic, ['i', 'em'], 'em'),
    keepingTag(Strike, ['s', 'strike', 'del'], 's'),
    // code may be linked or bold like any other text
    Code.extend({ excludes: 'code' }),
    KeptCodeBlock,
    ListItem.extend({ content: 'block+' }),
    // a list may hold blocks that are not items (a nested list or a paragraph straight in it), as written HTML does
    BulletList.extend({
      content: '(listItem | block)+',
      addAttributes() {
        return { ...this.parent?.(), type: keep() };
      },
    }),
    OrderedList.extend({ content: '(listItem | block)+' }),
    KeptImage.configure({ inline: true, allowBase64: false }),
    ...['ins', 'mark', 'kbd', 'samp', 'var', 'small', 'sub', 'sup', 'cite', 'span'].map((tag) => inlineElement(tag)),
    inlineElement('q', ['cite']),
    VideoFrame,
    container('figure', 'figure'),
    container('figcaption', 'figcaption'),
    container('details', 'details', { view: () => foldView('geul-editor-fold') }),
    Summary,
    container('division', 'div'),
    container('definitionList', 'dl'),
    container('definitionTerm', 'dt'),
    container('definitionDescription', 'dd'),
    Table,
    TableCaption,
    TableColgroup,
    TableCol,
    TableSection,
    TableRow,
    TableCell,
  ];
}

/** Elements that sit in a line of text; anything else is a block. */
const INLINE = new Set(['a', 'b', 'i', 'u', 's', 'strike', 'del', 'ins', 'em', 'strong', 'code', 'mark', 'kbd', 'samp',
  'var', 'small', 'sub', 'sup', 'cite', 'q', 'span', 'abbr', 'img', 'br', 'iframe']);

/** Blocks whose children may be text or blocks in HTML, but only blocks in the editor. */
const MIXED = new Set(['li', 'td', 'th', 'blockquote', 'dd', 'dt', 'details', 'div', 'figure', 'figcaption', 'caption']);

/** Whitespace as HTML collapses it; a no-break space is text. */
const blank = (text) => /^[ \t\n\r\f]*$/.test(text);

const isInline = (node) => node.nodeType === 3 || (node.nodeType === 1 && INLINE.has(node.localName));

function wrapLooseText(parent) {
  let run = [];
  const flush = () => {
    if (run.some((node) => node.nodeType === 1 || !blank(node.textContent))) {
      const paragraph = document.createElement('p');
      paragraph.setAttribute('data-geul-implicit', '');
      run[0].before(paragraph);
      paragraph.append(...run);
    }
    run = [];
  };
  for (const child of [...parent.childNodes]) {
    if (isInline(child)) {
      run.push(child);
    } else {
      flush();
      if (child.nodeType === 1 && MIXED.has(child.localName)) {
        wrapLooseText(child);
      } else if (child.nodeType === 1 && !['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary'].includes(child.localName)) {
        // lists, tables and their sections hold the containers above
        wrapNested(child);
      }
    }
  }
  flush();
  if (parent.nodeType === 1 && !parent.firstElementChild && blank(parent.textContent)) {
    // an empty cell or item needs a paragraph in the editor, and none when saved
    const paragraph = document.createElement('p');
    paragraph.setAttribute('data-geul-implicit', '');
    parent.append(paragraph);
  }
}

function wrapNested(element) {
  for (const child of element.children) {
    if (MIXED.has(child.localName)) {
      wrapLooseText(child);
    } else if (!INLINE.has(child.localName)) {
      wrapNested(child);
    }
  }
}

/** The stored HTML as the editor reads it: loose text in a container gets a paragraph it will lose on saving. */
export function toEditor(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  wrapLooseText(template.content);
  return template.innerHTML;
}

/**
 * The stored HTML as a document of the editor's schema, read by ProseMirror itself: TipTap's own reading of an
 * HTML string drops text nodes of a line break and two spaces, which may be a no-break space a post shows.
 */
export function documentFor(schema, html) {
  const template = document.createElement('template');
  template.innerHTML = toEditor(html);
  return DocumentParser.fromSchema(schema).parse(template.content).toJSON();
}

/** The editor's HTML as the blog stores it: the paragraphs added on opening go. */
export function fromEditor(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  for (const paragraph of template.content.querySelectorAll('p[data-geul-implicit]')) {
    paragraph.replaceWith(...paragraph.childNodes);
  }
  return template.innerHTML;
}
