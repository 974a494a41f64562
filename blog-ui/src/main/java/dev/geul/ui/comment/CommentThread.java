package dev.geul.ui.comment;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.ui.base.Formats;

/** A post's comments as a thread, with a reply form under any comment and a new-comment form at the end. */
public class CommentThread extends Div {

    private final CommentService comments;
    private final long postId;
    private final boolean open;
    private final String signedInName;
    private final ZoneId zone;
    private final boolean moderator;

    public CommentThread(CommentService comments, long postId, boolean open, String signedInName, ZoneId zone) {
        this(comments, postId, open, signedInName, zone, false);
    }

    /** @param moderator the reader wrote the post or runs the blog: they may delete any comment */
    public CommentThread(CommentService comments, long postId, boolean open, String signedInName, ZoneId zone,
                         boolean moderator) {
        this.comments = comments;
        this.postId = postId;
        this.open = open;
        this.signedInName = signedInName;
        this.zone = zone;
        this.moderator = moderator;
        setId("comments");
        refresh();
    }

    final void refresh() {
        removeAll();
        List<CommentNode> tree = comments.tree(postId, GuestComments.peek());
        long count = CommentNode.flatten(tree).stream().filter(node -> !node.hidden()).count();
        add(new H2(getTranslation("comment.title") + " " + count));
        if (tree.isEmpty()) {
            add(new Paragraph(getTranslation("comment.none")));
        }
        tree.forEach(node -> add(render(node)));
        if (open) {
            add(new CommentForm(comments, postId, null, signedInName, posted -> refresh()));
        } else {
            add(new Paragraph(getTranslation("comment.closed")));
        }
    }

    private Div render(CommentNode node) {
        Div box = new Div();
        box.addClassName("geul-comment");
        box.getElement().setAttribute("data-comment-id", String.valueOf(node.id()));
        if (node.hidden()) {
            box.add(new Paragraph(getTranslation("comment.hidden")));
        } else {
            Span meta = new Span(node.authorName() + " · " + Formats.dateTime(node.createdAt(), zone, getLocale()));
            meta.addClassName("geul-meta");
            if (node.byPostAuthor()) {
                meta.add(" · " + getTranslation("comment.author"));
            }
            if (node.status() == CommentStatus.PENDING) {
                box.addClassName("geul-comment-pending");
                meta.add(" · " + getTranslation("comment.pending"));
            }
            box.add(meta, new Html("<div class=\"geul-comment-body\">" + node.bodyHtml() + "</div>"));
            HorizontalLayout tools = new HorizontalLayout();
            tools.setSpacing(false);
            tools.addClassName("geul-comment-tools");
            box.add(tools);
            if (open) {
                Button reply = new Button(getTranslation("comment.reply"));
                reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                reply.addClickListener(e -> {
                    reply.setVisible(false);
                    int position = box.indexOf(tools) + 1;
                    box.addComponentAtIndex(position,
                            new CommentForm(comments, postId, node.id(), signedInName, posted -> refresh()));
                });
                tools.add(reply);
            }
            // guests change their comments with the password they chose; signed-in writers as themselves
            if (node.guest() || node.mine()) {
                Button edit = new Button(getTranslation("comment.edit"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.addClickListener(e -> {
                    tools.setVisible(false);
                    box.addComponentAtIndex(box.indexOf(tools) + 1, new CommentChange(comments, node, true,
                            !node.guest(), this::refresh, () -> tools.setVisible(true)));
                });
                tools.add(edit);
            }
            if (node.guest() || node.mine() || moderator) {
                Button delete = new Button(getTranslation("comment.delete"));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                delete.addClickListener(e -> {
                    tools.setVisible(false);
                    box.addComponentAtIndex(box.indexOf(tools) + 1, new CommentChange(comments, node, false,
                            !node.guest() || moderator, this::refresh, () -> tools.setVisible(true)));
                });
                tools.add(delete);
            }
        }
        node.replies().forEach(reply -> box.add(render(reply)));
        return box;
    }
}
