package dev.geul.ui.post;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.geul.account.AuthorProfile;

/** Who wrote the post, under it: their picture, name and the few words they wrote about themselves. */
class AuthorCard extends Div {

    AuthorCard(AuthorProfile author) {
        addClassName("geul-author");
        if (author.avatarPath() != null) {
            // the name beside it says who it is: the picture itself needs no text for screen readers
            Image picture = new Image(author.avatarPath(), "");
            picture.addClassName("geul-author-picture");
            add(picture);
        }
        Span name = new Span(author.displayName());
        name.addClassName("geul-author-name");
        Div words = new Div(name);
        if (author.bio() != null) {
            Paragraph bio = new Paragraph(author.bio());
            bio.addClassName("geul-author-bio");
            words.add(bio);
        }
        add(words);
    }

    /** Worth showing when the writer said more about themselves than their name, which the post's head shows. */
    static boolean hasMoreThanAName(AuthorProfile author) {
        return author.avatarPath() != null || author.bio() != null;
    }
}
