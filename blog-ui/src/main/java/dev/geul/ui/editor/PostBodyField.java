package dev.geul.ui.editor;

import java.time.Instant;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import dev.geul.base.StorageFullException;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.base.html.Markdown;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import org.jspecify.annotations.Nullable;

/**
 * A post's text as one field: its value is the HTML, written in the rich editor ({@link TipTapEditor}) or, while the
 * writer chooses, as Markdown in a text area. Switching loses nothing: the Markdown is made from the HTML when it is
 * shown, and each change to it is the HTML again at once, cleaned as every post's HTML is (a code block keeps its
 * language through its fence).
 *
 * <p>Besides the value, the rich editor's ties to the browser pass through: the autosave tick and Ctrl+S, the text
 * kept in the browser ({@link #setDraftKey}) and what it offers back, image uploads.
 */
public class PostBodyField extends AbstractCompositeField<Div, PostBodyField, String> implements HasSize {

    final Checkbox markdownMode = new Checkbox();
    final TipTapEditor rich = new TipTapEditor();
    /** The same text as Markdown, for writers who think in it; shown instead of the rich editor while chosen. */
    final TextArea markdown = new TextArea();

    private final HtmlSanitizer sanitizer;
    /** The Markdown typed last and the HTML it became, so that a save of that HTML lets the browser's copy go. */
    private @Nullable MarkdownSource lastMarkdown;

    private record MarkdownSource(String markdown, String html) implements java.io.Serializable {
    }

    public PostBodyField(HtmlSanitizer sanitizer) {
        super("");
        this.sanitizer = sanitizer;
        addClassName("geul-post-body");

        markdownMode.setLabel(getTranslation("editor.markdown"));
        rich.setWidthFull();
        markdown.setWidthFull();
        markdown.setMinHeight("24rem");
        markdown.setVisible(false);
        markdown.addClassName("geul-editor-markdown");
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setValueChangeTimeout(1000);
        getContent().add(markdownMode, rich, markdown);

        rich.addValueChangeListener(e -> setModelValue(e.getValue(), e.isFromClient()));
        markdownMode.addValueChangeListener(e -> showAsMarkdown(e.getValue()));
        rich.keepTypingOf(markdown);
        markdown.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String html = fromMarkdown(e.getValue());
                lastMarkdown = new MarkdownSource(e.getValue(), html);
                setModelValue(html, true);
                rich.setValue(html);
                // typed here, not in the rich editor: the browser is asked for the tick its own typing would bring
                rich.scheduleAutosave();
            }
        });
        // pasted Markdown arrives as rich text, made with the same converter and sanitizer as a Markdown import
        rich.addMarkdownPasteListener(e -> rich.insertHtml(fromMarkdown(e.text())));
    }

    @Override
    protected void setPresentationValue(String html) {
        rich.setValue(html == null ? "" : html);
        if (isMarkdownMode()) {
            markdown.setValue(Markdown.fromHtml(html));
        }
    }

    /** Markdown as the rich text it stands for, cleaned as every post's HTML is. */
    String fromMarkdown(String text) {
        return sanitizer.sanitizePostHtml(Markdown.toHtml(text));
    }

    public boolean isMarkdownMode() {
        return markdownMode.getValue();
    }

    /** Shows the text as Markdown to write in, or back as rich text; it is one text either way. */
    public void setMarkdownMode(boolean asMarkdown) {
        markdownMode.setValue(asMarkdown);
    }

    private void showAsMarkdown(boolean asMarkdown) {
        if (asMarkdown) {
            markdown.setValue(Markdown.fromHtml(getValue()));
        }
        markdown.setVisible(asMarkdown);
        // hidden in the page only: the server ignores what a component it made invisible sends, and the rich
        // editor's autosave tick, Ctrl+S and the browser's copy go on while the writer writes Markdown
        rich.getElement().setAttribute("hidden", asMarkdown);
    }

    /** Whether the rich editor is what the writer sees (not the Markdown). */
    public boolean showsRichText() {
        return !rich.getElement().hasAttribute("hidden");
    }

    /**
     * Images picked, pasted or dropped in the text go to the blog's media; a file it refuses is told to the writer
     * in their language.
     */
    public void storeImagesIn(MediaStore media) {
        String tooLarge = getTranslation("editor.upload.toolarge", MediaStore.MAX_BYTES / (1024 * 1024));
        String notAnImage = getTranslation("editor.upload.notimage");
        String diskFull = getTranslation(StorageFullException.KEY);
        rich.setImageUploads((data, fileName) -> {
            try {
                return media.store(data);
            } catch (MediaRefusedException refused) {
                throw new TipTapEditor.RefusedUploadException(
                        refused.reason() == MediaRefusedException.Reason.TOO_LARGE ? tooLarge : notAnImage);
            } catch (StorageFullException full) {
                throw new TipTapEditor.RefusedUploadException(diskFull);
            }
        });
    }

    /** While true, the browser asks before the tab is closed or reloaded. */
    public void setUnsaved(boolean unsaved) {
        rich.setUnsaved(unsaved);
    }

    /** See {@link TipTapEditor#setDraftKey}. */
    public void setDraftKey(String key) {
        rich.setDraftKey(key);
    }

    /** The server has stored this text: the browser may forget its copy of it (rich, or the Markdown it came from). */
    public void confirmSaved(String html) {
        MarkdownSource source = lastMarkdown;
        rich.confirmSaved(html, source != null && source.html().equals(html) ? source.markdown() : null);
    }

    /** The writer has chosen about the browser's copy: it is forgotten. */
    public void discardLocalCopy() {
        rich.discardLocalCopy();
    }

    /** Asks the browser for an autosave tick after the autosave delay, as a change in the text does. */
    public void scheduleAutosave() {
        rich.scheduleAutosave();
    }

    /** A few seconds after a change, in either mode: time to save. */
    public Registration addAutosaveTickListener(ComponentEventListener<TipTapEditor.AutosaveTickEvent> listener) {
        return rich.addAutosaveTickListener(listener);
    }

    public Registration addSaveShortcutListener(ComponentEventListener<TipTapEditor.SaveShortcutEvent> listener) {
        return rich.addSaveShortcutListener(listener);
    }

    /**
     * The browser holds a text of this post the server does not have: its HTML (made here from Markdown, when the
     * writer was writing Markdown) and when it was kept.
     */
    public Registration addLocalCopyListener(LocalCopyListener listener) {
        return rich.addLocalCopyListener(e -> listener.offered(keptText(e), e.savedAt()));
    }

    private String keptText(TipTapEditor.LocalCopyEvent kept) {
        String markdownKept = kept.markdown();
        if (markdownKept != null) {
            return fromMarkdown(markdownKept);
        }
        String html = kept.html();
        return html == null ? "" : html;
    }

    @FunctionalInterface
    public interface LocalCopyListener extends java.io.Serializable {

        void offered(String html, Instant keptAt);
    }
}
