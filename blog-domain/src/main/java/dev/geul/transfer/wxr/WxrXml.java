package dev.geul.transfer.wxr;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.geul.base.Permalinks;
import dev.geul.transfer.ArchiveNamespace;

/**
 * The shapes a WXR file is written in: elements on lines of their own, tab-indented as WordPress indents them,
 * WordPress's {@code wp:} elements and meta, terms, and HTML in CDATA sections. Text a file cannot hold (control
 * characters) is left out, so that every export reads back.
 */
class WxrXml {

    static final String WP = ArchiveNamespace.WP.uri();
    static final String EXCERPT = ArchiveNamespace.EXCERPT.uri();
    static final String CONTENT = ArchiveNamespace.CONTENT.uri();
    static final String WFW = ArchiveNamespace.WFW.uri();
    static final String DC = ArchiveNamespace.DC.uri();

    protected final XMLStreamWriter xml;

    WxrXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void term(String domain, String slug, String name) throws XMLStreamException {
        newline(2);
        xml.writeStartElement("category");
        xml.writeAttribute("domain", domain);
        xml.writeAttribute("nicename", Permalinks.encode(slug));
        xml.writeCharacters(WxrText.xmlSafe(WxrText.escape(name)));
        xml.writeEndElement();
    }

    void meta(int depth, String kind, String key, String value) throws XMLStreamException {
        newline(depth);
        xml.writeStartElement(WP, kind);
        wp(depth + 1, "meta_key", key);
        wp(depth + 1, "meta_value", value);
        newline(depth);
        xml.writeEndElement();
    }

    void wp(int depth, String name, String text) throws XMLStreamException {
        newline(depth);
        xml.writeStartElement(WP, name);
        xml.writeCharacters(WxrText.xmlSafe(text));
        xml.writeEndElement();
    }

    void element(int depth, String name, String text) throws XMLStreamException {
        newline(depth);
        xml.writeStartElement(name);
        xml.writeCharacters(WxrText.xmlSafe(text));
        xml.writeEndElement();
    }

    /** HTML goes in CDATA sections, as WordPress writes it; a "]]>" inside is split over two sections. */
    void cdata(String text) throws XMLStreamException {
        String safe = WxrText.xmlSafe(text);
        if (safe.isEmpty()) {
            return;
        }
        int from = 0;
        for (int end = safe.indexOf("]]>"); end >= 0; end = safe.indexOf("]]>", from)) {
            xml.writeCData(safe.substring(from, end + 2));
            from = end + 2;
        }
        xml.writeCData(safe.substring(from));
    }

    void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "\t".repeat(depth));
    }
}
