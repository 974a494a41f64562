import { NodeSelection } from '@tiptap/pm/state';

/** Languages offered for a code block; a block in another language keeps it and shows it too. */
const LANGUAGES = ['bash', 'c', 'cpp', 'csharp', 'css', 'dart', 'diff', 'go', 'html', 'java', 'javascript', 'json',
  'kotlin', 'markdown', 'php', 'python', 'ruby', 'rust', 'scala', 'shell', 'sql', 'swift', 'typescript', 'xml', 'yaml'];

/** What a link may lead to: the web, mail, a page of this blog or a place in the post. */
export function checkedLinkAddress(typed) {
  const address = (typed || '').trim();
  if (address === '') {
    return { address: '' };
  }
  if (/^(https?:\/\/[^\s/?#]+\.[^\s]*|https?:\/\/localhost[^\s]*|mailto:[^\s@]+@[^\s@]+|\/(?!\/)[^\s]*|#[^\s]+)$/i.test(address)) {
    return { address };
  }
  // "example.com/page" is meant as a web address
  if (/^[^\s/:@]+\.[a-z]{2,}(\/[^\s]*)?$/i.test(address)) {
    return { address: `https://${address}` };
  }
  return { invalid: true };
}

/**
 * The row under the toolbar that changes with what the cursor is on: a link's address (checked, with a new-tab
 * option) instead of the browser's prompt, a code block's language, an image's alternative text and caption, a
 * table's rows and columns.
 */
export class EditorContextBar {

  constructor(host, labels) {
    this.host = host;
    this.labels = labels;
    this.linkOpen = false;
    this.element = document.createElement('div');
    this.element.className = 'geul-editor-context';
    this.element.hidden = true;
    this.link = this._linkForm();
    this.code = this._codeForm();
    this.image = this._imageForm();
    this.table = this._tableForm();
    this.element.append(this.link.form, this.code.form, this.image.form, this.table.form);
  }

  get editor() {
    return this.host._editor;
  }

  label(key, fallback) {
    return this.labels[key] || fallback;
  }

  /** Shows the part that fits what is selected now. */
  refresh() {
    const editor = this.editor;
    if (!editor) {
      return;
    }
    const selection = editor.state.selection;
    const image = selection instanceof NodeSelection && selection.node.type.name === 'image' ? selection.node : null;
    const inCode = editor.isActive('codeBlock');
    const inTable = editor.isActive('tableCell');
    this.link.form.hidden = !this.linkOpen;
    this.code.form.hidden = this.linkOpen || !inCode;
    this.image.form.hidden = this.linkOpen || !image;
    this.table.form.hidden = this.linkOpen || inCode || !!image || !inTable;
    if (inCode && !this.linkOpen) {
      this._showLanguage(editor.getAttributes('codeBlock').language || '');
    }
    if (image && !this.linkOpen && document.activeElement !== this.image.alt) {
      this.image.alt.value = image.attrs.alt || '';
    }
    this.element.hidden = [this.link, this.code, this.image, this.table].every((part) => part.form.hidden);
  }

  openLink() {
    const attributes = this.editor.getAttributes('link');
    this.link.address.value = attributes.href || '';
    this.link.newTab.checked = attributes.target === '_blank';
    this.link.error.textContent = '';
    this.link.remove.hidden = !attributes.href;
    this.linkOpen = true;
    this.refresh();
    this.link.address.focus();
    this.link.address.select();
  }

  closeLink() {
    this.linkOpen = false;
    this.refresh();
    this.editor.commands.focus();
  }

  _linkForm() {
    const form = document.createElement('form');
    form.className = 'geul-editor-link';
    // the address is checked here, with a message in the writer's language, not by the browser's own bubble
    form.noValidate = true;
    const address = input('url', this.label('linkAddress', 'Address'));
    address.placeholder = 'https://';
    const newTab = document.createElement('input');
    newTab.type = 'checkbox';
    const newTabLabel = document.createElement('label');
    newTabLabel.append(newTab, ` ${this.label('linkNewTab', 'Open in a new tab')}`);
    const apply = button(this.label('linkApply', 'Apply'), 'submit');
    const remove = button(this.label('linkRemove', 'Remove link'));
    const cancel = button(this.label('linkCancel', 'Cancel'));
    const error = document.createElement('span');
    error.className = 'geul-editor-context-error';
    error.setAttribute('role', 'alert');
    form.append(address, newTabLabel, apply, remove, cancel, error);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const checked = checkedLinkAddress(address.value);
      if (checked.invalid) {
        error.textContent = this.label('linkInvalid', 'This is not an address a link can lead to.');
        address.setAttribute('aria-invalid', 'true');
        return;
      }
      address.removeAttribute('aria-invalid');
      const chain = this.editor.chain().focus().extendMarkRange('link');
      if (checked.address === '') {
        chain.unsetLink().run();
      } else {
        chain.setLink({ href: checked.address, target: newTab.checked ? '_blank' : null }).run();
      }
      this.closeLink();
    });
    remove.addEventListener('click', () => {
      this.editor.chain().focus().extendMarkRange('link').unsetLink().run();
      this.closeLink();
    });
    cancel.addEventListener('click', () => this.closeLink());
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closeLink();
      }
    });
    return { form, address, newTab, remove, error };
  }

  _codeForm() {
    const form = document.createElement('div');
    form.className = 'geul-editor-code';
    const select = document.createElement('select');
    select.setAttribute('aria-label', this.label('codeLanguage', 'Language'));
    const label = document.createElement('label');
    label.append(`${this.label('codeLanguage', 'Language')} `, select);
    form.append(label);
    select.addEventListener('change', () => {
      this.editor.chain().focus().updateAttributes('codeBlock', { language: select.value || null }).run();
    });
    return { form, select };
  }

  _showLanguage(language) {
    const select = this.code.select;
    const languages = LANGUAGES.includes(language) || language === '' ? LANGUAGES : [language, ...LANGUAGES];
    if (select.dataset.languages !== languages.join()) {
      select.replaceChildren(option('', this.label('codePlain', 'Plain text')),
        ...languages.map((name) => option(name, name)));
      select.dataset.languages = languages.join();
    }
    select.value = language;
  }

  _imageForm() {
    const form = document.createElement('div');
    form.className = 'geul-editor-image';
    const alt = input('text', this.label('imageAlt', 'Alternative text'));
    const altLabel = document.createElement('label');
    altLabel.append(`${this.label('imageAlt', 'Alternative text')} `, alt);
    const caption = button(this.label('imageCaption', 'Add a caption'));
    form.append(altLabel, caption);
    alt.addEventListener('change', () => {
      this.editor.chain().updateAttributes('image', { alt: alt.value.trim() || null }).run();
    });
    caption.addEventListener('click', () => this._caption());
    return { form, alt, caption };
  }

  /** Puts the selected image in a figure with a caption to write, or goes to the caption it has. */
  _caption() {
    const { state } = this.editor;
    const selection = state.selection;
    const $pos = state.doc.resolve(selection.from);
    for (let depth = $pos.depth; depth > 0; depth--) {
      if ($pos.node(depth).type.name === 'figure') {
        let caption = null;
        $pos.node(depth).forEach((child, offset) => {
          if (child.type.name === 'figcaption' && caption === null) {
            caption = $pos.start(depth) + offset;
          }
        });
        if (caption !== null) {
          // into the caption's first line: past the figcaption's and the paragraph's openings
          this.editor.chain().focus().setTextSelection(caption + 2).run();
          return;
        }
      }
    }
    const image = selection.node.toJSON();
    this.editor.chain().focus().insertContentAt({ from: selection.from, to: selection.to }, {
      type: 'figure',
      content: [
        { type: 'paragraph', attrs: { implicit: true }, content: [image] },
        { type: 'figcaption', content: [{ type: 'paragraph', attrs: { implicit: true } }] },
      ],
    }).run();
  }

  _tableForm() {
    const form = document.createElement('div');
    form.className = 'geul-editor-table';
    const actions = [
      ['tableRowAdd', 'Add a row', () => this._addRow()],
      ['tableRowRemove', 'Remove the row', () => this._removeRow()],
      ['tableColumnAdd', 'Add a column', () => this._addColumn()],
      ['tableColumnRemove', 'Remove the column', () => this._removeColumn()],
    ];
    for (const [key, fallback, run] of actions) {
      const action = button(this.label(key, fallback));
      action.addEventListener('mousedown', (event) => event.preventDefault());
      action.addEventListener('click', run);
      form.append(action);
    }
    return { form };
  }

  /** The row and cell the cursor is in: depths and positions in the document. */
  _cellAt() {
    const $pos = this.editor.state.selection.$from;
    for (let depth = $pos.depth; depth > 1; depth--) {
      if ($pos.node(depth).type.name === 'tableCell') {
        return { $pos, cellDepth: depth, rowDepth: depth - 1, column: $pos.index(depth - 1) };
      }
    }
    return null;
  }

  _emptyCell(tag) {
    const { schema } = this.editor.state;
    return schema.nodes.tableCell.create({ tag }, schema.nodes.paragraph.create({ implicit: true }));
  }

  _addRow() {
    const at = this._cellAt();
    if (!at) return;
    const row = at.$pos.node(at.rowDepth);
    const cells = [];
    row.forEach((cell) => cells.push(this._emptyCell(cell.attrs.tag === 'th' && at.$pos.node(at.rowDepth - 1).attrs.tag === 'thead' ? 'th' : 'td')));
    const { tr, schema } = this.editor.state;
    this.editor.view.dispatch(tr.insert(at.$pos.after(at.rowDepth), schema.nodes.tableRow.create(null, cells)));
  }

  _removeRow() {
    const at = this._cellAt();
    if (!at) return;
    const section = at.$pos.node(at.rowDepth - 1);
    const { tr } = this.editor.state;
    if (section.childCount > 1) {
      this.editor.view.dispatch(tr.delete(at.$pos.before(at.rowDepth), at.$pos.after(at.rowDepth)));
    }
  }

  /** Every row of the table gets a cell after the cursor's column (or loses that column's cell). */
  _eachRowCell(change) {
    const at = this._cellAt();
    if (!at) return;
    const tableDepth = at.rowDepth - 2;
    const table = at.$pos.node(tableDepth);
    const tableStart = at.$pos.start(tableDepth);
    const rows = [];
    table.forEach((section, sectionOffset) => {
      if (section.type.name !== 'tableSection') return;
      section.forEach((row, rowOffset) => {
        rows.push({ row, position: tableStart + sectionOffset + 1 + rowOffset, section });
      });
    });
    const { tr } = this.editor.state;
    // from the last row up, so earlier positions stay true
    for (const { row, position, section } of rows.reverse()) {
      change(tr, row, position, at.column, section);
    }
    this.editor.view.dispatch(tr);
  }

  _addColumn() {
    this._eachRowCell((tr, row, position, column, section) => {
      if (column >= row.childCount) return;
      let offset = position + 1;
      for (let i = 0; i <= column; i++) offset += row.child(i).nodeSize;
      tr.insert(tr.mapping.map(offset), this._emptyCell(section.attrs.tag === 'thead' ? 'th' : 'td'));
    });
  }

  _removeColumn() {
    this._eachRowCell((tr, row, position, column) => {
      if (column >= row.childCount || row.childCount < 2) return;
      let offset = position + 1;
      for (let i = 0; i < column; i++) offset += row.child(i).nodeSize;
      tr.delete(tr.mapping.map(offset), tr.mapping.map(offset + row.child(column).nodeSize));
    });
  }
}

function input(type, label) {
  const field = document.createElement('input');
  field.type = type;
  field.setAttribute('aria-label', label);
  return field;
}

function button(text, type = 'button') {
  const element = document.createElement('button');
  element.type = type;
  element.textContent = text;
  return element;
}

function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}
