package dev.geul.reader;

import org.springframework.web.util.HtmlUtils;

/** Bits shared by the mails the blog writes. */
final class Mails {

    private Mails() {
    }

    /** Text made safe inside a mail's HTML. */
    static String esc(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
