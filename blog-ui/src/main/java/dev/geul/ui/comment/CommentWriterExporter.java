package dev.geul.ui.comment;

import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.webcomponent.WebComponent;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code <geul-comment-writer post="slug" kind="post|page" parent="12" comment="34" unlock="…">}: the
 * {@link CommentWriter} for a host page. It fires {@code comment-saved} with the address where the comment can be
 * read ({@code detail.location}) once a comment is written, changed or deleted; the host goes there.
 */
public class CommentWriterExporter extends WebComponentExporter<CommentWriter> {

    public static final String TAG = "geul-comment-writer";
    static final String SAVED_EVENT = "comment-saved";

    public CommentWriterExporter() {
        super(TAG);
        addProperty("post", "").onChange(CommentWriter::setPost);
        addProperty("kind", "post").onChange(CommentWriter::setKind);
        addProperty("parent", 0).onChange((writer, parent) -> writer.setParent(parent));
        addProperty("comment", 0).onChange((writer, comment) -> writer.setComment(comment));
        addProperty("unlock", "").onChange(CommentWriter::setPostPassword);
    }

    @Override
    protected void configureInstance(WebComponent<CommentWriter> webComponent, CommentWriter writer) {
        writer.onSaved(location -> webComponent.fireEvent(SAVED_EVENT,
                JsonNodeFactory.instance.objectNode().put("location", location)));
    }
}
