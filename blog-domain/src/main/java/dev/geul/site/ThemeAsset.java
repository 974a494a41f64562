package dev.geul.site;

/** A static file of an uploaded theme (an image, a font), as readers' browsers fetch it. */
public record ThemeAsset(String contentType, byte[] content, long revision) {
}
