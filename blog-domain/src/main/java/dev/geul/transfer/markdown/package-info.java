/**
 * Markdown files with front matter, one a post, in a zip: the export for a static site (Jekyll, Hugo), and the
 * import of such a site's posts or of geul's own export.
 */
package dev.geul.transfer.markdown;
