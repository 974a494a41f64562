package dev.geul.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * geul's rich text editor: TipTap (MIT) in the browser, its HTML as this field's value.
 *
 * <p>The browser sends the text a moment after typing stops, on blur and before a save, not on every key
 * (see geul-editor.js). {@link AutosaveTickEvent} asks the owner to save a few seconds after a change;
 * {@link SaveShortcutEvent} is Ctrl+S. Images picked, pasted or dropped go to {@link #setImageUploads}.
 */
@Tag("geul-editor")
@NpmPackage(value = "@tiptap/core", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/pm", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/starter-kit", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-image", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extensions", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-bold", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-italic", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-strike", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-code", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-code-block", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-paragraph", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-heading", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-blockquote", version = TipTapEditor.TIPTAP_VERSION)
@NpmPackage(value = "@tiptap/extension-list", version = TipTapEditor.TIPTAP_VERSION)
@JsModule("./geul-editor.js")
public class TipTapEditor extends AbstractSinglePropertyField<TipTapEditor, String> implements HasSize {

    static final String TIPTAP_VERSION = "3.34.0";

    /** Where uploaded images go; returns the URL to put in the text. */
    @FunctionalInterface
    public interface ImageUploads extends Serializable {

        /**
         * @throws RefusedUploadException with a message for the author when the file is not taken
         */
        String store(InputStream data, String fileName) throws IOException;
    }

    /** An upload the author must be told about: the message says why. */
    public static class RefusedUploadException extends RuntimeException {

        public RefusedUploadException(String message) {
            super(message);
        }
    }

    private final Map<String, String> labels = new LinkedHashMap<>();

    public TipTapEditor() {
        super("value", "", false);
        setSynchronizedEvent("change");
        for (String key : new String[]{"undo", "redo", "paragraph", "heading2", "heading3", "bold", "italic", "strike",
                "code", "link", "bulletList", "orderedList", "blockquote", "codeBlock", "fold", "table", "horizontalRule",
                "image", "placeholder", "content", "uploading", "uploadFailed", "foldSummary", "linkAddress",
                "linkNewTab", "linkApply", "linkRemove", "linkCancel", "linkInvalid", "codeLanguage", "codePlain",
                "imageAlt", "imageCaption", "tableRowAdd", "tableRowRemove", "tableColumnAdd", "tableColumnRemove"}) {
            labels.put(key, getTranslation("editor." + key));
        }
        getElement().setAttribute("labels", toJson(labels));
    }

    /** Accepts images from the author's computer; without it, image uploads are off. */
    public void setImageUploads(ImageUploads uploads) {
        getElement().setAttribute("target", new ImageUploadHandler(uploads));
    }

    /** While true, the browser asks before the tab is closed or reloaded. */
    public void setUnsaved(boolean unsaved) {
        getElement().setProperty("unsaved", unsaved);
    }

    /**
     * Keeps every change in the browser too, under this key (one per writer and post), until the server confirms
     * it ({@link #confirmSaved}); on opening, a kept text the server lacks is offered ({@link LocalCopyEvent}).
     */
    public void setDraftKey(String key) {
        getElement().setProperty("draftKey", key);
    }

    /**
     * The server has stored this text, written as {@code markdown} when the writer wrote Markdown (else null): the
     * browser may forget its copy of it.
     */
    public void confirmSaved(String html, @Nullable String markdown) {
        getElement().callJsFunction("confirmSaved", html, markdown);
    }

    /**
     * Keeps what the writer types in {@code textArea} (Markdown, in place of this editor) in the browser, under the
     * same key, as it is typed: the server learns of it only a moment later.
     */
    public void keepTypingOf(Component textArea) {
        textArea.addAttachListener(attached -> textArea.getElement().executeJs("""
                if (!this.__geulKept) {
                  this.__geulKept = true;
                  this.addEventListener('input', () => $0.keepMarkdown(this.value));
                }""", getElement()));
    }

    /** The writer has chosen about the browser's copy (brought it back or let it go): it is forgotten. */
    public void discardLocalCopy() {
        getElement().callJsFunction("discardLocalCopy");
    }

    /** Puts HTML at the cursor, as a paste would. */
    public void insertHtml(String html) {
        getElement().callJsFunction("insertHtml", html == null ? "" : html);
    }

    public Registration addMarkdownPasteListener(ComponentEventListener<MarkdownPasteEvent> listener) {
        return addListener(MarkdownPasteEvent.class, listener);
    }

    public Registration addLocalCopyListener(ComponentEventListener<LocalCopyEvent> listener) {
        return addListener(LocalCopyEvent.class, listener);
    }

    /** Asks the browser for an {@link AutosaveTickEvent} after the autosave delay, as a change in the text does. */
    public void scheduleAutosave() {
        getElement().callJsFunction("scheduleAutosave");
    }

    public Registration addAutosaveTickListener(ComponentEventListener<AutosaveTickEvent> listener) {
        return addListener(AutosaveTickEvent.class, listener);
    }

    public Registration addSaveShortcutListener(ComponentEventListener<SaveShortcutEvent> listener) {
        return addListener(SaveShortcutEvent.class, listener);
    }

    @DomEvent("autosave-tick")
    public static class AutosaveTickEvent extends ComponentEvent<TipTapEditor> {

        public AutosaveTickEvent(TipTapEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Plain text that reads as Markdown was pasted: it is the server's to turn into HTML. */
    @DomEvent("markdown-paste")
    public static class MarkdownPasteEvent extends ComponentEvent<TipTapEditor> {

        private final String text;

        public MarkdownPasteEvent(TipTapEditor source, boolean fromClient,
                                  @EventData("event.detail.text") String text) {
            super(source, fromClient);
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The browser holds a text of this post that the server does not have (typed before a restart, say). */
    @DomEvent("local-copy")
    public static class LocalCopyEvent extends ComponentEvent<TipTapEditor> {

        private final @Nullable String html;
        private final @Nullable String markdown;
        private final double savedAt;

        public LocalCopyEvent(TipTapEditor source, boolean fromClient,
                              @EventData("event.detail.html") @Nullable String html,
                              @EventData("event.detail.markdown") @Nullable String markdown,
                              @EventData("event.detail.savedAt") double savedAt) {
            super(source, fromClient);
            this.html = html;
            this.markdown = markdown;
            this.savedAt = savedAt;
        }

        /** The rich text kept, or null when the writer was writing Markdown. */
        public @Nullable String html() {
            return html;
        }

        /** The Markdown kept, or null when the writer was writing rich text. */
        public @Nullable String markdown() {
            return markdown;
        }

        /** When the browser kept it. */
        public java.time.Instant savedAt() {
            return java.time.Instant.ofEpochMilli((long) savedAt);
        }
    }

    @DomEvent("save-shortcut")
    public static class SaveShortcutEvent extends ComponentEvent<TipTapEditor> {

        public SaveShortcutEvent(TipTapEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** One image per request, its bytes as the body; answers {"url": "..."} or 422 with the reason. */
    private static final class ImageUploadHandler implements UploadHandler {

        private final ImageUploads uploads;

        ImageUploadHandler(ImageUploads uploads) {
            this.uploads = uploads;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String name = java.net.URLDecoder.decode(event.getFileName() == null ? "" : event.getFileName(),
                    StandardCharsets.UTF_8);
            try (InputStream data = event.getInputStream()) {
                String url = uploads.store(data, name);
                event.getResponse().setContentType("application/json");
                event.getResponse().getWriter().write(toJson(Map.of("url", url)));
            } catch (RefusedUploadException refused) {
                event.reject(refused.getMessage());
            }
        }

        @Override
        public long getFileSizeMax() {
            return dev.geul.media.MediaStore.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return dev.geul.media.MediaStore.MAX_BYTES + 64 * 1024;
        }
    }

    static String toJson(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> quote(entry.getKey()) + ":" + quote(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
