/**
 * WordPress's export (WXR 1.0 to 1.2), read and written: the import, the export geul's own import reads back
 * whole, and a site's uploads folder brought in as a zip.
 */
package dev.geul.transfer.wxr;
