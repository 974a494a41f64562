package dev.geul.mail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.geul.base.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscribers as CSV (RFC 4180, UTF-8, a header line): exported with their state and dates, imported from a
 * file with an {@code email} column and an optional {@code category} column (a category's address name; empty for
 * the whole blog), so that an export imports again. Admins only.
 *
 * <p>An imported address waits for confirmation and is mailed the confirmation link, unless the admin states that
 * the people listed already consented, in which case it is confirmed at once and mailed nothing but the next post.
 * Every line is imported or reported refused: not an address, twice in the file, already subscribed, unsubscribed
 * before (an import never subscribes again someone who left), or an unknown category.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class SubscriberCsv {

    public static final String[] HEADER = {"email", "category", "state", "subscribed_at", "confirmed_at",
            "unsubscribed_at"};
    /** Lines one import takes; a larger list is split. */
    public static final int MAX_LINES = 100_000;

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final ApplicationEventPublisher events;

    SubscriberCsv(JdbcClient jdbc, Subscriptions subscriptions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.events = events;
    }

    /** Writes every subscription, oldest first, times in UTC (ISO 8601). */
    @Transactional(readOnly = true)
    public void export(Writer out) {
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
             var rows = jdbc.sql("""
                     select s.email, c.slug, s.state, s.created_at, s.confirmed_at, s.unsubscribed_at
                     from subscriber s left join category c on c.id = s.category_id order by s.created_at, s.id""")
                     .query((row, n) -> new Object[]{row.getString(1), row.getString(2),
                             row.getString(3).toLowerCase(Locale.ROOT), iso(row.getTimestamp(4)),
                             iso(row.getTimestamp(5)), iso(row.getTimestamp(6))}).stream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the file's addresses.
     *
     * @param consented the admin states that everyone listed already agreed to be mailed: confirmed at once;
     *                  otherwise each new subscription waits and its confirmation mail is queued
     *                  ({@link ConfirmationDue})
     * @throws InvalidInputException ({@code file}) for a file without an {@code email} column, that is not CSV, or
     *                               that has more than {@link #MAX_LINES} lines; nothing is imported then
     */
    public SubscriberImportReport importCsv(Reader in, boolean consented) {
        int confirmed = 0;
        int pending = 0;
        List<SubscriberImportReport.RefusedLine> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            Columns columns = null;
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_LINES) {
                    throw tooLong();
                }
                if (columns == null) {
                    columns = Columns.of(record);
                    if (columns.header()) {
                        continue;
                    }
                }
                String email = columns.email(record);
                String category = columns.category(record);
                long line = parser.getCurrentLineNumber();
                SubscriberImportReport.Reason reason = add(email, category, consented, seen);
                if (reason != null) {
                    refused.add(new SubscriberImportReport.RefusedLine(line, email, category, reason));
                } else if (consented) {
                    confirmed++;
                } else {
                    pending++;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "error.subscribers.csv", "The file is not CSV: " + e.getMessage());
        }
        return new SubscriberImportReport(confirmed, pending, refused);
    }

    /** Imports one line. @return why it was refused, or null */
    private SubscriberImportReport.@Nullable Reason add(String email, @Nullable String category, boolean consented,
                                                         Set<String> seen) {
        if (!Subscriptions.isAddress(email)) {
            return SubscriberImportReport.Reason.INVALID_ADDRESS;
        }
        Long categoryId = null;
        String categoryName = null;
        if (category != null) {
            // looked up here rather than refused by Subscriptions, so that one bad line does not fail the import
            var found = jdbc.sql("select id, name from category where slug = ?").param(category)
                    .query((row, n) -> new Object[]{row.getLong(1), row.getString(2)}).optional();
            if (found.isEmpty()) {
                return SubscriberImportReport.Reason.UNKNOWN_CATEGORY;
            }
            categoryId = (Long) found.get()[0];
            categoryName = (String) found.get()[1];
        }
        if (!seen.add(email.toLowerCase(Locale.ROOT) + "\n" + (categoryId == null ? "" : categoryId))) {
            return SubscriberImportReport.Reason.DUPLICATE_IN_FILE;
        }
        Optional<Subscriber> known = subscriptions.find(email, categoryId);
        if (known.isPresent()) {
            return known.get().state() == Subscriber.State.UNSUBSCRIBED
                    ? SubscriberImportReport.Reason.UNSUBSCRIBED_BEFORE : SubscriberImportReport.Reason.ALREADY_SUBSCRIBED;
        }
        String token = Subscriptions.randomToken();
        subscriptions.insert(email, categoryId, consented ? Subscriber.State.CONFIRMED : Subscriber.State.PENDING,
                token);
        if (!consented) {
            events.publishEvent(new ConfirmationDue(email, token, categoryName));
        }
        return null;
    }

    private static InvalidInputException tooLong() {
        return new InvalidInputException("file", "error.subscribers.csv.long",
                "The file has more than " + MAX_LINES + " lines; import it in parts", MAX_LINES);
    }

    /** Where the address and the category are: named by a header line, or the first two columns without one. */
    private record Columns(boolean header, int email, int category) {

        static Columns of(CSVRecord first) {
            if (first.size() > 0 && first.get(0).contains("@")) {
                return new Columns(false, 0, first.size() > 1 ? 1 : -1);
            }
            int email = -1;
            int category = -1;
            for (int i = 0; i < first.size(); i++) {
                String name = first.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
                if (email < 0 && (name.equals("email") || name.equals("e-mail") || name.equals("이메일"))) {
                    email = i;
                } else if (category < 0 && (name.equals("category") || name.equals("카테고리"))) {
                    category = i;
                }
            }
            if (email < 0) {
                throw new InvalidInputException("file", "error.subscribers.csv.header",
                        "The file needs a header line with an email column");
            }
            return new Columns(true, email, category);
        }

        String email(CSVRecord record) {
            return email < record.size() ? record.get(email).replace("\uFEFF", "").strip() : "";
        }

        @Nullable String category(CSVRecord record) {
            return category >= 0 && category < record.size() && !record.get(category).isBlank()
                    ? record.get(category).strip() : null;
        }
    }

    private static String iso(Timestamp at) {
        return at == null ? "" : at.toInstant().toString();
    }
}
