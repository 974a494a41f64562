/**
 * Tistory's two backups: the current one (a zip of one folder a post) and the old XML one (TTXML), with the
 * editor markup both carry made into clean HTML.
 */
package dev.geul.transfer.tistory;
