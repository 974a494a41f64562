package dev.geul.site;

/** One file of an uploaded theme: a template, its stylesheet, an image or a font. */
record ThemeFile(String path, String contentType, byte[] content) {

    static final String CSS = "theme.css";
    static final String TEMPLATE_TYPE = "text/x-mustache; charset=utf-8";
    static final String CSS_TYPE = "text/css; charset=utf-8";
}
