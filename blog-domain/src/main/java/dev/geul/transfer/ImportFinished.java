package dev.geul.transfer;

/**
 * An import has stored all it will: what readers may find may have changed a great deal at once (the search's
 * vocabulary, lists). Published on the node that ran it, after its last transaction.
 */
public record ImportFinished(int posts, int pages, int comments) {
}
