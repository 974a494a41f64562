package dev.geul.transfer;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** How a part of an import runs: in a transaction of its own, reported as left out when it fails. */
interface ImportSteps {

    /**
     * Runs {@code step} in a transaction of its own.
     *
     * @param what what the step stores, as the report names it; null for a step nobody needs to hear about
     * @return what the step returned, or empty when it failed (then reported as left out, unless unnamed)
     */
    <T> Optional<T> inTransaction(@Nullable ReportText what, Supplier<T> step);
}
