// Colours code for reader-code.js, off the page's main thread, with highlight.js as the blog serves it (a WebJar).
// Its common bundle knows 36 languages; a few more are fetched from the same place the first time a page uses them.
const HIGHLIGHT_JS = '/webjars/highlightjs/11.11.1/';
importScripts(HIGHLIGHT_JS + 'highlight.min.js');

// languages outside the common bundle, by the file that holds each, with the names writers give them
const MORE_LANGUAGES = {
  dart: 'dart', dockerfile: 'dockerfile', docker: 'dockerfile', elixir: 'elixir', ex: 'elixir', gradle: 'gradle',
  groovy: 'groovy', haskell: 'haskell', hs: 'haskell', http: 'http', latex: 'latex', tex: 'latex', nginx: 'nginx',
  powershell: 'powershell', ps1: 'powershell', properties: 'properties', scala: 'scala', erlang: 'erlang',
  clojure: 'clojure', clj: 'clojure',
};
// what some editors call a language that highlight.js knows under another name
const ALIASES = { 'c#': 'csharp', text: 'plaintext', txt: 'plaintext', plain: 'plaintext', jsonc: 'json', toml: 'ini' };

const languageFor = (name) => {
  const wanted = ALIASES[name] || name;
  if (!hljs.getLanguage(wanted) && Object.hasOwn(MORE_LANGUAGES, wanted)) {
    try {
      importScripts(HIGHLIGHT_JS + 'languages/' + MORE_LANGUAGES[wanted] + '.min.js');
    } catch (e) {
      return null;
    }
  }
  return hljs.getLanguage(wanted) ? wanted : null;
};

onmessage = ({ data: { index, language, text } }) => {
  const known = languageFor(language);
  const html = known === null || known === 'plaintext' ? null
    : hljs.highlight(text, { language: known, ignoreIllegals: true }).value;
  postMessage({ index, html });
};
